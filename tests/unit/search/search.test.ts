import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/lib/search/build-index';
import { createSearchEngine } from '../../../src/lib/search/engine';
import { loadPackedIndex } from '../../../src/lib/search/pack';
import { MAX_QUERY_LENGTH, runSearch } from '../../../src/lib/search/query';
import type { SearchOutcome } from '../../../src/lib/search/types';
import { data, documents } from './content';

// The browser gets the index the way the site serves it: as JSON text.
const json = JSON.stringify(data);
const engine = createSearchEngine(JSON.parse(json));

const hitsOf = (outcome: SearchOutcome) => outcome.groups.flatMap((g) => g.hits).sort((a, b) => b.score - a.score);
const urls = (query: string) => hitsOf(engine.search(query)).map((h) => h.url);
const marked = (query: string) =>
  hitsOf(engine.search(query)).flatMap((h) => h.snippet.filter((p) => p.mark).map((p) => p.text.toLowerCase()));

describe('search on the real content', () => {
  // [query, a page that must be among the first results, how many first results count]
  const expectations: [string, string, number][] = [
    ['uitdaagrecht', '/begrippen/#uitdaagrecht', 1],
    ['uitdaagrecht', '/modules/van-nee-maar-naar-ja-tenzij/#het-uitdaagrecht-en-vaste-spelregels', 5],
    ['draagvlak', '/begrippen/#draagvlak', 1],
    ['draagvlak', '/modules/nieuwe-competenties/#draagvlak-en-ervaringskennis-van-bewoners', 3],
    ['buurtbudget', '/begrippen/#buurtbudget', 1],
    ['buurtbudgetten', '/begrippen/#buurtbudget', 3],
    ['initiatieven', '/begrippen/#maatschappelijk-initiatief', 1],
    ['participeren', '/modules/houding-en-gedrag-van-bestuurders/', 5],
    ['loting', '/modules/afwegen-en-mandaat/#wie-zat-er-aan-tafel', 1],
    ['aansprakelijk', '/modules/van-nee-maar-naar-ja-tenzij/#aansprakelijkheid-regels-en-aanbesteding', 1],
    ['terugkoppelen', '/begrippen/#terugkoppeling', 3],
    ['terugkoppelen', '/modules/teleurstelling-voorkomen/#achteraf-eerlijk-terugkoppelen-en-wat-de-wet-vraagt', 3],
    ['participatieladder', '/begrippen/#participatieladder', 1],
    ['participatieladder', '/modules/burgerkracht-en-loslaten/#van-burgerparticipatie-naar-overheidsparticipatie', 3],
    ['raad nieuwe stijl', '/modules/houding-en-gedrag-van-bestuurders/#raad-nieuwe-stijl-vooraf-kaderen-daarna-loslaten', 3],
    ['plantsoen adopteren', '/modules/burgerkracht-en-loslaten/#oefenen', 1],
    ['G32', '/praktijk/inventarisatie-g32/', 3],
    ['omgevingswet', '/begrippen/#omgevingswet', 1],
    ['de ambtenaar als verbinder', '/modules/nieuwe-competenties/#oog-voor-het-proces', 1],
    ['burgerkr', '/begrippen/#burgerkracht', 3],
    ['Uitdaagrecht?!', '/begrippen/#uitdaagrecht', 1],
    ['ideeen', '/modules/teleurstelling-voorkomen/#tijdens-het-proces-op-tijd-in-uw-rol-met-één-verhaal', 5],
  ];

  it.each(expectations)('"%s" finds %s among the first %i', (query, url, top) => {
    expect(urls(query).slice(0, top)).toContain(url);
  });

  it('matches Dutch word forms and marks them in the snippet', () => {
    expect(marked('participeren')).toContain('participatie');
    expect(marked('buurten')).toContain('buurt');
    expect(marked('initiatieven')).toContain('initiatief');
    expect(marked('initiatief')).toContain('initiatieven');
  });

  it('finds compounds by the words inside them and marks the compound', () => {
    expect(urls('budget').slice(0, 3)).toContain('/begrippen/#buurtbudget');
    expect(marked('budget')).toContain('buurtbudget');
    const viaParticipatie = urls('participatie');
    expect(viaParticipatie).toContain('/begrippen/#overheidsparticipatie');
    expect(viaParticipatie).toContain('/begrippen/#burgerparticipatie');
    expect(marked('raad')).toContain('gemeenteraad');
  });

  it('prefers pages with every word and says so when none has them all', () => {
    const both = engine.search('plantsoen bomen');
    expect(both.status).toBe('results');
    expect(both.partial).toBe(false);
    const some = engine.search('plantsoen xyzzy');
    expect(some.status).toBe('results');
    expect(some.partial).toBe(true);
  });

  it('groups results by kind, best group first', () => {
    const outcome = engine.search('uitdaagrecht');
    expect(outcome.groups[0]!.kind).toBe('begrip');
    expect(new Set(outcome.groups.map((g) => g.kind)).size).toBe(outcome.groups.length);
    expect(outcome.total).toBe(outcome.groups.reduce((n, g) => n + g.hits.length, 0));
  });
});

describe('bad input never breaks the search', () => {
  const inputs = [
    '"',
    '*',
    ':',
    '~',
    '^',
    '+',
    '-',
    '"draagvlak"',
    'draagvlak*',
    '*draagvlak',
    'title:draagvlak',
    'draagvlak~2',
    'draagvlak^10',
    '+draagvlak -buurt',
    'a'.repeat(10_000),
    'draagvlak '.repeat(2_000),
    'de het een en van',
    '',
    '   ',
    'constructor',
    '__proto__',
    'hasOwnProperty toString',
    '<script>alert(1)</script>',
    '🙂',
    '\u0000\u200b',
  ];

  it.each(inputs.map((i) => [i.length > 40 ? `${i.slice(0, 20)}… (${i.length} tekens)` : i, i]))(
    '%j gives results or an empty state',
    (_, input) => {
      const outcome = engine.search(input);
      expect(['empty', 'stopwords', 'none', 'results']).toContain(outcome.status);
      expect(outcome.query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    },
  );

  it('reads query syntax as plain words', () => {
    for (const input of ['"draagvlak"', 'draagvlak*', 'title:draagvlak', 'draagvlak^10', 'draagvlak~2']) {
      expect(urls(input)[0], input).toBe('/begrippen/#draagvlak');
    }
  });

  it('says when a query has only stop words or nothing at all', () => {
    expect(engine.search('de het en').status).toBe('stopwords');
    expect(engine.search('de het een').status).toBe('stopwords');
    expect(engine.search('over').status).toBe('results');
    expect(engine.search('"*:~^+-').status).toBe('empty');
    expect(engine.search('xyzzy').status).toBe('none');
  });
});

describe('the serialized index', () => {
  it('packs losslessly: the browser rebuilds exactly the index lunr built, every posting and score', () => {
    const loaded = loadPackedIndex(JSON.parse(json).index);
    expect(JSON.parse(JSON.stringify(loaded))).toEqual(JSON.parse(JSON.stringify(buildIndex(documents))));
  });

  it('gives the same results as the index built in memory', () => {
    const inMemory = buildIndex(documents);
    for (const query of ['uitdaagrecht', 'participeren', 'buurten', 'plantsoen bomen', 'burgerkr', 'G32', 'de het']) {
      expect(engine.search(query), query).toEqual(runSearch(inMemory, data.docs, query));
    }
  });

  it('stays within the budget of 80 KB gzip', () => {
    expect(gzipSync(json).length).toBeLessThanOrEqual(80 * 1024);
  });
});
