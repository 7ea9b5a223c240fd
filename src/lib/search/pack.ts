import type lunr from 'lunr';
import { createBuilder, FIELDS, type BuilderState } from './builder';

/**
 * The index as it ships: what lunr's Builder counted, not what it computed from the counts.
 *
 * lunr's own JSON holds, per term, the documents it occurs in (the postings) and, per document,
 * a score for every term it holds (the field vectors). Both follow from the term frequencies:
 * a posting is a term with a frequency above zero, and a score is BM25 over the frequencies and
 * field lengths. So only the frequencies ship, and the browser hands them back to a Builder,
 * whose `build()` computes postings and scores with lunr's own code: the loaded index is the
 * index the build made, to the last digit (see the unit test), and lunr's formula lives only
 * in lunr. lunr stores no term positions here (no metadata whitelist), so none ship.
 *
 * Measured on the real content (114 documents, 2,302 terms), the index alone, gzip: lunr's own
 * JSON 80.5 KB, the earlier packing of postings and scores about 52 KB, these frequencies 22.7 KB.
 */
export interface PackedIndex {
  /** The indexed fields, checked against the fields of this code when loading. */
  fields: string[];
  /** Every term, separated by spaces, in lunr's term-number order (terms have no spaces). */
  terms: string;
  /** Per document, per field: [term number − previous term number, frequency, …]. */
  frequencies: number[][][];
}

/** Packs a Builder after its documents were added (refs "0", "1", … in order). */
export function packIndex(builder: BuilderState): PackedIndex {
  const numbers = new Map<string, number>();
  const terms: string[] = [];
  for (const [term, posting] of Object.entries(builder.invertedIndex)) {
    const number = posting['_index'] as number;
    terms[number] = term;
    numbers.set(term, number);
  }
  const frequencies = Array.from({ length: builder.documentCount }, (_, doc) =>
    FIELDS.map((field) => {
      const counted = builder.fieldTermFrequencies[`${field}/${doc}`];
      if (!counted) throw new Error(`Zoekindex: geen veld ${field} voor document ${doc}`);
      const entries = Object.entries(counted)
        .map(([term, frequency]) => [numbers.get(term)!, frequency] as const)
        .sort((a, b) => a[0] - b[0]);
      let previous = 0;
      return entries.flatMap(([number, frequency]) => {
        const delta = number - previous;
        previous = number;
        return [delta, frequency];
      });
    }),
  );
  return { fields: [...FIELDS], terms: terms.join(' '), frequencies };
}

const isCounts = (value: unknown): value is number[] =>
  Array.isArray(value) && value.length % 2 === 0 && value.every((n) => Number.isInteger(n) && n >= 0);

/**
 * Loads a packed index into a lunr Index, ready to query. Throws, in Dutch, when the data does
 * not have the shape packIndex writes (an index from another version of the site, or a broken
 * download), so the page can say that search is not available.
 */
export function loadPackedIndex(packed: PackedIndex): lunr.Index {
  if (!packed || typeof packed.terms !== 'string' || !Array.isArray(packed.frequencies) || packed.fields?.join() !== FIELDS.join()) {
    throw new Error('De zoekindex heeft een onbekende vorm.');
  }
  const terms = packed.terms === '' ? [] : packed.terms.split(' ');
  const builder = createBuilder();
  // The postings, as Builder#add makes them: every term has an entry for every field.
  const postings = terms.map((_, number) => {
    const posting: Record<string, number | Record<string, object>> = Object.create(null);
    posting['_index'] = number;
    for (const field of FIELDS) posting[field] = Object.create(null);
    return posting;
  });
  packed.frequencies.forEach((perField, doc) => {
    const ref = String(doc);
    builder._documents[ref] = {};
    FIELDS.forEach((field, f) => {
      const counts = perField?.[f];
      if (!isCounts(counts)) throw new Error(`De zoekindex is beschadigd (document ${doc}, veld ${field}).`);
      const fieldRef = `${field}/${ref}`;
      const frequencies: Record<string, number> = Object.create(null);
      let number = 0;
      let length = 0;
      for (let i = 0; i < counts.length; i += 2) {
        number += counts[i]!;
        const term = terms[number];
        if (term === undefined) throw new Error(`De zoekindex is beschadigd (term ${number}).`);
        frequencies[term] = counts[i + 1]!;
        length += counts[i + 1]!;
        (postings[number]![field] as Record<string, object>)[ref] = Object.create(null);
      }
      builder.fieldTermFrequencies[fieldRef] = frequencies;
      // lunr counts a field's length as the number of terms the pipeline left: the sum of the frequencies.
      builder.fieldLengths[fieldRef] = length;
    });
  });
  terms.forEach((term, number) => (builder.invertedIndex[term] = postings[number]!));
  builder.documentCount = packed.frequencies.length;
  builder.termIndex = terms.length;
  return builder.build();
}
