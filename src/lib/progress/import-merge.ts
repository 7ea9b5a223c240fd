import { canonicalJson, laterReview, mergeStates, newer } from './merge-states';
import { own, time, type ProgressState, type Reflection, type ReviewCard } from './progress-schema';

/** What an import would change, for the learner to confirm. */
export interface ImportPreview {
  /** When the file was made. */
  exportedAt: string;
  /** Reflections: new here, newer in the file, the same, or older in the file (those are ignored). */
  reflections: {
    added: ReflectionSummary[];
    updated: ReflectionSummary[];
    unchanged: ReflectionSummary[];
    ignored: ReflectionSummary[];
  };
  /** Scenario runs, counted the same way. */
  scenarioRuns: ChangeCounts;
  /** Knowledge-check answers, counted the same way. */
  checkAnswers: ChangeCounts;
  /** Sections read: how many are new. */
  sectionsRead: { added: number; unchanged: number };
  /** Worksheets, counted as scenario runs. */
  worksheets: ChangeCounts;
  /** Finished scenario runs: how many are new (the history keeps the newest `LIMITS.finishedRuns` per scenario). */
  finishedRuns: { added: number; unchanged: number };
  /** Review cards, counted as scenario runs; a card wins when it was reviewed later, and a card never reviewed never replaces one that was. */
  reviewCards: ChangeCounts;
}

/** How many entries an import adds, updates, leaves alone or ignores as older. */
export interface ChangeCounts {
  added: number;
  updated: number;
  unchanged: number;
  ignored: number;
}

/** A reflection in an import preview. */
export interface ReflectionSummary {
  id: string;
  moduleId: string;
  prompt: string;
  /** When it was last changed, in the file. */
  updated: string;
}

type Verdict = 'added' | 'updated' | 'unchanged' | 'ignored';

function verdict<T>(current: T | undefined, incoming: T, at: (entry: T) => string, same: (p: T, q: T) => boolean): Verdict {
  if (current === undefined) return 'added';
  if (same(current, incoming)) return 'unchanged';
  return newer(current, incoming, at) === incoming ? 'updated' : 'ignored';
}

const counts = (verdicts: Verdict[]): ChangeCounts => ({
  added: verdicts.filter((v) => v === 'added').length,
  updated: verdicts.filter((v) => v === 'updated').length,
  unchanged: verdicts.filter((v) => v === 'unchanged').length,
  ignored: verdicts.filter((v) => v === 'ignored').length,
});

/** What importing `imported` into `current` would do, entry by entry; the same rule as `applyImport`. */
export function previewImport(current: ProgressState, imported: ProgressState, exportedAt: string): ImportPreview {
  const reflections: ImportPreview['reflections'] = { added: [], updated: [], unchanged: [], ignored: [] };
  for (const reflection of Object.values(imported.reflections)) {
    const summary: ReflectionSummary = {
      id: reflection.id,
      moduleId: reflection.moduleId,
      prompt: reflection.prompt,
      updated: reflection.updated,
    };
    const sameText = (p: Reflection, q: Reflection) => p.text === q.text && p.prompt === q.prompt && p.moduleId === q.moduleId;
    reflections[verdict(own(current.reflections, reflection.id), reflection, (r) => r.updated, sameText)].push(summary);
  }
  const runs = Object.entries(imported.scenarios).map(([id, run]) =>
    verdict(
      own(current.scenarios, id),
      run,
      (r) => r.updatedAt,
      (p, q) => canonicalJson({ ...p, startedAt: '', updatedAt: '' }) === canonicalJson({ ...q, startedAt: '', updatedAt: '' }),
    ),
  );
  const answers = Object.entries(imported.checks).flatMap(([moduleId, byQuestion]) =>
    Object.entries(byQuestion).map(([questionId, answer]) =>
      verdict(
        own(own(current.checks, moduleId) ?? {}, questionId),
        answer,
        (a) => a.answeredAt,
        (p, q) => p.optionId === q.optionId && p.correct === q.correct,
      ),
    ),
  );
  let sectionsAdded = 0;
  let sectionsUnchanged = 0;
  for (const [moduleId, read] of Object.entries(imported.sections)) {
    const known = own(current.sections, moduleId) ?? {};
    for (const slug of Object.keys(read)) {
      if (own(known, slug) !== undefined) sectionsUnchanged++;
      else sectionsAdded++;
    }
  }
  const worksheets = Object.values(imported.worksheets).map((worksheet) =>
    verdict(
      own(current.worksheets, worksheet.id),
      worksheet,
      (w) => w.updated,
      (p, q) => canonicalJson({ ...p, created: '', updated: '' }) === canonicalJson({ ...q, created: '', updated: '' }),
    ),
  );
  const knownRuns = new Set(
    Object.entries(current.scenarioHistory).flatMap(([id, list]) => list.map((r) => `${id}|${r.startedAt}|${r.finishedAt}`)),
  );
  const incomingRuns = Object.entries(imported.scenarioHistory).flatMap(([id, list]) =>
    list.map((r) => `${id}|${r.startedAt}|${r.finishedAt}`),
  );
  const runsUnchanged = incomingRuns.filter((key) => knownRuns.has(key)).length;
  const cards = Object.values(imported.review).map((card): Verdict => {
    const known = own(current.review, card.itemId);
    if (known === undefined) return 'added';
    if (canonicalJson(known) === canonicalJson(card)) return 'unchanged';
    return !keepsOwnReviews(known, card) && laterReview(known, card) === card ? 'updated' : 'ignored';
  });
  return {
    exportedAt,
    reflections,
    scenarioRuns: counts(runs),
    checkAnswers: counts(answers),
    sectionsRead: { added: sectionsAdded, unchanged: sectionsUnchanged },
    worksheets: counts(worksheets),
    finishedRuns: { added: incomingRuns.length - runsUnchanged, unchanged: runsUnchanged },
    reviewCards: counts(cards),
  };
}

/**
 * True when the learner reviewed `known` here and the file's card was never
 * reviewed: another device added the item again later. Its fresh card must
 * not wipe the reviews made here, however late it was added.
 */
function keepsOwnReviews(known: ReviewCard, incoming: ReviewCard): boolean {
  return known.lastReview !== null && incoming.lastReview === null;
}

/**
 * Merges imported data into the current data by id; the newer entry wins
 * (see `mergeStates`). An import only adds and updates: it deletes nothing,
 * and a reflection or worksheet deleted here comes back if the file has it
 * (the learner chose to import it). Pure.
 */
export function applyImport(current: ProgressState, imported: ProgressState): ProgressState {
  // Dated just after a deletion here, so that tabs which still hold the deletion keep what the learner imported.
  const redate = <T extends { updated: string }>(entries: Readonly<Record<string, T>>, deleted: Readonly<Record<string, string>>) =>
    Object.fromEntries(
      Object.entries(entries).map(([id, entry]): [string, T] => {
        const deletedAt = own(deleted, id);
        const updated =
          deletedAt !== undefined && time(entry.updated) < time(deletedAt) ? new Date(time(deletedAt) + 1).toISOString() : entry.updated;
        return [id, { ...entry, updated }];
      }),
    );
  const review = Object.fromEntries(
    Object.entries(imported.review).filter(([id, card]) => {
      const known = own(current.review, id);
      return known === undefined || !keepsOwnReviews(known, card);
    }),
  );
  // Same clearedAt as `current`: imported entries count as part of the current data, however old they are.
  return mergeStates(current, {
    ...imported,
    reflections: redate(imported.reflections, current.deletedReflections),
    deletedReflections: {},
    worksheets: redate(imported.worksheets, current.deletedWorksheets),
    deletedWorksheets: {},
    review,
    lastExportAt: null,
    clearedAt: current.clearedAt,
  });
}
