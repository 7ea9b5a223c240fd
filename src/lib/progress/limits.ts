// Kept apart from the schema so the UI can use the limits without loading zod.

/**
 * Upper bounds for stored values, so a broken or hostile file cannot fill the
 * store. The UI can use them, e.g. `maxlength={LIMITS.reflectionText}`.
 */
export const LIMITS = {
  /** Characters in any id or slug. */
  id: 200,
  /** Characters in a reflection prompt. */
  prompt: 2_000,
  /** Characters in a reflection text. */
  reflectionText: 50_000,
  /** Characters in the title of the last place visited. */
  title: 500,
  /** Characters in the address of the last place visited. */
  url: 2_000,
  /** Choices in one scenario run. */
  choices: 1_000,
  /** Meters in one scenario run. */
  meters: 50,
  /** Finished runs kept per scenario; the oldest go first. */
  finishedRuns: 50,
  /** Characters in one field of a worksheet. */
  worksheetField: 4_000,
  /** Fields (keys of `values`) in one worksheet, repeated groups included. */
  worksheetFields: 200,
} as const;
