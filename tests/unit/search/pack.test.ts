import { describe, expect, it } from 'vitest';
import { buildIndex, buildSearchData } from '../../../src/lib/search/build-index';
import { FIELDS } from '../../../src/lib/search/builder';
import { createSearchEngine } from '../../../src/lib/search/engine';
import { loadPackedIndex, type PackedIndex } from '../../../src/lib/search/pack';
import type { SearchDocument } from '../../../src/lib/search/types';

const doc = (title: string, text: string): SearchDocument => ({
  kind: 'begrip',
  title,
  context: '',
  url: `/begrippen/#${title.toLowerCase()}`,
  headings: '',
  text,
});
const documents = [
  doc('Buurtbudget', 'Bewoners beslissen samen over het budget van hun buurt. Een buurtbudget is geld voor de buurt.'),
  doc('Draagvlak', 'Draagvlak ontstaat als bewoners meedoen en zien wat er met hun ideeën gebeurt.'),
  doc('Uitdaagrecht', 'Met het uitdaagrecht nemen bewoners een taak van de gemeente over.'),
];
const packed = () => JSON.parse(JSON.stringify(buildSearchData(documents).index)) as PackedIndex;

describe('the packed index', () => {
  it('holds each term once and only frequencies per document and field, no postings or scores', () => {
    const index = packed();
    const terms = index.terms.split(' ');
    expect(new Set(terms).size).toBe(terms.length);
    expect(terms).toContain('buurtbudget');
    expect(index.fields).toEqual(FIELDS);
    expect(index.frequencies).toHaveLength(documents.length);
    for (const perField of index.frequencies) {
      expect(perField).toHaveLength(FIELDS.length);
      for (const counts of perField) expect(counts.every((n) => Number.isInteger(n) && n >= 0)).toBe(true);
    }
    // "buurt" twice in the text of the first document (the second time as the parts of buurtbudget in "parts").
    const text = index.frequencies[0]![FIELDS.indexOf('text')]!;
    let number = 0;
    const counts = new Map<string, number>();
    for (let i = 0; i < text.length; i += 2) counts.set(terms[(number += text[i]!)]!, text[i + 1]!);
    expect(counts.get('buurt')).toBe(2);
  });

  it('loads into the same index the build made, scores included', () => {
    expect(JSON.parse(JSON.stringify(loadPackedIndex(packed())))).toEqual(JSON.parse(JSON.stringify(buildIndex(documents))));
  });

  it('finds compounds through their parts after loading', () => {
    const engine = createSearchEngine(JSON.parse(JSON.stringify(buildSearchData(documents))));
    const hits = engine.search('budget').groups.flatMap((g) => g.hits.map((h) => h.title));
    expect(hits[0]).toBe('Buurtbudget');
  });

  it('refuses data of another shape with a Dutch message instead of loading a wrong index', () => {
    expect(() => loadPackedIndex({ ...packed(), fields: ['title', 'text'] })).toThrow(/onbekende vorm/);
    const broken = packed();
    broken.frequencies[1]![2] = [99_999, 1];
    expect(() => loadPackedIndex(broken)).toThrow(/beschadigd/);
    expect(() => loadPackedIndex(null as unknown as PackedIndex)).toThrow(/onbekende vorm/);
    expect(() => createSearchEngine({ ...buildSearchData(documents), version: 1 } as never)).toThrow(/andere versie/);
  });
});
