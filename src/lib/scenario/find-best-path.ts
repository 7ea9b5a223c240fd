import { initialTransition, transition } from 'xstate';
import type { Scenario } from '../schemas/scenario';
import type { ScenarioMachine } from './create-scenario-machine';
import { positionOf, type ScenarioSnapshot } from './scenario-position';

/**
 * The shortest list of choices that reaches the scenario's `best` ending while
 * respecting every condition. Breadth-first over real machine snapshots, so a
 * best ending behind a meter condition is found only along routes that meet it.
 * Runs at build time; the player gets the result as data. From `from` (a
 * snapshot at a decision or ending) instead of the start: whether the best
 * ending is still within reach after some choices, and how.
 */
export function findBestPath(scenario: Scenario, machine: ScenarioMachine, from?: ScenarioSnapshot): string[] | undefined {
  const best = scenario.nodes.find((n) => n.ending?.rating === 'best');
  if (!best) return undefined;
  const start = from ?? initialTransition(machine)[0];
  const queue: { snapshot: ScenarioSnapshot; choices: string[] }[] = [{ snapshot: start, choices: [] }];
  const seen = new Set<string>();
  while (queue.length) {
    const { snapshot, choices } = queue.shift()!;
    const position = positionOf(snapshot);
    if (position.phase === 'ending') {
      if (position.nodeId === best.id) return choices;
      continue;
    }
    const key = JSON.stringify([position.nodeId, snapshot.context.meters, snapshot.context.path.map((s) => s.choiceId).sort()]);
    if (seen.has(key)) continue;
    seen.add(key);
    const node = scenario.nodes.find((n) => n.id === position.nodeId);
    for (const choice of node?.choices ?? []) {
      if (!snapshot.can({ type: 'choice.select', choiceId: choice.id })) continue;
      const [chosen] = transition(machine, snapshot, { type: 'choice.select', choiceId: choice.id });
      const [next] = transition(machine, chosen, { type: 'scenario.continue' });
      queue.push({ snapshot: next, choices: [...choices, choice.id] });
    }
  }
  return undefined;
}
