import { describe, expect, it } from 'vitest';
import { splitCompounds } from '../../../src/lib/search/compounds';

const split = (...words: string[]) => splitCompounds(words);

describe('splitCompounds', () => {
  it('splits a compound into words that occur in the text', () => {
    expect(split('buurtbudget', 'buurt', 'budget').get('buurtbudget')).toEqual(['buurt', 'budget']);
  });

  it('drops the linking s or e between the parts', () => {
    expect(split('overheidsparticipatie', 'overheid', 'participatie').get('overheidsparticipatie')).toEqual(['overheid', 'participatie']);
    expect(split('bewonersavond', 'bewoner', 'avond').get('bewonersavond')).toEqual(['bewoner', 'avond']);
  });

  it('splits the parts again', () => {
    const parts = split('buurtbudgetaanvraag', 'buurtbudget', 'aanvraag', 'buurt', 'budget').get('buurtbudgetaanvraag');
    expect(parts).toEqual(expect.arrayContaining(['buurtbudget', 'aanvraag', 'buurt', 'budget']));
    expect(parts).toHaveLength(4);
  });

  it('prefers the longest last part, which carries the meaning', () => {
    expect(split('raadsvoorstel', 'raad', 'raads', 'voorstel', 'stel').get('raadsvoorstel')?.slice(0, 2)).toEqual(['raad', 'voorstel']);
  });

  it('leaves words whole when a part is unknown, too short or a stop word', () => {
    const compounds = split(
      'plantsoen',
      'plant',
      'wethouder',
      'houder',
      'voorstellen',
      'voors',
      'stellen',
      'meedoen',
      'doen',
      'g32stad',
      'stad',
    );
    expect(compounds.has('plantsoen')).toBe(false);
    expect(compounds.has('wethouder')).toBe(false);
    expect(compounds.has('voorstellen')).toBe(false);
    expect(compounds.has('meedoen')).toBe(false);
    expect(compounds.has('g32stad')).toBe(false);
  });
});
