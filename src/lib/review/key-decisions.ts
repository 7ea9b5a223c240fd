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
  /** The offered choices that count as right (see `keyDecisions`). At least one, never all. */
  right: string[];
}

const advance = (machine: ScenarioMachine, snapshot: ScenarioSnapshot, choiceId: string): ScenarioSnapshot => {
  const [chosen] = transition(machine, snapshot, { type: 'choice.select', choiceId });
  return transition(machine, chosen, { type: 'scenario.continue' })[0];
};

/**
 * The key decisions of a scenario, read from its structure so it works for any
 * content. A choice counts as right when it is the best route's choice, or
 * when it keeps the best ending within reach and moves the `houding` meter
 * (the one every scenario has: from "nee, maar" to "ja, tenzij") at least as
 * far. A key decision is one on the best route where some offered choice is
 * not right (where every choice is fine, the question teaches nothing). With
 * more candidates than `max`, decisions that offer a core mistake go first,
 * the other places are spread over the route; the result is in route order.
 * Runs at build time.
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
    const houding = (choice: { effects: Record<string, number> }) => choice.effects['houding'] ?? 0;
    const bar = houding(offered.find((c) => c.id === bestChoice) ?? { effects: {} });
    const right = offered.filter(
      (c) => c.id === bestChoice || (houding(c) >= bar && findBestPath(scenario, machine, advance(machine, snapshot, c.id)) !== undefined),
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
  const core = candidates.filter((c) => c.core).slice(0, Math.max(0, max));
  const rest = spread(
    candidates.filter((c) => !c.core),
    Math.max(0, max - core.length),
  );
  return [...core, ...rest].sort((a, b) => a.step - b.step).map(({ nodeId, offered, right }) => ({ nodeId, offered, right }));
}

/** `count` items spread evenly over `list`, first and last included, so the questions cover the whole story. */
function spread<T>(list: readonly T[], count: number): T[] {
  if (list.length <= count) return [...list];
  if (count <= 1) return list.slice(0, count);
  return Array.from({ length: count }, (_, i) => list[Math.round((i * (list.length - 1)) / (count - 1))]!);
}
