import type { Scenario } from '../schemas/scenario';

/** The choice that closed the best ending in a run, for the debrief. */
export interface ClosingMistake {
  nodeId: string;
  choiceId: string;
  /** The choice as the learner saw it. */
  label: string;
  /** Why it closes the best ending, as the author wrote it. */
  reason: string;
}

/** The first core mistake among the choices of a run, or null when the run made none. */
export function firstCoreMistake(scenario: Scenario, choiceIds: readonly string[]): ClosingMistake | null {
  for (const id of choiceIds) {
    for (const node of scenario.nodes) {
      const choice = node.choices?.find((c) => c.id === id && c.coreMistake);
      if (choice) return { nodeId: node.id, choiceId: choice.id, label: choice.label, reason: choice.coreMistake! };
    }
  }
  return null;
}
