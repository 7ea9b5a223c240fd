import type { Scenario } from '../schemas/scenario';

/** What two runs need for a comparison: their choices, ending and final meters. */
export interface ComparableRun {
  choices: readonly string[];
  outcomeNodeId: string;
  meters: Record<string, number>;
}

/** Where two runs part: the step, the decision and each run's choice there. */
export interface RunSplit {
  /** The step (from 0) of the first different choice. */
  index: number;
  nodeId: string;
  /** The choice of each run at that step; undefined when that run had already ended. */
  first: string | undefined;
  second: string | undefined;
}

/** The index of the first step where two lists of choices differ, or -1 when they are the same. */
export function firstDifference(a: readonly string[], b: readonly string[]): number {
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return i;
  return -1;
}

/**
 * Where two runs of one scenario split, or null when they made the same choices. Both runs are at
 * the same decision at that step (the same choices lead to the same place), so its node is the node
 * of either run's choice there.
 */
export function splitOf(scenario: Scenario, first: ComparableRun, second: ComparableRun): RunSplit | null {
  const index = firstDifference(first.choices, second.choices);
  if (index === -1) return null;
  const a = first.choices[index];
  const b = second.choices[index];
  const nodeOf = (choiceId: string | undefined) => scenario.nodes.find((n) => n.choices?.some((c) => c.id === choiceId))?.id;
  return { index, nodeId: nodeOf(a) ?? nodeOf(b) ?? scenario.start, first: a, second: b };
}

/** Final meters side by side, in the scenario's meter order, with the difference (second − first). */
export function meterComparison(scenario: Scenario, first: ComparableRun, second: ComparableRun) {
  return scenario.meters.map((m) => {
    const a = first.meters[m.id] ?? m.start;
    const b = second.meters[m.id] ?? m.start;
    return { meterId: m.id, label: m.label, max: m.max, first: a, second: b, difference: b - a };
  });
}
