import type lunr from 'lunr';
import { dutchLunr } from './dutch';

/**
 * Field weights: a word in a heading or term counts far more than one in running text. The
 * parts fields hold the words inside compounds (buurtbudget → buurt budget), so "budget"
 * finds it too: a part in the title counts as much as a word in a heading.
 */
export const FIELD_BOOSTS = { title: 10, headings: 4, text: 1, titleParts: 4, parts: 1 } as const;

/** The indexed fields, in the order lunr keeps them. */
export const FIELDS = Object.keys(FIELD_BOOSTS) as (keyof typeof FIELD_BOOSTS)[];

/**
 * The state of a lunr 2.3 Builder that its `build()` turns into an index. lunr's types leave it
 * out; pack.ts reads it at build time and fills it again in the browser, so that lunr itself
 * computes the scores there (see pack.ts).
 */
export interface BuilderState {
  invertedIndex: Record<string, Record<string, number | Record<string, object>>>;
  fieldTermFrequencies: Record<string, Record<string, number>>;
  fieldLengths: Record<string, number>;
  _documents: Record<string, object>;
  documentCount: number;
  termIndex: number;
}

/**
 * A lunr Builder with the Dutch pipeline and the fields and weights of the site. The build
 * (build-index.ts) and the browser (pack.ts) both start from this one, so they cannot drift.
 */
export function createBuilder(): lunr.Builder & BuilderState {
  const { lunr: l, nl } = dutchLunr();
  const builder = new l.Builder();
  // No trimmer: normalizeText already leaves only letters and digits, and the Dutch
  // trimmer would cut digits ("G32" → "g").
  builder.pipeline.add(nl.stopWordFilter, nl.stemmer);
  builder.searchPipeline.add(nl.stemmer);
  builder.ref('id');
  for (const field of FIELDS) builder.field(field, { boost: FIELD_BOOSTS[field] });
  return builder as unknown as lunr.Builder & BuilderState;
}
