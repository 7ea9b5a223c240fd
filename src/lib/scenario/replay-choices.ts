import { initialTransition, transition } from 'xstate';
import type { ScenarioMachine } from './create-scenario-machine';
import { positionOf, type ScenarioSnapshot } from './scenario-position';

/** The result of replaying a saved run. */
export interface ReplayResult {
  snapshot: ScenarioSnapshot;
  /** Choice ids that were applied, in order. */
  applied: string[];
  /** Saved choice ids that no longer fit the scenario (removed or changed by an author), skipped. */
  dropped: string[];
}

/**
 * Restores a run from its list of choice ids by replaying them through the pure
 * `transition()`. Each applied choice is followed by "continue", so the run ends
 * at the next decision or ending. A choice that does not exist at that point
 * (content was edited since it was saved) is dropped and reported, never thrown.
 */
export function replayChoices(machine: ScenarioMachine, choiceIds: readonly string[]): ReplayResult {
  let [snapshot] = initialTransition(machine);
  const applied: string[] = [];
  const dropped: string[] = [];
  for (const choiceId of choiceIds) {
    if (positionOf(snapshot).phase !== 'deciding' || !snapshot.can({ type: 'choice.select', choiceId })) {
      dropped.push(choiceId);
      continue;
    }
    [snapshot] = transition(machine, snapshot, { type: 'choice.select', choiceId });
    [snapshot] = transition(machine, snapshot, { type: 'scenario.continue' });
    applied.push(choiceId);
  }
  return { snapshot, applied, dropped };
}
