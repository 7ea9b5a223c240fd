import { describe, expect, it } from 'vitest';
import { isStopWord, normalizeText, stemWord, termVariants } from '../../../src/lib/search/dutch';
import { createSlugger } from '../../../src/integrations/heading-slug';

describe('normalizeText', () => {
  it('keeps only lower-case letters and digits, without accents', () => {
    expect(normalizeText('Wat ‘ja, tenzij’ van u vraagt?')).toBe('wat ja tenzij van u vraagt');
    expect(normalizeText('Ideeën voor de G32: co-creatie!')).toBe('ideeen voor de g32 co creatie');
    expect(normalizeText('"*:~^+-')).toBe('');
  });
});

describe('Dutch stemming', () => {
  it('filters stop words', () => {
    for (const word of ['de', 'het', 'een', 'en', 'van', 'ja']) expect(isStopWord(word), word).toBe(true);
    expect(isStopWord('buurt')).toBe(false);
  });

  it('gives plural and singular the same stem', () => {
    expect(stemWord('buurten')).toBe(stemWord('buurt'));
    expect(stemWord('bewoners')).toBe(stemWord('bewoner'));
    expect(stemWord('gemeenten')).toBe(stemWord('gemeente'));
  });

  it('keeps words with digits as they are', () => {
    expect(stemWord('g32')).toBe('g32');
  });

  it('lets a query word reach the related forms the stemmer keeps apart', () => {
    expect(termVariants('participeren')).toContain(stemWord('participatie'));
    expect(termVariants('participatie')).toContain(stemWord('participeren'));
    expect(termVariants('initiatieven')).toContain(stemWord('initiatief'));
    expect(termVariants('initiatief')).toContain(stemWord('initiatieven'));
  });
});

describe('heading anchors', () => {
  it('match the ids Astro gives headings on the built pages', () => {
    const slug = createSlugger();
    expect(slug('Wat ‘ja, tenzij’ van u vraagt')).toBe('wat-ja-tenzij-van-u-vraagt');
    expect(slug('Eén gezicht, snelle antwoorden en een goede toon')).toBe('eén-gezicht-snelle-antwoorden-en-een-goede-toon');
    expect(slug('Hoe zo’n commissie meestal werkt')).toBe('hoe-zon-commissie-meestal-werkt');
    expect(slug('Uitdaagrecht en participatieverordening: wat staat vast?')).toBe('uitdaagrecht-en-participatieverordening-wat-staat-vast');
    expect(slug('Tijdens het proces: op tijd, in uw rol, met één verhaal')).toBe('tijdens-het-proces-op-tijd-in-uw-rol-met-één-verhaal');
  });

  it('number a repeated heading like github-slugger', () => {
    const slug = createSlugger();
    expect([slug('Voorbeeld'), slug('Voorbeeld'), slug('Voorbeeld')]).toEqual(['voorbeeld', 'voorbeeld-1', 'voorbeeld-2']);
  });
});
