import { describe, expect, it } from 'vitest';
import { ScenarioSchema, type ScenarioInput } from '../../../src/lib/schemas/scenario';
import { createScenarioMachine } from '../../../src/lib/scenario/create-scenario-machine';
import { replayChoices } from '../../../src/lib/scenario/replay-choices';
import { whatIfAt } from '../../../src/lib/scenario/what-if';
import { firstDifference, meterComparison, splitOf } from '../../../src/lib/scenario/compare-runs';
import { meterSeries, stepChart } from '../../../src/lib/scenario/meter-series';
import { runMarks, splitNode } from '../../../src/lib/scenario/run-marks';
import { describeRunRule } from '../../../src/lib/scenario/describe-rule';
import { readYaml } from '../../support/content-files';

// The fixture: two decisions (het-advies, de-raad), then a route decides the ending by the whole run.
const scenario = ScenarioSchema.parse(readYaml('tests/fixtures/scenarios/design-valid.yaml') as ScenarioInput);
const machine = createScenarioMachine(scenario);
const pathOf = (choices: string[]) => replayChoices(machine, choices).snapshot.context.path;

describe('whatIfAt', () => {
  it('plays every option at a step of the run one step on, from the run so far', () => {
    const whatIf = whatIfAt(scenario, machine, ['akkoord-vasthouden', 'stil-blijven'], 1)!;
    expect(whatIf.nodeId).toBe('de-raad');
    expect(whatIf.options.map((o) => [o.letter, o.choiceId, o.taken])).toEqual([
      ['A', 'uitleg-geven', false],
      ['B', 'stil-blijven', true],
      ['C', 'motie-steunen', false],
    ]);
    // The meters start from the run so far (vertrouwen 4, draagvlak 7 after "akkoord-vasthouden").
    const motie = whatIf.options[2]!;
    expect(motie.before).toMatchObject({ vertrouwen: 4, draagvlak: 7 });
    expect(motie.after).toMatchObject({ draagvlak: 9, geloofwaardigheid: 4 });
    // The route decides by the whole run: after holding to the coalition, the motion ends "besluit zonder uitleg".
    expect(motie.leadsTo).toEqual({ kind: 'ending', nodeId: 'besluit-zonder-uitleg', title: 'Besloten, niet uitgelegd', rating: 'goed' });
    // Explaining would not end best here: trust (4) is too low after holding to the coalition.
    expect(whatIf.options[0]!.leadsTo.nodeId).toBe('besluit-zonder-uitleg');
  });

  it('gives the next situation for an option at the first step, and the reason of a core mistake', () => {
    const whatIf = whatIfAt(scenario, machine, ['open-gesprek', 'uitleg-geven'], 0)!;
    expect(whatIf.options.every((o) => o.leadsTo.kind === 'decision' && o.leadsTo.nodeId === 'de-raad')).toBe(true);
    expect(whatIf.options.find((o) => o.choiceId === 'geld-beloven')?.coreMistake).toBe(
      'U belooft geld dat de raad nog niet heeft toegekend.',
    );
    expect(whatIf.options.find((o) => o.choiceId === 'open-gesprek')?.taken).toBe(true);
  });

  it('says the same option leads elsewhere when the run before it differs', () => {
    const good = whatIfAt(scenario, machine, ['open-gesprek', 'stil-blijven'], 1)!;
    const bad = whatIfAt(scenario, machine, ['geld-beloven', 'stil-blijven'], 1)!;
    expect(good.options.find((o) => o.choiceId === 'uitleg-geven')?.leadsTo.nodeId).toBe('gehoord-en-uitgelegd');
    expect(bad.options.find((o) => o.choiceId === 'uitleg-geven')?.leadsTo.nodeId).not.toBe('gehoord-en-uitgelegd');
  });

  it('has no decision past the end of the run or for a run that no longer fits', () => {
    expect(whatIfAt(scenario, machine, ['open-gesprek', 'uitleg-geven'], 2)).toBeNull();
    expect(whatIfAt(scenario, machine, ['bestaat-niet', 'uitleg-geven'], 1)).toBeNull();
  });
});

describe('comparing runs', () => {
  const run = (choices: string[]) => {
    const { snapshot } = replayChoices(machine, choices);
    return { choices, outcomeNodeId: String(snapshot.value), meters: snapshot.context.meters };
  };

  it('finds the first step where two runs split, at the decision both were at', () => {
    expect(firstDifference(['a', 'b', 'c'], ['a', 'x', 'c'])).toBe(1);
    expect(firstDifference(['a', 'b'], ['a', 'b'])).toBe(-1);
    expect(firstDifference(['a'], ['a', 'b'])).toBe(1);
    expect(splitOf(scenario, run(['open-gesprek', 'uitleg-geven']), run(['open-gesprek', 'motie-steunen']))).toEqual({
      index: 1,
      nodeId: 'de-raad',
      first: 'uitleg-geven',
      second: 'motie-steunen',
    });
    expect(splitOf(scenario, run(['open-gesprek', 'uitleg-geven']), run(['open-gesprek', 'uitleg-geven']))).toBeNull();
  });

  it('puts the final meters side by side with the difference', () => {
    const rows = meterComparison(scenario, run(['open-gesprek', 'uitleg-geven']), run(['akkoord-vasthouden', 'motie-steunen']));
    expect(rows.find((r) => r.meterId === 'draagvlak')).toMatchObject({ first: 3, second: 9, difference: 6 });
    expect(rows.map((r) => r.meterId)).toEqual(scenario.meters.map((m) => m.id));
  });
});

describe('meter series and step charts', () => {
  it('gives each meter its start and its value after each decision', () => {
    const series = meterSeries(scenario.meters, pathOf(['open-gesprek', 'uitleg-geven']));
    expect(series.find((s) => s.meterId === 'vertrouwen')?.values).toEqual([5, 7, 7]);
    expect(series.find((s) => s.meterId === 'draagvlak')?.values).toEqual([5, 4, 3]);
    expect(meterSeries(scenario.meters, []).map((s) => s.values)).toEqual([[5], [5], [5]]);
  });

  it('draws a higher value higher, one flat step per value', () => {
    const [vertrouwen] = meterSeries(scenario.meters, pathOf(['open-gesprek', 'uitleg-geven']));
    const chart = stepChart(vertrouwen!, 40, 100, 10);
    expect(chart.width).toBe(120);
    expect(chart.points.map((p) => p.value)).toEqual([5, 7, 7]);
    expect(chart.points[1]!.y).toBeLessThan(chart.points[0]!.y);
    expect(chart.points[0]!.y).toBe(50);
    expect(chart.d.startsWith('M0 50 L40 50 L40 34')).toBe(true);
  });
});

describe('a run on the map', () => {
  it('marks its lines, boxes and step numbers, through the route to its ending', () => {
    const marks = runMarks(scenario, ['open-gesprek', 'uitleg-geven'], 'gehoord-en-uitgelegd');
    expect(marks.edges).toEqual(['open-gesprek', 'uitleg-geven', 'afloop>gehoord-en-uitgelegd']);
    expect(new Set(marks.nodes)).toEqual(new Set(['het-advies', 'de-raad', 'afloop', 'gehoord-en-uitgelegd']));
    expect(marks.steps).toEqual({ 'het-advies': [1], 'de-raad': [2] });
  });

  it('names the decision where a run left the best route', () => {
    expect(splitNode(scenario, ['open-gesprek', 'stil-blijven'], ['open-gesprek', 'uitleg-geven'])).toBe('de-raad');
    expect(splitNode(scenario, ['open-gesprek', 'uitleg-geven'], ['open-gesprek', 'uitleg-geven'])).toBeNull();
  });

  it('describes a route rule in words for the text version', () => {
    expect(describeRunRule(scenario, scenario.routes[0]!.rules[0]!.when)).toBe(
      'Vertrouwen van inwoners minstens 6, Geloofwaardigheid minstens 6, geen kernfout',
    );
  });
});
