import { initialTransition, transition } from 'xstate';
import type { Scenario } from '../schemas/scenario';
import type { ScenarioMachine } from '../scenario/create-scenario-machine';
import { findBestPath } from '../scenario/find-best-path';
import { positionOf, type ScenarioSnapshot } from '../scenario/scenario-position';

/** At most this many decisions of one scenario come back in the review. */
export const MAX_DECISIONS_PER_SCENARIO = 3;

/** A decision on the best route that is worth asking again. */
export interface KeyDecision {
  /** The decision node. */
  nodeId: string;
  /** The choices offered there on the best route (conditions applied), in content order. */
  offered: string[];
  /** The offered choices after which the best ending is still within reach. At least one, never all. */
  right: string[];
}

const advance = (machine: ScenarioMachine, snapshot: ScenarioSnapshot, choiceId: string): ScenarioSnapshot => {
  const [chosen] = transition(machine, snapshot, { type: 'choice.select', choiceId });
  return transition(machine, chosen, { type: 'scenario.continue' })[0];
};

/**
 * The key decisions of a scenario, read from its structure so it works for any
 * content: the decisions on the best route where at least one offered choice
 * puts the best ending out of reach (a decision where every choice is fine
 * teaches nothing as a question). A choice counts as right when the best
 * ending can still be reached after it. With more candidates than `max`, the
 * decisions that offer a core mistake go first, then the earlier ones; the
 * result is in route order. Runs at build time.
 */
export function keyDecisions(
  scenario: Scenario,
  machine: ScenarioMachine,
  bestPath: readonly string[],
  max = MAX_DECISIONS_PER_SCENARIO,
): KeyDecision[] {
  const nodes = new Map(scenario.nodes.map((node) => [node.id, node]));
  const candidates: (KeyDecision & { step: number; core: boolean })[] = [];
  let [snapshot] = initialTransition(machine);
  for (const [step, bestChoice] of bestPath.entries()) {
    const position = positionOf(snapshot);
    if (position.phase !== 'deciding') break;
    const node = nodes.get(position.nodeId);
    const offered = (node?.choices ?? []).filter((c) => snapshot.can({ type: 'choice.select', choiceId: c.id }));
    const right = offered.filter(
      (c) => c.id === bestChoice || findBestPath(scenario, machine, advance(machine, snapshot, c.id)) !== undefined,
    );
    const seen = candidates.some((c) => c.nodeId === position.nodeId);
    if (!seen && right.length > 0 && right.length < offered.length) {
      candidates.push({
        nodeId: position.nodeId,
        offered: offered.map((c) => c.id),
        right: right.map((c) => c.id),
        step,
        core: offered.some((c) => c.coreMistake !== undefined),
      });
    }
    snapshot = advance(machine, snapshot, bestChoice);
  }
  return candidates
    .sort((a, b) => Number(b.core) - Number(a.core) || a.step - b.step)
    .slice(0, Math.max(0, max))
    .sort((a, b) => a.step - b.step)
    .map(({ nodeId, offered, right }) => ({ nodeId, offered, right }));
}
