import { describe, expect, it } from 'vitest';
import { analyzeQuery, MAX_TERMS, snippet, wordMatcher } from '../../../src/lib/search/query';
import { statusText } from '../../../src/lib/search/messages';

describe('analyzeQuery', () => {
  it('drops stop words and stems the rest', () => {
    const { terms } = analyzeQuery('de buurten en het initiatief ');
    expect(terms.map((t) => t.word)).toEqual(['buurten', 'initiatief']);
    expect(terms[0]!.variants).toContain('buurt');
  });

  it('matches the last word as a prefix only while it is being typed', () => {
    expect(analyzeQuery('draagvlak buurtb').terms.map((t) => t.prefix)).toEqual([undefined, 'buurtb']);
    expect(analyzeQuery('draagvlak buurtb ').terms.map((t) => t.prefix)).toEqual([undefined, undefined]);
    expect(analyzeQuery('bu').terms[0]!.prefix).toBeUndefined();
  });

  it('lets a stop word being typed become the start of a word', () => {
    const lone = analyzeQuery('over').terms;
    expect(lone).toEqual([{ word: 'over', variants: [], prefix: 'over', optional: false }]);
    expect(analyzeQuery('buurt over').terms[1]!.optional).toBe(true);
  });

  it('limits the number and length of words', () => {
    const many = Array.from({ length: 50 }, (_, i) => `woord${i}`).join(' ');
    expect(analyzeQuery(many).terms.length).toBeLessThanOrEqual(MAX_TERMS);
    expect(analyzeQuery('x'.repeat(500)).terms[0]!.word.length).toBeLessThanOrEqual(40);
  });
});

describe('snippet', () => {
  const text = Array.from({ length: 60 }, (_, i) => `woord${i}`).join(' ') + ' De buurten, in de buurt. ' + 'slot '.repeat(40);
  const matches = wordMatcher(analyzeQuery('buurt ').terms);

  it('shows the text around the first match and marks the matching words without punctuation', () => {
    const parts = snippet(text, matches);
    expect(parts[0]!.text.startsWith('… ')).toBe(true);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['buurten', 'buurt']);
    expect(parts.map((p) => p.text).join('')).toContain('De buurten, in de buurt. slot');
    expect(parts.at(-1)!.text.endsWith(' …')).toBe(true);
  });

  it('starts at the beginning when nothing in the text matches', () => {
    const parts = snippet('Een korte tekst zonder treffer.', matches);
    expect(parts).toEqual([{ text: 'Een korte tekst zonder treffer.', mark: false }]);
  });
});

describe('statusText', () => {
  it('counts results in Dutch', () => {
    const base = { query: 'buurt', partial: false, groups: [] };
    expect(statusText({ ...base, status: 'results', total: 1 })).toBe('1 resultaat voor ‘buurt’.');
    expect(statusText({ ...base, status: 'results', total: 12 })).toBe('12 resultaten voor ‘buurt’.');
    expect(statusText({ ...base, status: 'none', total: 0 })).toBe('Geen resultaten voor ‘buurt’.');
  });
});
