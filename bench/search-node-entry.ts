// Bundled by bench/search.mjs for Node: everything needed to build and query an index.
export { searchDocuments } from '../src/lib/search/documents';
export { buildIndex, buildSearchData } from '../src/lib/search/build-index';
export { createSearchEngine } from '../src/lib/search/engine';
