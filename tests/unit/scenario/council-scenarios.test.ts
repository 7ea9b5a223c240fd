import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { ScenarioSchema, type Scenario } from '../../../src/lib/schemas/scenario';
import { checkScenarioDesign } from '../../../src/lib/scenario/design-checks';
import { createScenarioMachine } from '../../../src/lib/scenario/create-scenario-machine';
import { exploreRuns } from '../../../src/lib/scenario/explore-runs';
import { firstCoreMistake } from '../../../src/lib/scenario/core-mistake';
import { positionOf } from '../../../src/lib/scenario/scenario-position';
import { readYaml } from '../../support/content-files';

// The three council scenarios (B1–B3) as learners meet them: the design rules, and the dilemmas
// issue 12 asked for, checked on the real content.
const load = (folder: string): Scenario => ScenarioSchema.parse(readYaml(`modules/${folder}/scenario.yaml`));
const b1 = load('05-houding-en-gedrag-van-bestuurders');
const b2 = load('06-teleurstelling-voorkomen');
const b3 = load('07-afwegen-en-mandaat');
const bestOf = (scenario: Scenario) => scenario.nodes.find((n) => n.ending?.rating === 'best')!.id;
const runsOf = (scenario: Scenario) => exploreRuns(scenario, createScenarioMachine(scenario));

function play(scenario: Scenario, choices: string[]) {
  const actor = createActor(createScenarioMachine(scenario)).start();
  for (const choiceId of choices) {
    expect(actor.getSnapshot().can({ type: 'choice.select', choiceId }), `keuze "${choiceId}"`).toBe(true);
    actor.send({ type: 'choice.select', choiceId });
    actor.send({ type: 'scenario.continue' });
  }
  return positionOf(actor.getSnapshot());
}

describe.each([b1, b2, b3].map((s) => [s.id, s] as const))('council scenario %s', (_id, scenario) => {
  it('meets every design rule of npm run scenarios:report', () => {
    expect(checkScenarioDesign(scenario).problems.map((p) => p.message)).toEqual([]);
  });

  it('measures an elected role, not the civil servant’s attitude', () => {
    expect(scenario.meters.map((m) => m.id)).not.toContain('houding');
    expect(scenario.meters.length).toBeGreaterThanOrEqual(2);
    expect(scenario.meters.length).toBeLessThanOrEqual(4);
  });

  it('reaches the best ending by more than one style', () => {
    const best = runsOf(scenario).filter((r) => r.endingId === bestOf(scenario));
    expect(new Set(best.map((r) => r.choices[1])).size).toBeGreaterThan(1);
  });
});

describe('B1, het bod van Groen Hoogveld', () => {
  it('shows the tender route, and bypassing it with a subsidy closes the best ending', () => {
    const route = ['kader-vooraf', 'luisteren-zonder-beloven', 'op-hoofdlijnen', 'gelijkheid-serieus'];
    const ending = ['steun-met-kanttekening', 'samen-motie'];
    expect(play(b1, [...route, 'route-in-voorstel', ...ending])).toEqual({ phase: 'ending', nodeId: bestOf(b1) });
    expect(play(b1, [...route, 'subsidie-omweg', ...ending])).not.toEqual({ phase: 'ending', nodeId: bestOf(b1) });
    expect(firstCoreMistake(b1, [...route, 'subsidie-omweg', ...ending])?.choiceId).toBe('subsidie-omweg');
  });
});

describe('B2, vierhonderd ideeën voor het Raadhuisplein', () => {
  it('never ends best after money promised in the paper, silence about it or a one-line participation paragraph', () => {
    const runs = runsOf(b2);
    for (const mistake of ['extra-geld-beloven', 'afwachten', 'kort-voorstel']) {
      const through = runs.filter((r) => r.choices.includes(mistake));
      expect(through.length, mistake).toBeGreaterThan(0);
      expect(through.filter((r) => r.endingId === bestOf(b2)).length, mistake).toBe(0);
    }
  });

  it('asks credibility for the best ending', () => {
    const start = b2.meters.find((m) => m.id === 'geloofwaardigheid')!.start;
    const best = runsOf(b2).filter((r) => r.endingId === bestOf(b2));
    expect(best.length).toBeGreaterThan(0);
    for (const run of best) expect(run.meters['geloofwaardigheid']).toBeGreaterThan(start);
  });
});

describe('B3, het burgerpanel en de bibliotheek', () => {
  it('ends best both by following the panel with a covered amendment and by keeping the agreement with an explanation', () => {
    const amendment = [
      'open-vragen',
      'doel-en-middel',
      'proces-nagaan',
      'argumenten-wegen',
      'amendement-met-dekking',
      'samen-indienen',
      'samen-uitleggen',
    ];
    const agreement = ['open-vragen', 'akkoord-vasthouden', 'beide-uitleggen', 'afwijking-motiveren', 'slotbijeenkomst'];
    expect(play(b3, amendment)).toEqual({ phase: 'ending', nodeId: bestOf(b3) });
    expect(play(b3, agreement)).toEqual({ phase: 'ending', nodeId: bestOf(b3) });
  });

  it('does not end best when the agreement is kept with only a standard letter', () => {
    expect(play(b3, ['open-vragen', 'akkoord-vasthouden', 'beide-uitleggen', 'afwijking-motiveren', 'standaardbrief'])).toEqual({
      phase: 'ending',
      nodeId: 'einde-akkoord-zonder-uitleg',
    });
  });
});
