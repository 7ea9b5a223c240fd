// Bundled by bench/search.mjs as a module worker for Chromium: the site's search worker itself.
import '../src/lib/search/search.worker';
