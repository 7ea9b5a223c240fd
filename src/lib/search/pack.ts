/** The JSON lunr's Index#toJSON writes (lunr 2.3). */
export interface LunrIndexJson {
  version: string;
  fields: string[];
  fieldVectors: [string, number[]][];
  invertedIndex: [string, Record<string, unknown>][];
  pipeline: string[];
}

/**
 * A smaller, lossless form of lunr's JSON: terms in index order, postings as delta-encoded
 * document numbers per field, and field vectors as delta-encoded term numbers with scores
 * in thousandths (lunr rounds scores to three decimals). Assumes refs "0", "1", … added in
 * order, which buildSearchData guarantees.
 */
export interface PackedIndex {
  lunr: string;
  fields: string[];
  pipeline: string[];
  documents: number;
  /** Term per term number (lunr's `_index`). */
  terms: string[];
  /** Per term, per field: document numbers, delta-encoded. */
  postings: number[][][];
  /** Per document, per field: [term number delta, score × 1000, …]. */
  vectors: number[][][];
}

const deltas = (values: number[]) => values.map((v, i) => (i === 0 ? v : v - values[i - 1]!));
const undeltas = (values: number[]) => {
  let sum = 0;
  return values.map((v) => (sum += v));
};

/** Packs lunr's index JSON; throws when the index does not have the expected shape. */
export function packIndex(json: LunrIndexJson): PackedIndex {
  const { fields } = json;
  const documents = json.fieldVectors.length / fields.length;
  const terms: string[] = [];
  const postings: number[][][] = [];
  for (const [term, posting] of json.invertedIndex) {
    const index = posting['_index'] as number;
    terms[index] = term;
    postings[index] = fields.map((field) => deltas(Object.keys(posting[field] as object).map(Number)));
  }
  const vectors: number[][][] = [];
  json.fieldVectors.forEach(([fieldRef, vector], i) => {
    const doc = Math.floor(i / fields.length);
    if (fieldRef !== `${fields[i % fields.length]}/${doc}`) throw new Error(`Onverwachte volgorde in de zoekindex: ${fieldRef}`);
    const termNumbers = deltas(vector.filter((_, j) => j % 2 === 0));
    const packed: number[] = [];
    termNumbers.forEach((t, j) => packed.push(t, Math.round(vector[j * 2 + 1]! * 1000)));
    (vectors[doc] ??= []).push(packed);
  });
  return { lunr: json.version, fields, pipeline: json.pipeline, documents, terms, postings, vectors };
}

/** Restores the exact JSON packIndex was given, ready for lunr.Index.load. */
export function unpackIndex(packed: PackedIndex): LunrIndexJson {
  const { fields } = packed;
  const invertedIndex = packed.terms
    .map((term, index): [string, Record<string, unknown>] => {
      const posting: Record<string, unknown> = { _index: index };
      fields.forEach((field, f) => {
        const refs: Record<string, object> = {};
        for (const ref of undeltas(packed.postings[index]![f]!)) refs[ref] = {};
        posting[field] = refs;
      });
      return [term, posting];
    })
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const fieldVectors: [string, number[]][] = [];
  packed.vectors.forEach((perField, doc) =>
    perField.forEach((packedVector, f) => {
      const vector: number[] = [];
      let term = 0;
      for (let j = 0; j < packedVector.length; j += 2) {
        term += packedVector[j]!;
        vector.push(term, packedVector[j + 1]! / 1000);
      }
      fieldVectors.push([`${fields[f]}/${doc}`, vector]);
    }),
  );
  return { version: packed.lunr, fields, fieldVectors, invertedIndex, pipeline: packed.pipeline };
}
