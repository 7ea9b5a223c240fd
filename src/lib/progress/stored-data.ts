import type * as z from 'zod/mini';
import { describeDroppedPart } from '../text/data-problems';
import { isDataObject, migrate, type MigrationContext } from './migrations';
import { normalizeState } from './merge-states';
import {
  CheckAnswerSchema,
  FinishedRunSchema,
  LastPlaceSchema,
  PROGRESS_VERSION,
  ProgressStateSchema,
  ReflectionSchema,
  ReviewCardSchema,
  ScenarioRunSchema,
  TimestampSchema,
  WorksheetEntrySchema,
  isValidId,
  type ProgressState,
} from './progress-schema';

/** The parts of the data, as named in the stored JSON. */
export type DataArea =
  | 'sections'
  | 'checks'
  | 'scenarios'
  | 'scenarioHistory'
  | 'reflections'
  | 'deletedReflections'
  | 'worksheets'
  | 'deletedWorksheets'
  | 'review'
  | 'lastPlace'
  | 'lastExportAt'
  | 'clearedAt';

/** One entry (or field) of the data that did not validate. */
export interface DataProblem {
  /** Where it is. */
  area: DataArea;
  /** 1-based position of the entry in its collection; 0 for a whole collection or a single field such as `lastPlace`. */
  position: number;
  /** For a knowledge-check answer, a section read or a finished run: its 1-based position within its module or scenario; otherwise null. */
  itemPosition: number | null;
  /** The entry's key in the data, or null for a whole collection or single field. */
  key: string | null;
  /**
   * What is wrong: the value is not an object (`not-an-object`), the key is no
   * valid id (`bad-key`), the id of a reflection or worksheet (or the item id
   * of a review card) differs from its key (`id-mismatch`), or `field` is missing, too long or invalid.
   */
  problem: 'not-an-object' | 'bad-key' | 'id-mismatch' | 'missing' | 'too-long' | 'invalid';
  /** The first field that is wrong, or null. */
  field: string | null;
}

type Fail = (problem: DataProblem['problem'], field: string | null) => void;

/** Validates one entry; on failure reports the first wrong field and returns undefined. */
function entry<S extends z.ZodMiniType>(schema: S, value: unknown, report: Fail, isObject = true): z.output<S> | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  if (!isObject || !isDataObject(value)) {
    report(isObject ? 'not-an-object' : 'invalid', null);
    return undefined;
  }
  const issue = result.error.issues[0];
  const first = issue?.path[0];
  const field = typeof first === 'string' ? first : null;
  if (
    field !== null &&
    (!Object.hasOwn(value, field) || value[field] === undefined || value[field] === null) &&
    issue?.code === 'invalid_type'
  )
    report('missing', field);
  else report(issue?.code === 'too_big' ? 'too-long' : 'invalid', field);
  return undefined;
}

/**
 * Walks data of the current version entry by entry. Every entry that
 * validates is kept; every one that does not is passed to `report` and left
 * out. A missing collection counts as empty. Returns null when `value` is not
 * data of the current version at all. Never throws; keys such as `__proto__` are reported,
 * never assigned.
 */
export function walkProgressData(value: unknown, report: (problem: DataProblem) => void): ProgressState | null {
  if (!isDataObject(value) || value['version'] !== PROGRESS_VERSION) return null;
  const fail =
    (area: DataArea, position: number, key: string | null, itemPosition: number | null = null): Fail =>
    (problem, field) =>
      report({ area, position, key, itemPosition, problem, field });

  const entriesOf = (area: DataArea): [string, unknown][] => {
    const collection = Object.hasOwn(value, area) ? value[area] : undefined;
    if (collection === undefined) return [];
    if (!isDataObject(collection)) {
      fail(area, 0, null)('not-an-object', null);
      return [];
    }
    return Object.entries(collection);
  };
  const each = (area: DataArea, read: (key: string, raw: unknown, position: number) => void) =>
    entriesOf(area).forEach(([key, raw], i) => {
      if (isValidId(key)) read(key, raw, i + 1);
      else fail(area, i + 1, key)('bad-key', null);
    });

  // Sections and checks are records of records (module → slug or question): each inner entry counts on its own.
  const nested = <S extends z.ZodMiniType>(area: 'sections' | 'checks', schema: S, isObject: boolean) => {
    const result: Record<string, Record<string, z.output<S>>> = {};
    each(area, (moduleId, inner, position) => {
      if (!isDataObject(inner)) return fail(area, position, moduleId)('not-an-object', null);
      const kept: [string, z.output<S>][] = [];
      Object.entries(inner).forEach(([key, raw], i) => {
        const report = fail(area, position, key, i + 1);
        if (!isValidId(key)) return report('bad-key', null);
        const parsed = entry(schema, raw, report, isObject);
        if (parsed !== undefined) kept.push([key, parsed]);
      });
      if (kept.length > 0) result[moduleId] = Object.fromEntries(kept);
    });
    return result;
  };
  const sections: ProgressState['sections'] = nested('sections', TimestampSchema, false);
  const checks: ProgressState['checks'] = nested('checks', CheckAnswerSchema, true);

  const scenarios: ProgressState['scenarios'] = {};
  each('scenarios', (key, raw, position) => {
    const parsed = entry(ScenarioRunSchema, raw, fail('scenarios', position, key));
    if (parsed) scenarios[key] = parsed;
  });

  const scenarioHistory: ProgressState['scenarioHistory'] = {};
  each('scenarioHistory', (key, raw, position) => {
    if (!Array.isArray(raw)) return fail('scenarioHistory', position, key)('not-an-object', null);
    const runs = raw.flatMap((run, i) => entry(FinishedRunSchema, run, fail('scenarioHistory', position, key, i + 1)) ?? []);
    // More than the limit is no fault: the normal form below keeps the newest.
    if (runs.length > 0) scenarioHistory[key] = runs;
  });

  /** Entries stored by their own id (`idField`): a key that differs from it is reported. */
  const keyed = <S extends z.ZodMiniType>(area: DataArea, schema: S, idField: string, idOf: (value: z.output<S>) => string) => {
    const result: Record<string, z.output<S>> = {};
    each(area, (key, raw, position) => {
      const parsed = entry(schema, raw, fail(area, position, key));
      if (parsed && idOf(parsed) !== key) fail(area, position, key)('id-mismatch', idField);
      else if (parsed) result[key] = parsed;
    });
    return result;
  };
  const reflections: ProgressState['reflections'] = keyed('reflections', ReflectionSchema, 'id', (r) => r.id);
  const worksheets: ProgressState['worksheets'] = keyed('worksheets', WorksheetEntrySchema, 'id', (w) => w.id);
  const review: ProgressState['review'] = keyed('review', ReviewCardSchema, 'itemId', (c) => c.itemId);

  const deletions = (area: 'deletedReflections' | 'deletedWorksheets') => {
    const result: Record<string, string> = {};
    each(area, (key, raw, position) => {
      const parsed = entry(TimestampSchema, raw, fail(area, position, key), false);
      if (parsed) result[key] = parsed;
    });
    return result;
  };
  const deletedReflections = deletions('deletedReflections');
  const deletedWorksheets = deletions('deletedWorksheets');

  const single = <S extends z.ZodMiniType>(area: DataArea, schema: S, isObject: boolean): z.output<S> | null => {
    const raw = Object.hasOwn(value, area) ? value[area] : undefined;
    if (raw === undefined || raw === null) return null;
    return entry(schema, raw, fail(area, 0, null), isObject) ?? null;
  };

  const assembled: ProgressState = {
    version: PROGRESS_VERSION,
    sections,
    checks,
    scenarios,
    scenarioHistory,
    reflections,
    deletedReflections,
    worksheets,
    deletedWorksheets,
    review,
    lastPlace: single('lastPlace', LastPlaceSchema, true),
    lastExportAt: single('lastExportAt', TimestampSchema, false),
    clearedAt: single('clearedAt', TimestampSchema, false),
  };
  const checked = ProgressStateSchema.safeParse(normalizeState(assembled));
  return checked.success ? checked.data : null;
}

/** At most this many dropped parts are named; the count covers all of them. */
const MAX_NAMED = 50;

/** What `salvageProgressState` kept and what it had to drop. */
export interface SalvageResult {
  /** Every part that validated, in normal form. */
  state: ProgressState;
  /** How many parts were dropped. */
  droppedCount: number;
  /** Dutch names of the dropped parts (at most 50), e.g. `reflectie "a1-eigen-vakkennis"`. */
  dropped: string[];
}

/**
 * Reads data of the current version and keeps every entry that validates; the
 * rest is dropped and named. A bad reflection costs only that reflection.
 * Returns null when `value` is not data of the current version at all. Never throws.
 */
export function salvageProgressState(value: unknown): SalvageResult | null {
  const dropped: string[] = [];
  let droppedCount = 0;
  const state = walkProgressData(value, (problem) => {
    droppedCount++;
    if (dropped.length < MAX_NAMED) dropped.push(describeDroppedPart(problem));
  });
  return state ? { state, droppedCount, dropped } : null;
}

/** The outcome of reading the stored text. */
export type StoredRead =
  | {
      /** All data validated. */
      kind: 'ok';
      state: ProgressState;
      /** The version the data was migrated from, or null when it was current. */
      migratedFrom: number | null;
    }
  | {
      /** Some entries did not validate and were dropped. */
      kind: 'partial';
      state: ProgressState;
      migratedFrom: number | null;
      droppedCount: number;
      /** Dutch names of the dropped parts. */
      dropped: string[];
    }
  | {
      /** Nothing could be read. */
      kind: 'corrupt';
      /** `json`: no valid JSON; `shape`: not our data; `newer-version`: written by a newer version of the site. */
      problem: 'json' | 'shape' | 'newer-version';
    };

/**
 * Parses, migrates and validates stored text. Stored data is untrusted: this
 * runs on every read, also for changes from another tab. Never throws.
 */
export function readStoredProgress(raw: string, context: MigrationContext): StoredRead {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { kind: 'corrupt', problem: 'json' };
  }
  const migrated = migrate(parsed, context);
  if (!migrated.ok) return { kind: 'corrupt', problem: migrated.problem === 'newer-version' ? 'newer-version' : 'shape' };
  const salvaged = salvageProgressState(migrated.data);
  if (!salvaged) return { kind: 'corrupt', problem: 'shape' };
  const migratedFrom = migrated.from === PROGRESS_VERSION ? null : migrated.from;
  if (salvaged.droppedCount === 0) return { kind: 'ok', state: salvaged.state, migratedFrom };
  return { kind: 'partial', state: salvaged.state, migratedFrom, droppedCount: salvaged.droppedCount, dropped: salvaged.dropped };
}
