import { describe, expect, it } from 'vitest';
import { fillPlaceholders, fillPlaceholdersDeep } from '../../../src/lib/config/placeholders';
import { exampleSettings } from './helpers';

const settings = exampleSettings();

describe('placeholders', () => {
  it('fills in the name, the short name and a capital at the start of a sentence', () => {
    expect(fillPlaceholders('Het programma van {gemeente.naam}.', settings).text).toBe('Het programma van de gemeente Lindewaard.');
    expect(fillPlaceholders('In {gemeente.korteNaam} mag dat.', settings).text).toBe('In Lindewaard mag dat.');
    expect(fillPlaceholders('{Gemeente.naam} heeft een verordening.', settings).text).toBe('De gemeente Lindewaard heeft een verordening.');
  });

  it('leaves other braces alone', () => {
    expect(fillPlaceholders('Een {accolade} en {gemeente} blijven staan.', settings)).toEqual({
      text: 'Een {accolade} en {gemeente} blijven staan.',
      unknown: [],
    });
  });

  it('fills every string of a YAML structure and names the field of an unknown placeholder', () => {
    const data = { intro: 'Welkom in {gemeente.korteNaam}.', duration: 75, nodes: [{ id: 'start', text: 'Bel {gemeente.stad}.' }] };
    const { data: filled, problems } = fillPlaceholdersDeep(data, settings);
    expect(filled).toEqual({ intro: 'Welkom in Lindewaard.', duration: 75, nodes: [{ id: 'start', text: 'Bel {gemeente.stad}.' }] });
    expect(problems).toEqual([
      'veld "nodes[0].text": onbekende plaatshouder {gemeente.stad}; gebruik {gemeente.naam} of {gemeente.korteNaam}',
    ]);
  });
});
