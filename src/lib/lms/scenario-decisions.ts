import { own } from '../progress/state';
import type { ProgressState } from '../progress/progress-schema';

/** One choice the learner made in a scenario, at a decision node. */
export interface Decision {
  scenarioId: string;
  /** The decision node the choice was made at. */
  nodeId: string;
  choiceId: string;
  /** When the run was saved with this choice. */
  at: string;
}

/** What was last seen of each scenario's run: which run, how many choices, at which node. */
export type SeenRuns = Readonly<Record<string, { startedAt: string; length: number; nodeId: string }>>;

/** What is seen of `state` now, as the baseline: choices made before it are not reported. */
export function seenRuns(state: ProgressState, scenarioIds: readonly string[]): SeenRuns {
  const seen: Record<string, SeenRuns[string]> = {};
  for (const id of scenarioIds) {
    const run = own(state.scenarios, id);
    if (run) seen[id] = { startedAt: run.startedAt, length: run.choices.length, nodeId: run.currentNodeId };
  }
  return seen;
}

/**
 * The choices made since `seen`, found by diffing each run's choice list. The
 * node of a choice is where the run was saved last before it (the scenario
 * player saves after every move), or the scenario's start node for the first
 * choice of a new run. Choices whose node cannot be known (several arriving at
 * once from another tab) are left out rather than guessed. Pure.
 */
export function newDecisions(
  seen: SeenRuns,
  state: ProgressState,
  scenarioStarts: Readonly<Record<string, string>>,
): { seen: SeenRuns; decisions: Decision[] } {
  const decisions: Decision[] = [];
  const next: Record<string, SeenRuns[string]> = { ...seen };
  for (const [scenarioId, start] of Object.entries(scenarioStarts)) {
    const run = own(state.scenarios, scenarioId);
    if (!run) {
      delete next[scenarioId];
      continue;
    }
    const before = own(seen, scenarioId);
    const sameRun = before !== undefined && before.startedAt === run.startedAt;
    const length = sameRun ? before.length : 0;
    const nodeId = sameRun ? before.nodeId : start;
    if (run.choices.length > length) decisions.push({ scenarioId, nodeId, choiceId: run.choices[length]!, at: run.updatedAt });
    next[scenarioId] = { startedAt: run.startedAt, length: run.choices.length, nodeId: run.currentNodeId };
  }
  return { seen: next, decisions };
}
