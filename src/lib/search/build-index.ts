import type lunr from 'lunr';
import { createBuilder, type BuilderState } from './builder';
import { splitCompounds } from './compounds';
import { normalizeText } from './dutch';
import { packIndex } from './pack';
import type { SearchData, SearchDocument } from './types';

/** Adds the documents to a fresh builder; the ref of a document is its position. */
function fill(documents: SearchDocument[]): lunr.Builder & BuilderState {
  const builder = createBuilder();
  const fields = documents.map((doc) => ({
    title: normalizeText(doc.title),
    headings: normalizeText(doc.headings),
    text: normalizeText(doc.text),
  }));
  const compounds = splitCompounds(fields.flatMap((f) => `${f.title} ${f.headings} ${f.text}`.split(' ')));
  const partsOf = (text: string) =>
    text
      .split(' ')
      .flatMap((word) => compounds.get(word) ?? [])
      .join(' ');
  fields.forEach((f, i) => {
    builder.add({ id: String(i), ...f, titleParts: partsOf(f.title), parts: partsOf(`${f.headings} ${f.text}`) });
  });
  return builder;
}

/** Builds the lunr index (Dutch stop words and stemmer, compound parts). */
export function buildIndex(documents: SearchDocument[]): lunr.Index {
  return fill(documents).build();
}

/**
 * Words of a document's text that ship for its snippet. The index itself covers the whole text;
 * the shipped text only shows a snippet, and most sections are shorter than this. A match further
 * on shows the section's opening instead, which keeps the index within its 80 KB budget as the
 * content grows.
 */
export const SNIPPET_SOURCE_WORDS = 250;

/** The content of /zoekindex.json: the packed index and the data to show each result. */
export function buildSearchData(documents: SearchDocument[]): SearchData {
  return {
    version: 2,
    index: packIndex(fill(documents)),
    docs: documents.map((doc) => [doc.kind, doc.title, doc.context, doc.url, doc.text.split(' ').slice(0, SNIPPET_SOURCE_WORDS).join(' ')]),
  };
}
