import { searchDocuments } from '../../../src/lib/search/documents';
import { buildSearchData } from '../../../src/lib/search/build-index';
import { readSearchSource } from '../../support/content-reader';

/** The search documents and index data of the real content, read as the build reads it, once per test file. */
export const source = readSearchSource();
export const documents = searchDocuments(source);
export const data = buildSearchData(documents);
