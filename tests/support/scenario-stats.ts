import type { ScenarioGraphInput } from '../../src/lib/scenario/check-scenario-graph';

/** Size figures of a scenario, used by the content checks and in reports. */
export interface ScenarioStats {
  nodes: number;
  endings: number;
  /** Number of decisions on the longest route from the start to an ending. */
  longestPath: number;
  /** Whether some route visits a node twice. */
  hasCycle: boolean;
}

export function scenarioStats(scenario: ScenarioGraphInput): ScenarioStats {
  const byId = new Map(scenario.nodes.map((n) => [n.id, n]));
  const memo = new Map<string, number>();
  const onStack = new Set<string>();
  let hasCycle = false;
  const longest = (id: string): number => {
    if (memo.has(id)) return memo.get(id)!;
    if (onStack.has(id)) {
      hasCycle = true;
      return 0;
    }
    onStack.add(id);
    const node = byId.get(id);
    const nexts = (node?.choices ?? []).map((c) => c.next).filter((next) => byId.has(next));
    const value = nexts.length ? 1 + Math.max(...nexts.map(longest)) : 0;
    onStack.delete(id);
    memo.set(id, value);
    return value;
  };
  const longestPath = byId.has(scenario.start) ? longest(scenario.start) : 0;
  return { nodes: scenario.nodes.length, endings: scenario.nodes.filter((n) => n.ending).length, longestPath, hasCycle };
}
