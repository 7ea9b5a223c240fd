import type { ProgressState, ScenarioRun } from '../progress/progress-schema';

/**
 * A finished run as store version 2 keeps it in `scenarioHistory` (see the store's contract).
 * Until that store lands, the one run the store keeps stands in for the history.
 */
export interface FinishedRun {
  choices: string[];
  outcomeNodeId: string;
  meters: Record<string, number>;
  startedAt: string;
  finishedAt: string;
}

const fromLatest = new WeakMap<ScenarioRun, readonly FinishedRun[]>();
const NONE: readonly FinishedRun[] = [];

/** Every finished run of a scenario, oldest first; the same array while nothing changed (for useProgress). */
export function finishedRuns(state: ProgressState, scenarioId: string): readonly FinishedRun[] {
  const run = Object.hasOwn(state.scenarios, scenarioId) ? state.scenarios[scenarioId] : undefined;
  if (!run?.outcomeNodeId) return NONE;
  let runs = fromLatest.get(run);
  if (!runs) {
    runs = [
      { choices: run.choices, outcomeNodeId: run.outcomeNodeId, meters: run.meters, startedAt: run.startedAt, finishedAt: run.updatedAt },
    ];
    fromLatest.set(run, runs);
  }
  return runs;
}
