// zod/mini, the tree-shakable API of zod 4: this file runs in the browser on
// every page, and the classic API (`astro/zod`) cannot be tree-shaken (it
// more than doubled the store's bundle). Same checks, same issue codes.
import * as z from 'zod/mini';
import { LIMITS } from './limits';
import { PROGRESS_VERSION } from './state';

export { LIMITS };
export { PROGRESS_VERSION, emptyProgressState, own, readSections, reviewedAt, time } from './state';

// Letters and digits of any script (headings such as "Eén ding" give slugs
// with accents), plus ":", ".", "_" and "-". It must start with a letter or
// digit, which also keeps out "__proto__".
const ID_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}\p{M}:._-]*$/u;

/** True when `key` may be used as an id: a record key in the stored data. */
export function isValidId(key: unknown): key is string {
  return typeof key === 'string' && key.length > 0 && key.length <= LIMITS.id && ID_PATTERN.test(key);
}

/** Any id: a module, section, question, option, scenario, node, choice or reflection id. */
export const IdSchema = z.string().check(z.minLength(1), z.maxLength(LIMITS.id), z.regex(ID_PATTERN));

/** A moment as an ISO 8601 string in UTC, as `Date.prototype.toISOString()` writes it. */
export const TimestampSchema = z.iso.datetime().check(z.refine((value) => Number.isFinite(Date.parse(value))));

// The UI turns `url` into a link, so only a path on this site is allowed:
// no "javascript:", no other host ("//host" or "/\host").
const LOCAL_PATH = /^\/(?![/\\])[^\s\\<>"'`]*$/;

/** True when `url` is a path on this site (starts with one "/"), safe to use as a link target. */
export function isLocalPath(url: string): boolean {
  return url.length <= LIMITS.url && LOCAL_PATH.test(url);
}

/**
 * The sections of one module that the learner has read: when each was read,
 * by section slug (the heading id). A date per slug lets a merge decide per
 * section, as it does for every other entry.
 */
export const SectionsReadSchema = z.record(IdSchema, TimestampSchema);

/** The learner's latest answer to one knowledge-check question. */
export const CheckAnswerSchema = z.object({
  /** The option the learner chose. */
  optionId: IdSchema,
  /** Whether that option was the right one, as the check said at the time. */
  correct: z.boolean(),
  /** When the learner answered. */
  answeredAt: TimestampSchema,
});

/** A run through a scenario: the choices made, where the learner is and how it ended. */
export const ScenarioRunSchema = z.object({
  /** Choice ids in the order the learner chose them; replaying them restores the run. */
  choices: z.array(IdSchema).check(z.maxLength(LIMITS.choices)),
  /** The node the learner is at now. */
  currentNodeId: IdSchema,
  /** The ending node when the run is finished, otherwise null. */
  outcomeNodeId: z.nullable(IdSchema),
  /** Meter values by meter id, as the learner last saw them. */
  meters: z
    .record(IdSchema, z.number().check(z.int(), z.gte(-1_000_000), z.lte(1_000_000)))
    .check(z.refine((m) => Object.keys(m).length <= LIMITS.meters)),
  /** When this run began. A restart begins a new run. */
  startedAt: TimestampSchema,
  /** When this run last changed. */
  updatedAt: TimestampSchema,
});

/** A scenario run that reached an ending, as kept in the history of that scenario. */
export const FinishedRunSchema = z.object({
  /** Choice ids in the order the learner chose them. */
  choices: ScenarioRunSchema.shape.choices,
  /** The ending node the run reached. */
  outcomeNodeId: IdSchema,
  /** Meter values by meter id at the end. */
  meters: ScenarioRunSchema.shape.meters,
  /** When the run began. */
  startedAt: TimestampSchema,
  /** When the run reached its ending. */
  finishedAt: TimestampSchema,
});

/** The finished runs of one scenario, oldest first, at most `LIMITS.finishedRuns`. */
export const ScenarioHistorySchema = z.array(FinishedRunSchema).check(z.maxLength(LIMITS.finishedRuns));

/** A reflection the learner wrote. The text is plain data: the UI shows it as text, never as HTML. */
export const ReflectionSchema = z.object({
  /** The prompt id, e.g. "a1-eigen-vakkennis", or "scenario:<scenarioId>:<index>" for a scenario debrief. */
  id: IdSchema,
  /** The module the prompt belongs to: its folder name, e.g. "01-burgerkracht-en-loslaten". */
  moduleId: IdSchema,
  /** The question as the learner saw it when writing; may be empty for data from before version 1. */
  prompt: z.string().check(z.maxLength(LIMITS.prompt)),
  /** What the learner wrote. May be empty when the learner cleared the field. */
  text: z.string().check(z.maxLength(LIMITS.reflectionText)),
  /** When the learner first wrote it. */
  created: TimestampSchema,
  /** When the learner last changed it; on a merge the newest one wins. */
  updated: TimestampSchema,
});

/**
 * A worksheet the learner filled in (a ja-tenzij-toets, a participatieplan, …).
 * Like a reflection it is the learner's own text: private, never sent anywhere,
 * shown as text, never as HTML.
 */
export const WorksheetEntrySchema = z.object({
  /** The entry id, made by the caller, e.g. "ja-tenzij-toets:2026-12-06T10-15-00-000Z". */
  id: IdSchema,
  /** The worksheet type, e.g. "ja-tenzij-toets", "participatieplan", "terugkoppelbrief", "stemverklaring" or "competentiescan". */
  kind: IdSchema,
  /** The learner's name for it, e.g. the initiative. */
  title: z.string().check(z.maxLength(LIMITS.title)),
  /** Text by field id; a repeated group uses ids such as "bezwaar.1.regel". */
  values: z
    .record(IdSchema, z.string().check(z.maxLength(LIMITS.worksheetField)))
    .check(z.refine((values) => Object.keys(values).length <= LIMITS.worksheetFields)),
  /** When the learner first saved it. */
  created: TimestampSchema,
  /** When the learner last changed it; on a merge the newest one wins. */
  updated: TimestampSchema,
});

const NonNegative = z.number().check(z.gte(0), z.refine(Number.isFinite));
const Count = z.number().check(z.int(), z.gte(0));

/**
 * One item in the learner's review queue: the fields of a ts-fsrs `Card` as
 * plain JSON (dates as ISO strings), plus where the item came from.
 */
export const ReviewCardSchema = z.object({
  /** The item, e.g. "check:01-burgerkracht-en-loslaten:q1" or "scenario:a1-plantsoen:node-id". */
  itemId: IdSchema,
  /** The module the item belongs to. */
  moduleId: IdSchema,
  /** When the item is due for review. */
  due: TimestampSchema,
  stability: NonNegative,
  difficulty: NonNegative,
  elapsedDays: Count,
  scheduledDays: Count,
  learningSteps: Count,
  /** How often the item was reviewed. */
  reps: Count,
  /** How often the learner forgot it. */
  lapses: Count,
  /** New (0), learning (1), review (2) or relearning (3), as ts-fsrs `State`. */
  state: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
  /** When the learner last reviewed it, or null when never. On a merge the later review wins. */
  lastReview: z.nullable(TimestampSchema),
  /** When the item joined the queue. */
  addedAt: TimestampSchema,
});

/** The last page the learner visited, for a "verder waar u was" link. */
export const LastPlaceSchema = z.object({
  /** Path on this site, e.g. "/modules/burgerkracht-en-loslaten/#uw-vakkennis". */
  url: z.string().check(z.refine(isLocalPath)),
  /** The page title as shown to the learner. */
  title: z.string().check(z.maxLength(LIMITS.title)),
  /** When the learner was there. */
  at: TimestampSchema,
});

/**
 * Everything the site remembers for a learner, stored under `jt:v1:progress`.
 * Never change a state object: every change makes a new one.
 */
export const ProgressStateSchema = z
  .object({
    /** Data version; see `migrations.ts`. */
    version: z.literal(PROGRESS_VERSION),
    /** Sections read, by module id and then section slug. */
    sections: z.record(IdSchema, SectionsReadSchema),
    /** Knowledge-check answers, by module id and then question id. */
    checks: z.record(IdSchema, z.record(IdSchema, CheckAnswerSchema)),
    /** The latest scenario run, by scenario id. */
    scenarios: z.record(IdSchema, ScenarioRunSchema),
    /** Every finished run, by scenario id, oldest first (at most `LIMITS.finishedRuns`). Since version 2. */
    scenarioHistory: z.record(IdSchema, ScenarioHistorySchema),
    /** Reflections, by reflection id. */
    reflections: z.record(IdSchema, ReflectionSchema),
    /**
     * When a reflection was deleted, by reflection id. Another tab may still
     * hold the reflection; this record stops a merge from bringing it back.
     */
    deletedReflections: z.record(IdSchema, TimestampSchema),
    /** Worksheets, by entry id. Since version 2. */
    worksheets: z.record(IdSchema, WorksheetEntrySchema),
    /** When a worksheet was deleted, by entry id; as `deletedReflections`. Since version 2. */
    deletedWorksheets: z.record(IdSchema, TimestampSchema),
    /** The review queue, by item id. Since version 2. */
    review: z.record(IdSchema, ReviewCardSchema),
    /** The last page visited, or null. */
    lastPlace: z.nullable(LastPlaceSchema),
    /** When the learner last exported the data, or null. */
    lastExportAt: z.nullable(TimestampSchema),
    /** When the learner last cleared all data, or null. A merge drops what another tab still holds from before it. */
    clearedAt: z.nullable(TimestampSchema),
  })
  .check(
    z.superRefine((state, ctx) => {
      for (const [key, reflection] of Object.entries(state.reflections)) {
        if (reflection.id !== key) ctx.addIssue({ code: 'custom', path: ['reflections', key, 'id'], message: 'id differs from its key' });
      }
      for (const [key, worksheet] of Object.entries(state.worksheets)) {
        if (worksheet.id !== key) ctx.addIssue({ code: 'custom', path: ['worksheets', key, 'id'], message: 'id differs from its key' });
      }
      for (const [key, card] of Object.entries(state.review)) {
        if (card.itemId !== key) ctx.addIssue({ code: 'custom', path: ['review', key, 'itemId'], message: 'itemId differs from its key' });
      }
    }),
  );

export type ProgressState = z.output<typeof ProgressStateSchema>;
export type SectionsRead = z.output<typeof SectionsReadSchema>;
export type CheckAnswer = z.output<typeof CheckAnswerSchema>;
export type ScenarioRun = z.output<typeof ScenarioRunSchema>;
export type FinishedRun = z.output<typeof FinishedRunSchema>;
export type Reflection = z.output<typeof ReflectionSchema>;
export type WorksheetEntry = z.output<typeof WorksheetEntrySchema>;
export type ReviewCard = z.output<typeof ReviewCardSchema>;
export type LastPlace = z.output<typeof LastPlaceSchema>;
