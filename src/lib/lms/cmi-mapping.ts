import type { LearnerResult } from './learner-result';

/** The data model element names that differ between SCORM 1.2 and 2004. */
export interface CmiNames {
  location: string;
  suspendData: string;
  sessionTime: string;
  exit: string;
}

export const SCORM12_NAMES: CmiNames = {
  location: 'cmi.core.lesson_location',
  suspendData: 'cmi.suspend_data',
  sessionTime: 'cmi.core.session_time',
  exit: 'cmi.core.exit',
};

export const SCORM2004_NAMES: CmiNames = {
  location: 'cmi.location',
  suspendData: 'cmi.suspend_data',
  sessionTime: 'cmi.session_time',
  exit: 'cmi.exit',
};

/** What the LMS already held at the start of the session, so a result is never reported lower than before. */
export interface PreviousStatus {
  /** SCORM 1.2 `cmi.core.lesson_status`, or SCORM 2004 `cmi.completion_status`. */
  status: string;
  /** SCORM 2004 `cmi.success_status` ("" in 1.2). */
  success: string;
}

/**
 * SCORM 1.2 lesson_status: `incomplete` until every module is afgerond; then
 * `passed` or `failed` by the knowledge check against the mastery score, or
 * `completed` when the package has no questions. Reflections are part of
 * "afgerond" but never reach the LMS, so a learner on another computer may
 * not be afgerond there: a status the LMS already had is never lowered.
 */
export function scorm12Status(result: LearnerResult, previous: string): string {
  const now = !result.completed ? 'incomplete' : result.check === null ? 'completed' : result.success === 'passed' ? 'passed' : 'failed';
  if (previous === 'passed') return 'passed';
  if (now === 'incomplete' && (previous === 'completed' || previous === 'failed')) return previous;
  return now;
}

/** The SCORM 1.2 result values: status and, once final, the score as a percentage (LMSs compare mastery_score with raw on 0..100). */
export function scorm12ResultValues(result: LearnerResult, previous: PreviousStatus): Record<string, string> {
  const values: Record<string, string> = { 'cmi.core.lesson_status': scorm12Status(result, previous.status) };
  if (result.scaled !== null) {
    values['cmi.core.score.raw'] = String(Math.round(result.scaled * 100));
    values['cmi.core.score.min'] = '0';
    values['cmi.core.score.max'] = '100';
  }
  return values;
}

/** The SCORM 2004 result values: completion and success apart, the score scaled (-1..1) and raw of max. */
export function scorm2004ResultValues(result: LearnerResult, previous: PreviousStatus): Record<string, string> {
  const completion = result.completed || previous.status === 'completed' ? 'completed' : 'incomplete';
  const success =
    previous.success === 'passed' || result.success === 'passed'
      ? 'passed'
      : result.success === 'failed'
        ? 'failed'
        : previous.success === 'failed'
          ? 'failed'
          : 'unknown';
  const values: Record<string, string> = { 'cmi.completion_status': completion, 'cmi.success_status': success };
  if (result.scaled !== null && result.check) {
    values['cmi.score.scaled'] = String(Math.round(result.scaled * 10_000) / 10_000);
    values['cmi.score.raw'] = String(result.check.correct);
    values['cmi.score.min'] = '0';
    values['cmi.score.max'] = String(result.check.total);
  }
  return values;
}

/**
 * The mastery score to use: the LMS's own when it sets one (SCORM 1.2
 * `cmi.student_data.mastery_score` 0..100, SCORM 2004 `cmi.scaled_passing_score`
 * 0..1, cmi5 `masteryScore` 0..1), else the package setting.
 */
export function effectiveMastery(fromLms: string | number | null | undefined, scale: 1 | 100, fallback: number): number {
  if (fromLms === null || fromLms === undefined || fromLms === '') return fallback;
  const value = Number(fromLms) / scale;
  return Number.isFinite(value) && value >= 0 && value <= 1 ? value : fallback;
}
