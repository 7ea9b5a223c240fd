import { PROGRESS_VERSION, time, type CheckAnswer, type ProgressState, type Reflection } from './progress-schema';

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
    reflections: filterRecord(state.reflections, (r) => after(r.updated)),
    deletedReflections: filterRecord(state.deletedReflections, after),
    lastPlace: state.lastPlace && after(state.lastPlace.at) ? state.lastPlace : null,
    lastExportAt: state.lastExportAt && after(state.lastExportAt) ? state.lastExportAt : null,
  };
}

/**
 * Merges two states entry by entry; the newest entry wins. Used for changes
 * from another tab and for imports, so neither loses a reflection edit.
 *
 * - Reflections: newest `updated` wins. A deletion (in `deletedReflections`)
 *   wins over a reflection that is not newer than the deletion.
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

  const reflections: Record<string, Reflection> = {};
  const deletedReflections: Record<string, string> = {};
  const ids = [
    ...new Set([
      ...Object.keys(x.reflections),
      ...Object.keys(y.reflections),
      ...Object.keys(x.deletedReflections),
      ...Object.keys(y.deletedReflections),
    ]),
  ].sort();
  for (const id of ids) {
    const own = <T>(record: Readonly<Record<string, T>>) => (Object.hasOwn(record, id) ? record[id] : undefined);
    const reflection = newer(own(x.reflections), own(y.reflections), (r) => r.updated);
    const deletedAt = latest(own(x.deletedReflections) ?? null, own(y.deletedReflections) ?? null);
    // On the same millisecond the text stays: losing words is worse than a reflection that comes back.
    if (reflection && (deletedAt === null || time(reflection.updated) >= time(deletedAt))) reflections[id] = reflection;
    else if (deletedAt !== null) deletedReflections[id] = deletedAt;
  }

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
    reflections,
    deletedReflections,
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
