import type { FinishedRun, ProgressState } from '../progress/progress-schema';

export type { FinishedRun };

const NONE: readonly FinishedRun[] = [];

/** Every finished run of a scenario, oldest first; the store's own array, so useProgress re-renders only on a change. */
export function finishedRuns(state: ProgressState, scenarioId: string): readonly FinishedRun[] {
  return Object.hasOwn(state.scenarioHistory, scenarioId) ? state.scenarioHistory[scenarioId]! : NONE;
}
