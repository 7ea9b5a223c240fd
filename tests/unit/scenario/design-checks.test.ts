import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { ScenarioSchema, type Scenario, type ScenarioInput } from '../../../src/lib/schemas/scenario';
import { checkScenarioDesign, isCostOnly } from '../../../src/lib/scenario/design-checks';
import { createScenarioMachine } from '../../../src/lib/scenario/create-scenario-machine';
import { exploreRuns } from '../../../src/lib/scenario/explore-runs';
import { firstCoreMistake } from '../../../src/lib/scenario/core-mistake';
import { positionOf } from '../../../src/lib/scenario/scenario-position';
import { readYaml } from '../../support/content-files';

const raw = () => structuredClone(readYaml('tests/fixtures/scenarios/design-valid.yaml')) as ScenarioInput;
const parse = (input: ScenarioInput): Scenario => ScenarioSchema.parse(input);
const choice = (input: ScenarioInput, id: string) => input.nodes.flatMap((n) => n.choices ?? []).find((c) => c.id === id)!;
const messages = (input: ScenarioInput) => checkScenarioDesign(parse(input)).problems.map((p) => p.message);

function play(scenario: Scenario, choices: string[]) {
  const actor = createActor(createScenarioMachine(scenario)).start();
  for (const choiceId of choices) {
    actor.send({ type: 'choice.select', choiceId });
    actor.send({ type: 'scenario.continue' });
  }
  return positionOf(actor.getSnapshot());
}

describe('ending routes', () => {
  it('decide the ending by the whole run: meters and the absence of a core mistake', () => {
    const scenario = parse(raw());
    expect(play(scenario, ['open-gesprek', 'uitleg-geven'])).toEqual({ phase: 'ending', nodeId: 'gehoord-en-uitgelegd' });
    expect(play(scenario, ['akkoord-vasthouden', 'motie-steunen'])).toEqual({ phase: 'ending', nodeId: 'besluit-zonder-uitleg' });
    expect(play(scenario, ['open-gesprek', 'stil-blijven'])).toEqual({ phase: 'ending', nodeId: 'stilstand' });
  });

  it('keep the best ending closed after a core mistake, even when the meters would reach it', () => {
    const input = raw();
    choice(input, 'geld-beloven').effects = { vertrouwen: 2 };
    const scenario = parse(input);
    // Same meters as the best run (vertrouwen 7, geloofwaardigheid 7), but money was promised.
    expect(play(scenario, ['geld-beloven', 'uitleg-geven'])).toEqual({ phase: 'ending', nodeId: 'stilstand' });
  });

  it('name the core mistake that closed the best ending, with its reason', () => {
    const scenario = parse(raw());
    expect(firstCoreMistake(scenario, ['geld-beloven', 'uitleg-geven'])).toEqual({
      nodeId: 'het-advies',
      choiceId: 'geld-beloven',
      label: 'Beloof extra geld voor beide plekken',
      reason: 'U belooft geld dat de raad nog niet heeft toegekend.',
    });
    expect(firstCoreMistake(scenario, ['open-gesprek', 'uitleg-geven'])).toBeNull();
  });

  it('fail the build when a route leads to a step that does not exist', () => {
    const input = raw();
    input.routes![0]!.otherwise = 'bestaat-niet';
    const result = ScenarioSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toContainEqual(
      expect.objectContaining({ path: ['routes', 0, 'otherwise'], message: expect.stringMatching(/route verwijst naar "bestaat-niet"/) }),
    );
  });
});

describe('exploreRuns', () => {
  it('finds every run with its chance under random play', () => {
    const scenario = parse(raw());
    const runs = exploreRuns(scenario, createScenarioMachine(scenario));
    expect(runs).toHaveLength(9);
    expect(runs.reduce((sum, r) => sum + r.chance, 0)).toBeCloseTo(1, 10);
    expect(runs.filter((r) => r.endingId === 'gehoord-en-uitgelegd').map((r) => r.choices)).toEqual([['open-gesprek', 'uitleg-geven']]);
  });
});

describe('checkScenarioDesign', () => {
  it('passes a scenario in which every decision weighs one good against another', () => {
    const report = checkScenarioDesign(parse(raw()));
    expect(report.problems).toEqual([]);
    expect(report.bestChance).toBeCloseTo(1 / 9, 10);
    expect(report.dominantShare).toBe(0);
    expect(report.coreMistakes).toBe(1);
    expect(report.endings.map((e) => [e.endingId, e.runs])).toEqual([
      ['gehoord-en-uitgelegd', 1],
      ['besluit-zonder-uitleg', 5],
      ['stilstand', 3],
    ]);
  });

  it('fails when more than a quarter of the decisions have an option that is best on every meter', () => {
    const input = raw();
    choice(input, 'open-gesprek').effects = { vertrouwen: 2, draagvlak: 2 };
    expect(messages(input)).toEqual([
      expect.stringMatching(/stap "het-advies": in 1 van de 2 beslissingen \(50,0 %\) is één keuze op elke meter het beste/),
    ]);
  });

  it('fails when a core mistake can still end best, naming the step of the mistake', () => {
    const input = raw();
    delete input.routes![0]!.rules[0]!.when.noCoreMistake;
    choice(input, 'geld-beloven').effects = { vertrouwen: 2 };
    expect(messages(input)).toContainEqual(
      expect.stringMatching(/stap "het-advies": na de kernfout "geld-beloven" is het beste einde nog te halen/),
    );
  });

  it('fails when two choices that only cost still end best', () => {
    const input = raw();
    choice(input, 'akkoord-vasthouden').effects = { draagvlak: -1 };
    input.routes![0]!.rules[0]!.when = { meters: { vertrouwen: { atLeast: 3 } }, noCoreMistake: true };
    expect(messages(input)).toContainEqual(
      expect.stringMatching(/2 keuzes die alleen kosten \(akkoord-vasthouden, stil-blijven\) eindigt toch als beste/),
    );
  });

  it('fails when the best ending is out of reach or too easy under random play', () => {
    const hard = raw();
    hard.routes![0]!.rules[0]!.when.meters = { vertrouwen: { atLeast: 9 } };
    expect(messages(hard)).toEqual([
      expect.stringMatching(/stap "gehoord-en-uitgelegd": dit einde is met geen enkele route te bereiken/),
      expect.stringMatching(/kans op het beste einde bij willekeurig kiezen is 0,0 %/),
    ]);
    const easy = raw();
    easy.routes![0]!.rules[0]!.when = { noCoreMistake: true };
    expect(messages(easy)).toContainEqual(
      expect.stringMatching(/kans op het beste einde bij willekeurig kiezen is 66,7 %; houd die tussen 2,0 % en 35,0 %/),
    );
  });

  it('fails when a meter hides an option instead of changing where it leads', () => {
    const input = raw();
    choice(input, 'motie-steunen').condition = { meter: 'draagvlak', atLeast: 5 };
    expect(messages(input)).toContainEqual(expect.stringMatching(/keuze "motie-steunen" is verborgen zolang meter "draagvlak"/));
  });
});

describe('isCostOnly', () => {
  it('is true only for a choice that moves some meter down and none up', () => {
    expect(isCostOnly({ effects: { a: -1, b: 0 } } as never)).toBe(true);
    expect(isCostOnly({ effects: { a: -1, b: 1 } } as never)).toBe(false);
    expect(isCostOnly({ effects: {} } as never)).toBe(false);
  });
});
