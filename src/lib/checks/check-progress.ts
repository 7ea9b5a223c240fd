import type { ProgressState } from '../progress/progress-schema';

/** One answer as the learner gave it. */
export interface CheckAnswer {
  questionId: string;
  optionId: string;
  correct: boolean;
}

/** What the saving logic needs of one server-rendered knowledge check; the DOM gives it, tests fake it. */
export interface CheckFormView {
  /** The module folder name the answers are stored under. */
  moduleId: string;
  /** Whether the learner answered this question on this page already. */
  answered(questionId: string): boolean;
  /** Shows a saved answer as chosen, with its explanation. */
  restore(questionId: string, optionId: string): void;
  /** Calls `listener` for every answer the learner gives. */
  onAnswer(listener: (answer: CheckAnswer) => void): void;
}

/** What the check needs of the progress client. */
export interface CheckProgress {
  saveCheckAnswer(moduleId: string, questionId: string, optionId: string, correct: boolean): Promise<unknown>;
  read(): Promise<{ state: ProgressState }>;
}

/**
 * Saves every answer through the progress client and puts saved answers back
 * once the store has loaded. An answer given before that is saved too (the
 * client queues it) and is not replaced by an older saved one.
 */
export function bindCheckProgress(view: CheckFormView, client: CheckProgress): Promise<void> {
  view.onAnswer((answer) => void client.saveCheckAnswer(view.moduleId, answer.questionId, answer.optionId, answer.correct));
  return client.read().then(
    ({ state }) => {
      const saved = Object.hasOwn(state.checks, view.moduleId) ? state.checks[view.moduleId]! : {};
      for (const [questionId, answer] of Object.entries(saved)) if (!view.answered(questionId)) view.restore(questionId, answer.optionId);
    },
    // Without the store the check still works; there is just nothing to put back.
    () => undefined,
  );
}

/** The score line, e.g. "U hebt 2 van de 4 vragen beantwoord, 1 goed." or "Klaar: u hebt 3 van de 4 vragen goed." */
export function scoreText(answered: number, right: number, total: number): string {
  return answered === total
    ? `Klaar: u hebt ${right} van de ${total} vragen goed.`
    : `U hebt ${answered} van de ${total} vragen beantwoord, ${right} goed.`;
}
