import { describe, expect, it } from 'vitest';
import { FacilitationGuideSchema, fastLaneMinutes, minutesText, scenarioMinutes } from '../../../src/lib/schemas/facilitation-guide';
import { WorkshopMaterialsSchema } from '../../../src/lib/schemas/workshop-materials';
import { ScenarioSchema } from '../../../src/lib/schemas/scenario';
import { ContentError, parseWithFriendlyErrors } from '../../../src/lib/schemas/friendly-errors';
import { assertGuide, guideProblems, longestDecisions, type GuideFiles } from '../../../src/lib/guide/check-guide';
import { printAdvice, sheetsFor } from '../../../src/lib/guide/print-sheets';
import { readYaml } from '../../support/content-files';

const fixture = (name: string) => `tests/fixtures/guides/${name}.yaml`;
const guide = (name: string) => parseWithFriendlyErrors(FacilitationGuideSchema, readYaml(fixture(name)), fixture(name));
const materials = (name: string) => parseWithFriendlyErrors(WorkshopMaterialsSchema, readYaml(fixture(name)), fixture(name));
const scenario = parseWithFriendlyErrors(ScenarioSchema, readYaml(fixture('scenario')), fixture('scenario'));

function files(guideName: string, materialsName: string | undefined, edit?: (g: ReturnType<typeof guide>) => void): GuideFiles {
  const data = guide(guideName);
  edit?.(data);
  return {
    guide: { file: fixture(guideName), data },
    materials: materialsName ? { file: fixture(materialsName), data: materials(materialsName) } : undefined,
    scenario: { file: fixture('scenario'), data: scenario },
  };
}

describe('FacilitationGuideSchema: timing', () => {
  it('accepts a guide whose steps add up to its duration and whose scenario blocks fill the scenario step', () => {
    const valid = guide('valid');
    expect(valid.schedule.reduce((sum, s) => sum + s.minutes, 0)).toBe(valid.duration);
    expect(scenarioMinutes(valid.scenarioTiming)).toBe(20);
    expect(fastLaneMinutes(valid.scenarioTiming)).toBe(16);
  });

  it('fails, naming the file and both fields, when the steps or the scenario blocks do not add up', () => {
    expect(() => guide('timing-off')).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: Fout in tests/fixtures/guides/timing-off.yaml:
        - veld "schedule": de stappen duren samen 55 minuten, maar duration is 60
        - veld "scenarioTiming": intro (2 minuten) + 2 beslissingen × 1,5 minuut + pauzes (3 minuten) + einde (10 minuten) = 18 minuten, maar de scenariostap "scenario" duurt 20 minuten]
    `);
  });

  it('refuses a fast lane that is not faster and times that are not whole or half minutes', () => {
    const data = readYaml(fixture('valid')) as { scenarioTiming: { perDecision: number; fastLane: { perDecision: number } } };
    data.scenarioTiming.fastLane.perDecision = 1.5;
    data.scenarioTiming.perDecision = 1.25;
    const result = FacilitationGuideSchema.safeParse(data);
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toContain('scenarioTiming.perDecision: tijd per beslissing: gebruik hele of halve minuten');
  });

  it('writes minutes the Dutch way', () => {
    expect(minutesText(1.5)).toBe('1,5 minuut');
    expect(minutesText(2.5)).toBe('2,5 minuten');
    expect(minutesText(0.5)).toBe('een halve minuut');
  });
});

describe('FacilitationGuideSchema: materials', () => {
  it('keeps the materials list as plain lines and lists the printed ones with their page', () => {
    const valid = guide('valid');
    expect(valid.materials).toEqual(['Beamer met de workshopmodus', 'Vier bezwaarkaarten, één per groepje', 'Handout, één per deelnemer']);
    expect(valid.printed).toEqual([
      { text: 'Vier bezwaarkaarten, één per groepje', id: 'bezwaarkaarten' },
      { text: 'Handout, één per deelnemer', id: 'hand-out' },
    ]);
  });

  it('fails when the guide names cards to print without pointing to their page', () => {
    expect(() => guide('unlinked-print')).toThrow(ContentError);
    expect(() => guide('unlinked-print')).toThrow(/veld "materials\[1\]": "Vier bezwaarkaarten, één per groepje" is iets om te printen/);
  });
});

describe('guideProblems: the guide, its materials and its scenario together', () => {
  it('finds nothing wrong when every printed material exists and the timing counts the real decisions', () => {
    expect(guideProblems(files('valid', 'materials-valid'))).toEqual([]);
    expect(() => assertGuide(files('valid', 'materials-valid'))).not.toThrow();
  });

  it('fails the build, naming the guide, when a printed material does not exist', () => {
    expect(() => assertGuide(files('valid', 'materials-other'))).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: Fout in tests/fixtures/guides/valid.yaml:
        - veld "materials" ("Vier bezwaarkaarten, één per groepje"): print "bezwaarkaarten" bestaat niet in tests/fixtures/guides/materials-other.yaml
        - tests/fixtures/guides/materials-other.yaml: veld "materials[0]" ("rollenkaarten"): het draaiboek noemt dit materiaal niet; zet het bij materials met print: rollenkaarten]
    `);
  });

  it('names the missing materiaal.yaml when a module has none', () => {
    const [error] = guideProblems(files('valid', undefined));
    expect(error?.problems).toEqual([
      'veld "materials" ("Vier bezwaarkaarten, één per groepje"): print "bezwaarkaarten" bestaat niet in tests/fixtures/guides/materiaal.yaml',
    ]);
  });

  it('fails when the timing counts other decisions than the longest route, or pauses at an ending', () => {
    const broken = files('valid', 'materials-valid', (g) => {
      g.scenarioTiming.decisions = 3;
      g.scenarioTiming.pauses[0]!.node = 'einde-best';
    });
    expect(guideProblems(broken)[0]?.problems).toEqual([
      'veld "scenarioTiming.decisions": is 3, maar de langste route in tests/fixtures/guides/scenario.yaml heeft 2 beslissingen',
      'veld "scenarioTiming.pauses[0].node": "einde-best" is een einde; pauzeer bij een keuze',
    ]);
  });
});

describe('WorkshopMaterialsSchema', () => {
  const card = (text: string) => ({ title: 'Een kaart', text });
  const file = (items: unknown[], id = 'kaarten') => ({
    materials: [{ id, title: 'Kaarten', use: 'Eén per groepje.', layout: 'kaarten', items }],
  });

  it('refuses a card with more text than fits on half an A4', () => {
    const result = WorkshopMaterialsSchema.safeParse(file([card('woord '.repeat(200))]));
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toMatch(/"Een kaart" is te lang voor de vorm "kaarten"/);
  });

  it('refuses the id of the hand-out, which has its own page', () => {
    expect(WorkshopMaterialsSchema.safeParse(file([card('Kort.')], 'hand-out')).success).toBe(false);
  });

  it('refuses two materials with the same id', () => {
    const one = file([card('Kort.')]).materials[0];
    const result = WorkshopMaterialsSchema.safeParse({ materials: [one, one] });
    expect(result.error!.issues[0]!.message).toBe('materiaal-id "kaarten" komt twee keer voor');
  });
});

describe('print sheets', () => {
  it('puts two cards on an A4 sheet and one poster or page', () => {
    expect(sheetsFor('kaarten', 6)).toBe(3);
    expect(sheetsFor('kaarten', 5)).toBe(3);
    expect(sheetsFor('poster', 4)).toBe(4);
    expect(printAdvice('kaarten', 6)).toContain('3 vellen');
    expect(printAdvice('blad', 1)).toContain('1 vel');
  });
});

describe('longestDecisions', () => {
  it('counts choices, not the invisible routes between them, and follows every place a route can lead', () => {
    const choice = (next: string) => ({ id: `naar-${next}`, next, effects: {} });
    const scenarioWithRoute = {
      id: 'met-route',
      start: 'a',
      meters: [],
      nodes: [
        { id: 'a', choices: [choice('sorteer'), choice('eind')] },
        { id: 'b', choices: [choice('c'), choice('eind')] },
        { id: 'c', choices: [choice('eind'), choice('eind')] },
        { id: 'eind', ending: { rating: 'best' } },
      ],
      routes: [{ id: 'sorteer', rules: [{ when: { chose: ['naar-sorteer'] }, next: 'b' }], otherwise: 'eind' }],
    };
    expect(longestDecisions(scenarioWithRoute)).toBe(3);
    expect(longestDecisions(scenario)).toBe(2);
  });
});
