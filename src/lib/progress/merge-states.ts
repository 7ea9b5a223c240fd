import {
  LIMITS,
  PROGRESS_VERSION,
  reviewedAt,
  time,
  type CheckAnswer,
  type FinishedRun,
  type ProgressState,
  type ReviewCard,
} from './progress-schema';

type Timed<T> = (entry: T) => string;

/**
 * The newer of two entries by the timestamp `at` gives; either may be missing.
 * A tie (same millisecond, different content) is decided by the content, so
 * every tab decides it the same way, whatever the order of the arguments.
 */
export function newer<T>(x: T | undefined, y: T | undefined, at: Timed<T>): T | undefined {
  if (x === undefined) return y;
  if (y === undefined) return x;
  const dx = time(at(x));
  const dy = time(at(y));
  if (dx !== dy) return dx > dy ? x : y;
  return canonicalJson(x) >= canonicalJson(y) ? x : y;
}

function latest(x: string | null, y: string | null): string | null {
  if (x === null) return y;
  if (y === null) return x;
  return time(x) >= time(y) ? x : y;
}

/** Applies `pick` to every key of both records; keys come out sorted so equal states serialise equally. */
function mergeRecords<T>(
  x: Readonly<Record<string, T>>,
  y: Readonly<Record<string, T>>,
  pick: (a: T | undefined, b: T | undefined) => T | undefined,
): Record<string, T> {
  const keys = [...new Set([...Object.keys(x), ...Object.keys(y)])].sort();
  const entries: [string, T][] = [];
  for (const key of keys) {
    const value = pick(Object.hasOwn(x, key) ? x[key] : undefined, Object.hasOwn(y, key) ? y[key] : undefined);
    if (value !== undefined) entries.push([key, value]);
  }
  return Object.fromEntries(entries);
}

function filterRecord<T>(record: Readonly<Record<string, T>>, keep: (value: T) => boolean): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => keep(value)));
}

const runKey = (run: FinishedRun) => `${run.startedAt}|${run.finishedAt}`;

/**
 * Finished runs without doubles (one per start and finish; on a clash the
 * same one in every tab), oldest first, at most `LIMITS.finishedRuns`: the
 * oldest go first.
 */
export function finishedRunsInOrder(runs: readonly FinishedRun[]): FinishedRun[] {
  const byKey = new Map<string, FinishedRun>();
  for (const run of runs) {
    const key = runKey(run);
    const known = byKey.get(key);
    byKey.set(key, known === undefined || canonicalJson(run) > canonicalJson(known) ? run : known);
  }
  return [...byKey.values()]
    .sort((p, q) => time(p.finishedAt) - time(q.finishedAt) || time(p.startedAt) - time(q.startedAt))
    .slice(-LIMITS.finishedRuns);
}

/**
 * The review card that counts: the one reviewed later, then the one reviewed
 * more often. A card never reviewed counts from when it was added: the same
 * moment that decides whether it survives "alles wissen", so that merging
 * three tabs gives the same result in any order.
 */
export function laterReview(x: ReviewCard | undefined, y: ReviewCard | undefined): ReviewCard | undefined {
  if (x === undefined) return y;
  if (y === undefined) return x;
  const rx = time(reviewedAt(x));
  const ry = time(reviewedAt(y));
  if (rx !== ry) return rx > ry ? x : y;
  if (x.reps !== y.reps) return x.reps > y.reps ? x : y;
  return canonicalJson(x) >= canonicalJson(y) ? x : y;
}

/**
 * Entries with deletions (reflections, worksheets): newest `updated` wins, and
 * a deletion wins over an entry that is not newer than the deletion.
 */
function mergeDeletable<T extends { updated: string }>(
  entriesX: Readonly<Record<string, T>>,
  entriesY: Readonly<Record<string, T>>,
  deletedX: Readonly<Record<string, string>>,
  deletedY: Readonly<Record<string, string>>,
): { entries: Record<string, T>; deleted: Record<string, string> } {
  const entries: Record<string, T> = {};
  const deleted: Record<string, string> = {};
  const ids = [...new Set([...Object.keys(entriesX), ...Object.keys(entriesY), ...Object.keys(deletedX), ...Object.keys(deletedY)])].sort();
  for (const id of ids) {
    const own = <V>(record: Readonly<Record<string, V>>) => (Object.hasOwn(record, id) ? record[id] : undefined);
    const entry = newer(own(entriesX), own(entriesY), (e) => e.updated);
    const deletedAt = latest(own(deletedX) ?? null, own(deletedY) ?? null);
    // On the same millisecond the text stays: losing words is worse than an entry that comes back.
    if (entry && (deletedAt === null || time(entry.updated) >= time(deletedAt))) entries[id] = entry;
    else if (deletedAt !== null) deleted[id] = deletedAt;
  }
  return { entries, deleted };
}

/** What `state` holds from after `cut` (ms): the part of an older tab's state that survives a newer "alles wissen". */
function keepAfter(state: ProgressState, cut: number): ProgressState {
  const after = (timestamp: string) => time(timestamp) > cut;
  const nested = <T>(record: Readonly<Record<string, Readonly<Record<string, T>>>>, keep: (value: T) => boolean) =>
    Object.fromEntries(
      Object.entries(record)
        .map(([key, inner]) => [key, filterRecord(inner, keep)] as const)
        .filter(([, inner]) => Object.keys(inner).length > 0),
    );
  return {
    ...state,
    sections: nested(state.sections, after),
    checks: nested(state.checks, (a) => after(a.answeredAt)),
    scenarios: filterRecord(state.scenarios, (r) => after(r.updatedAt)),
    scenarioHistory: filterRecord(
      Object.fromEntries(Object.entries(state.scenarioHistory).map(([id, runs]) => [id, runs.filter((r) => after(r.finishedAt))])),
      (runs) => runs.length > 0,
    ),
    reflections: filterRecord(state.reflections, (r) => after(r.updated)),
    deletedReflections: filterRecord(state.deletedReflections, after),
    worksheets: filterRecord(state.worksheets, (w) => after(w.updated)),
    deletedWorksheets: filterRecord(state.deletedWorksheets, after),
    review: filterRecord(state.review, (c) => after(reviewedAt(c))),
    lastPlace: state.lastPlace && after(state.lastPlace.at) ? state.lastPlace : null,
    lastExportAt: state.lastExportAt && after(state.lastExportAt) ? state.lastExportAt : null,
  };
}

/**
 * Merges two states entry by entry; the newest entry wins. Used for changes
 * from another tab and for imports, so neither loses a reflection edit.
 *
 * - Reflections and worksheets: newest `updated` wins. A deletion (in
 *   `deletedReflections`, `deletedWorksheets`) wins over an entry that is not
 *   newer than the deletion.
 * - Finished runs: the union, one per start and finish, oldest first, capped
 *   at `LIMITS.finishedRuns` (the oldest go).
 * - Review cards: the later `lastReview` wins (for a card never reviewed:
 *   `addedAt`), then the one with more reps.
 * - Check answers (per question), scenario runs, last place: newest wins.
 * - Sections read: the union of the slugs; a slug read in both keeps its latest date.
 * - "Alles wissen" (`clearedAt`): the state with the later `clearedAt` counts
 *   in full; of the other state only what changed after that moment is kept.
 *
 * Pure, and the order of the arguments does not matter:
 * `mergeStates(a, b)` equals `mergeStates(b, a)`, and `mergeStates(a, a)` is `a` (normalised).
 */
export function mergeStates(a: ProgressState, b: ProgressState): ProgressState {
  const clearA = a.clearedAt === null ? -Infinity : time(a.clearedAt);
  const clearB = b.clearedAt === null ? -Infinity : time(b.clearedAt);
  const [x, y] = clearA === clearB ? [a, b] : clearA > clearB ? [a, keepAfter(b, clearA)] : [b, keepAfter(a, clearB)];

  const reflections = mergeDeletable(x.reflections, y.reflections, x.deletedReflections, y.deletedReflections);
  const worksheets = mergeDeletable(x.worksheets, y.worksheets, x.deletedWorksheets, y.deletedWorksheets);

  return {
    version: PROGRESS_VERSION,
    sections: mergeRecords(x.sections, y.sections, (p, q) => {
      const slugs = mergeRecords<string>(p ?? {}, q ?? {}, (m, n) => latest(m ?? null, n ?? null) ?? undefined);
      return Object.keys(slugs).length > 0 ? slugs : undefined;
    }),
    checks: mergeRecords(x.checks, y.checks, (p, q) => {
      const answers = mergeRecords<CheckAnswer>(p ?? {}, q ?? {}, (m, n) => newer(m, n, (answer) => answer.answeredAt));
      return Object.keys(answers).length > 0 ? answers : undefined;
    }),
    scenarios: mergeRecords(x.scenarios, y.scenarios, (p, q) => newer(p, q, (run) => run.updatedAt)),
    scenarioHistory: mergeRecords(x.scenarioHistory, y.scenarioHistory, (p, q) => {
      const runs = finishedRunsInOrder([...(p ?? []), ...(q ?? [])]);
      return runs.length > 0 ? runs : undefined;
    }),
    reflections: reflections.entries,
    deletedReflections: reflections.deleted,
    worksheets: worksheets.entries,
    deletedWorksheets: worksheets.deleted,
    review: mergeRecords(x.review, y.review, laterReview),
    lastPlace: newer(x.lastPlace ?? undefined, y.lastPlace ?? undefined, (place) => place.at) ?? null,
    lastExportAt: latest(x.lastExportAt, y.lastExportAt),
    clearedAt: x.clearedAt,
  };
}

/** The same state in its normal form: sorted keys, no empty module entries, no deletion next to a newer reflection. */
export function normalizeState(state: ProgressState): ProgressState {
  return mergeStates(state, state);
}

/** JSON with the keys of every object sorted, so equal data gives equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([p], [q]) => (p < q ? -1 : p > q ? 1 : 0)))
      : v,
  );
}

/** Whether two states hold the same data. */
export function sameState(a: ProgressState, b: ProgressState): boolean {
  return a === b || canonicalJson(normalizeState(a)) === canonicalJson(normalizeState(b));
}
