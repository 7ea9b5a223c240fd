import type lunr from 'lunr';
import { splitCompounds } from './compounds';
import { dutchLunr, normalizeText } from './dutch';
import { packIndex, type LunrIndexJson } from './pack';
import type { SearchData, SearchDocument } from './types';

/**
 * Field weights: a word in a heading or term counts far more than one in running text. The
 * parts fields hold the words inside compounds (buurtbudget → buurt budget), so "budget"
 * finds it too: a part in the title counts as much as a word in a heading.
 */
export const FIELD_BOOSTS = { title: 10, headings: 4, text: 1, titleParts: 4, parts: 1 } as const;

/** Builds the lunr index (Dutch stop words and stemmer); the ref of a document is its position. */
export function buildIndex(documents: SearchDocument[]): lunr.Index {
  const { lunr: l, nl } = dutchLunr();
  const builder = new l.Builder();
  // No trimmer: normalizeText already leaves only letters and digits, and the Dutch
  // trimmer would cut digits ("G32" → "g").
  builder.pipeline.add(nl.stopWordFilter, nl.stemmer);
  builder.searchPipeline.add(nl.stemmer);
  builder.ref('id');
  for (const [field, boost] of Object.entries(FIELD_BOOSTS)) builder.field(field, { boost });
  const fields = documents.map((doc) => ({ title: normalizeText(doc.title), headings: normalizeText(doc.headings), text: normalizeText(doc.text) }));
  const compounds = splitCompounds(fields.flatMap((f) => `${f.title} ${f.headings} ${f.text}`.split(' ')));
  const partsOf = (text: string) => text.split(' ').flatMap((word) => compounds.get(word) ?? []).join(' ');
  fields.forEach((f, i) => {
    builder.add({ id: String(i), ...f, titleParts: partsOf(f.title), parts: partsOf(`${f.headings} ${f.text}`) });
  });
  return builder.build();
}

/** The content of /zoekindex.json: the packed index and the data to show each result. */
export function buildSearchData(documents: SearchDocument[]): SearchData {
  return {
    version: 1,
    index: packIndex(buildIndex(documents).toJSON() as unknown as LunrIndexJson),
    docs: documents.map((doc) => [doc.kind, doc.title, doc.context, doc.url, doc.text]),
  };
}
