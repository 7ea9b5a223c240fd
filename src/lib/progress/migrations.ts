import { PROGRESS_VERSION, ScenarioRunSchema } from './progress-schema';

/**
 * Version 0: the prototype's data. It has no `version` field and holds only
 * reflection texts by prompt id, e.g. `{ "reflections": { "a1-eigen-vakkennis": "…" } }`.
 */
export interface ProgressDataV0 {
  /** Reflection text by prompt id. */
  reflections: Record<string, string>;
}

/** What a migration step may need that the old data does not hold. */
export interface MigrationContext {
  /** Timestamp for dates the old data lacks (ISO 8601). */
  now: string;
}

/** A plain JSON object. */
export type DataObject = Record<string, unknown>;

type MigrationStep = (data: DataObject, context: MigrationContext) => DataObject;

/** True for a plain object (not null, not an array). */
export function isDataObject(value: unknown): value is DataObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Frozen on purpose: a migration describes data as it was, so it must not
// follow later content changes. Version 0 ids start with the module code.
const V0_MODULE_BY_CODE: Readonly<Record<string, string>> = {
  a1: '01-burgerkracht-en-loslaten',
  a2: '02-van-nee-maar-naar-ja-tenzij',
  a3: '03-nieuwe-competenties',
  a4: '04-inlevingsvermogen',
  b1: '05-houding-en-gedrag-van-bestuurders',
  b2: '06-teleurstelling-voorkomen',
  b3: '07-afwegen-en-mandaat',
};

/**
 * Version 0 → 1: each reflection text becomes a reflection record. The module
 * comes from the id's code prefix ("a1-…"); the prompt is unknown (empty; the
 * UI fills it in on the next save); created and updated become the migration
 * time. Entries are not checked here: reading checks them and reports the bad ones.
 */
export function migrateV0ToV1(data: DataObject, context: MigrationContext): DataObject {
  const old = data['reflections'];
  const reflections = isDataObject(old)
    ? Object.fromEntries(
        Object.entries(old).map(([id, text]) => {
          const code = /^([ab][1-4])-/.exec(id)?.[1];
          const moduleId = (code && Object.hasOwn(V0_MODULE_BY_CODE, code) ? V0_MODULE_BY_CODE[code] : undefined) ?? 'onbekend';
          return [id, { id, moduleId, prompt: '', text, created: context.now, updated: context.now }];
        }),
      )
    : (old ?? {});
  return {
    version: 1,
    sections: {},
    checks: {},
    scenarios: {},
    reflections,
    deletedReflections: {},
    lastPlace: null,
    lastExportAt: null,
    clearedAt: null,
  };
}

/**
 * Version 1 → 2: adds the history of finished scenario runs, worksheets (and
 * their deletions) and the review queue. A finished run that version 1 kept as
 * the latest run of a scenario becomes the first entry of that scenario's
 * history, finished when it was last changed, so a learner's earlier ending is
 * not forgotten. Everything else stays as it is.
 */
export function migrateV1ToV2(data: DataObject): DataObject {
  const scenarios = data['scenarios'];
  // fromEntries, not assignment: a key such as "__proto__" from the file must stay a plain key.
  const scenarioHistory = Object.fromEntries(
    Object.entries(isDataObject(scenarios) ? scenarios : {}).flatMap(([id, raw]) => {
      // Only a run that reads well: a broken one is reported once, as a scenario, not again as history.
      const run = ScenarioRunSchema.safeParse(raw);
      if (!run.success || run.data.outcomeNodeId === null) return [];
      const { choices, outcomeNodeId, meters, startedAt, updatedAt } = run.data;
      return [[id, [{ choices, outcomeNodeId, meters, startedAt, finishedAt: updatedAt }]]];
    }),
  );
  return { ...data, version: 2, scenarioHistory, worksheets: {}, deletedWorksheets: {}, review: {} };
}

/** `MIGRATIONS[n]` turns data of version n into data of version n + 1. */
export const MIGRATIONS: Readonly<Record<number, MigrationStep>> = {
  0: migrateV0ToV1,
  1: migrateV1ToV2,
};

/** The version of stored or imported data: its `version` field, or 0 for an object without one; null when it is no object or the version is no whole number. */
export function dataVersion(data: unknown): number | null {
  if (!isDataObject(data)) return null;
  if (!Object.hasOwn(data, 'version')) return 0;
  const version = data['version'];
  return typeof version === 'number' && Number.isSafeInteger(version) && version >= 0 ? version : null;
}

/** The outcome of `migrate`. */
export type MigrationResult =
  | {
      ok: true;
      /** The data in the current shape, not yet validated. */
      data: DataObject;
      /** The version the data had. */
      from: number;
    }
  | {
      ok: false;
      /** Why the data cannot be brought to the current version. */
      problem: 'not-an-object' | 'unknown-version' | 'newer-version' | 'step-failed';
      /** The version found, when there was one. */
      version: number | null;
    };

/**
 * Brings data of any earlier version to the current version, one step at a
 * time. Never throws. `fromVersion` overrides the version in the data (an
 * import file states it in its envelope).
 */
export function migrate(data: unknown, context: MigrationContext, fromVersion: number | null = dataVersion(data)): MigrationResult {
  if (!isDataObject(data)) return { ok: false, problem: 'not-an-object', version: null };
  if (fromVersion === null) return { ok: false, problem: 'unknown-version', version: null };
  if (fromVersion > PROGRESS_VERSION) return { ok: false, problem: 'newer-version', version: fromVersion };
  let current = data;
  for (let version = fromVersion; version < PROGRESS_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (!step) return { ok: false, problem: 'unknown-version', version: fromVersion };
    try {
      current = step(current, context);
    } catch {
      return { ok: false, problem: 'step-failed', version: fromVersion };
    }
  }
  return { ok: true, data: current, from: fromVersion };
}
