import type { Scenario } from '../schemas/scenario';

/** What a run marks on the map: its lines, its boxes, and the step numbers per box. */
export interface RunMarks {
  edges: string[];
  nodes: string[];
  /** Step numbers (from 1) per decision box; a box visited twice has two. */
  steps: Record<string, number[]>;
}

/**
 * The map's marks for a run, from its choices and ending. A choice into a route continues on the
 * route's line to wherever the run went next: the next decision, or the ending.
 */
export function runMarks(scenario: Scenario, choices: readonly string[], endingId: string | null): RunMarks {
  const choiceInfo = new Map(scenario.nodes.flatMap((n) => (n.choices ?? []).map((c) => [c.id, { node: n.id, next: c.next }] as const)));
  const routes = new Set(scenario.routes.map((r) => r.id));
  const edges: string[] = [];
  const nodes = new Set<string>([scenario.start]);
  const steps: Record<string, number[]> = {};
  choices.forEach((id, i) => {
    const info = choiceInfo.get(id);
    if (!info) return;
    edges.push(id);
    nodes.add(info.node);
    (steps[info.node] ??= []).push(i + 1);
    const after = i + 1 < choices.length ? choiceInfo.get(choices[i + 1]!)?.node : (endingId ?? undefined);
    if (routes.has(info.next)) {
      nodes.add(info.next);
      if (after) edges.push(`${info.next}>${after}`);
    }
    if (after) nodes.add(after);
  });
  return { edges, nodes: [...nodes], steps };
}

/** The decision where a run left a route (e.g. the best one): the box of its first different choice. */
export function splitNode(scenario: Scenario, choices: readonly string[], route: readonly string[]): string | null {
  const i = choices.findIndex((id, k) => route[k] !== id);
  if (i === -1) return null;
  return scenario.nodes.find((n) => n.choices?.some((c) => c.id === choices[i]))?.id ?? null;
}
