// Plain helpers on the state, kept apart from the schema so islands can use
// them without loading zod (the store, with its validation, loads when idle).
import type { ProgressState, ReviewCard } from './progress-schema';

/** The version of the learner data this code reads and writes. Raise it only together with a step in `migrations.ts`. */
export const PROGRESS_VERSION = 2;

/** A new, empty state: nothing read, answered, played, written or scheduled for review. */
export function emptyProgressState(): ProgressState {
  return {
    version: PROGRESS_VERSION,
    sections: {},
    checks: {},
    scenarios: {},
    scenarioHistory: {},
    reflections: {},
    deletedReflections: {},
    worksheets: {},
    deletedWorksheets: {},
    review: {},
    lastPlace: null,
    lastExportAt: null,
    clearedAt: null,
  };
}

/** The slugs of the sections of a module that the learner has read, sorted. */
export function readSections(state: Pick<ProgressState, 'sections'>, moduleId: string): string[] {
  return Object.keys(own(state.sections, moduleId) ?? {}).sort();
}

/** The own property `key` of a record, or undefined; never an inherited one such as `constructor`. */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Milliseconds since 1970 of a stored timestamp; stored timestamps are validated, so this is a number. */
export function time(timestamp: string): number {
  return Date.parse(timestamp);
}

/** The moment a review card last changed: its last review, or when it joined the queue (never `due`, which lies ahead). */
export function reviewedAt(card: Pick<ReviewCard, 'lastReview' | 'addedAt'>): string {
  return card.lastReview ?? card.addedAt;
}
