// Bundled by bench/search.mjs for Chromium: the same code the site loads on first search.
export { createSearchEngine } from '../src/lib/search/engine';
