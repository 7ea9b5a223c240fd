import { readSearchSource } from '../../../src/lib/search/source-files';
import { searchDocuments } from '../../../src/lib/search/documents';
import { buildSearchData } from '../../../src/lib/search/build-index';
import { root } from '../../support/content-files';

/** The search documents and index data of the real content, built once per test file. */
export const source = readSearchSource(root);
export const documents = searchDocuments(source);
export const data = buildSearchData(documents);
