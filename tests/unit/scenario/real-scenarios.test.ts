import { describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import { initialTransition, transition, type EventObject } from 'xstate';
import { ScenarioSchema } from '../../../src/lib/schemas/scenario';
import { createScenarioMachine } from '../../../src/lib/scenario/create-scenario-machine';
import { positionOf, type ScenarioSnapshot } from '../../../src/lib/scenario/scenario-position';
import { findBestPath } from '../../../src/lib/scenario/find-best-path';
import { moduleFolders, readYaml } from '../../support/content-files';

const scenarios = moduleFolders().map((folder) => ScenarioSchema.parse(readYaml(`modules/${folder}/scenario.yaml`)));

describe.each(scenarios.map((s) => [s.id, s] as const))('scenario %s, walked with xstate/graph', (_id, scenario) => {
  const machine = createScenarioMachine(scenario);
  const byId = new Map(scenario.nodes.map((n) => [n.id, n]));

  // Every event the learner could send in a state: the offered choices, or "continue".
  const events = (snapshot: ScenarioSnapshot): EventObject[] => {
    const position = positionOf(snapshot);
    if (position.phase === 'feedback') return [{ type: 'scenario.continue' }];
    if (position.phase === 'ending') return [];
    return (byId.get(position.nodeId)?.choices ?? [])
      .map((c) => ({ type: 'choice.select' as const, choiceId: c.id }))
      .filter((e) => snapshot.can(e));
  };
  // Two runs are the same state when node, meters and the choices that conditions look at agree;
  // keying on the whole path would make the walk exponential without testing anything more.
  const remembered = new Set(
    scenario.nodes.flatMap((n) => n.choices ?? []).flatMap((c) => (c.condition && 'chose' in c.condition ? [c.condition.chose] : [])),
  );
  const serializeState = (snapshot: ScenarioSnapshot) =>
    JSON.stringify([
      snapshot.value,
      snapshot.context.meters,
      snapshot.context.path.map((s) => s.choiceId).filter((id) => remembered.has(id)),
    ]);

  // One path to every distinct reachable state: together they cover every state a learner can be in.
  const paths = getShortestPaths(machine, { events: events as never, serializeState: serializeState as never });
  const states = paths.map((p) => p.state as ScenarioSnapshot);

  it('never gets stuck: every state that is not an ending offers a way on', () => {
    const stuck = states.filter((s) => positionOf(s).phase !== 'ending' && events(s).length === 0).map((s) => JSON.stringify(s.value));
    expect(stuck).toEqual([]);
  });

  it('keeps every meter within its bounds on every path', () => {
    for (const snapshot of states) {
      for (const meter of scenario.meters) {
        const value = snapshot.context.meters[meter.id]!;
        expect(value).toBeGreaterThanOrEqual(meter.min);
        expect(value).toBeLessThanOrEqual(meter.max);
      }
    }
  });

  it('reaches every ending', () => {
    const reached = new Set(states.filter((s) => positionOf(s).phase === 'ending').map((s) => positionOf(s).nodeId));
    const endings = scenario.nodes.filter((n) => n.ending).map((n) => n.id);
    expect([...reached].sort()).toEqual([...endings].sort());
  });

  it('has a best path that really ends at the best ending', () => {
    const bestEnding = scenario.nodes.find((n) => n.ending?.rating === 'best');
    expect(bestEnding, 'het scenario heeft geen einde met rating "best"').toBeDefined();
    const choices = findBestPath(scenario, machine) ?? [];
    expect(choices.length).toBeGreaterThanOrEqual(1);

    // Replay the path as a learner would click it: every choice must be on offer where it is made.
    let [snapshot] = initialTransition(machine);
    for (const choiceId of choices) {
      const select = { type: 'choice.select' as const, choiceId };
      expect(snapshot.can(select), `keuze "${choiceId}" is niet mogelijk bij ${JSON.stringify(snapshot.value)}`).toBe(true);
      [snapshot] = transition(machine, snapshot, select);
      [snapshot] = transition(machine, snapshot, { type: 'scenario.continue' });
    }
    expect(positionOf(snapshot)).toEqual({ phase: 'ending', nodeId: bestEnding!.id });
  });
});
