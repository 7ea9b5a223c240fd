import { moduleStatus, type ModuleParts } from '../progress/module-status';
import type { ProgressState } from '../progress/progress-schema';

/** What the LMS learns about the package's modules, computed with the site's own rules. */
export interface LearnerResult {
  /** True when every module of the package is "afgerond" (the site's one rule for done). */
  completed: boolean;
  /** True when anything at all is recorded for one of the modules. */
  started: boolean;
  /** The knowledge checks of all modules together; null when the package has no questions. */
  check: { answered: number; correct: number; total: number } | null;
  /** `correct / total`, 0..1, once every question is answered; otherwise null (the score is not final yet). */
  scaled: number | null;
  /** Passed or failed against the mastery score once every question is answered; `unknown` before. */
  success: 'passed' | 'failed' | 'unknown';
}

/**
 * The result of `modules` in `state`: completion by `moduleStatus`, the score
 * by the knowledge checks' own right/wrong, success against `masteryScore`.
 * A module id without an outline counts as not done, so a broken package never
 * reports a completion. Pure.
 */
export function learnerResult(
  state: ProgressState,
  modules: readonly ModuleParts[],
  moduleIds: readonly string[],
  masteryScore: number,
): LearnerResult {
  const byId = new Map(modules.map((m) => [m.id, m]));
  const statuses = moduleIds.map((id) => {
    const parts = byId.get(id);
    return parts ? moduleStatus(state, parts) : null;
  });
  const known = statuses.filter((s) => s !== null);
  const total = known.reduce((sum, s) => sum + s.check.total, 0);
  const answered = known.reduce((sum, s) => sum + s.check.answered, 0);
  const correct = known.reduce((sum, s) => sum + s.check.correct, 0);
  const final = total > 0 && answered === total;
  const scaled = final ? correct / total : null;
  return {
    completed: statuses.length > 0 && statuses.every((s) => s?.status === 'afgerond'),
    started: known.some((s) => s.status !== 'niet-begonnen'),
    check: total > 0 ? { answered, correct, total } : null,
    scaled,
    // A tiny margin, so 7 of 10 passes at 0.7 despite floating point.
    success: scaled === null ? 'unknown' : scaled + 1e-9 >= masteryScore ? 'passed' : 'failed',
  };
}
