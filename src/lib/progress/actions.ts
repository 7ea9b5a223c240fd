import * as z from 'zod/mini';
import { INVALID_NOTICES } from './messages';
import {
  IdSchema,
  LIMITS,
  ProgressStateSchema,
  ReviewCardSchema,
  ScenarioRunSchema,
  WorksheetEntrySchema,
  isLocalPath,
} from './progress-schema';

/**
 * Every change a learner can make, as data. This schema is the one place where
 * input is checked: a valid action on a valid state gives a valid state (see
 * `transitions.ts`), so the store checks nothing else.
 */
export const ProgressActionSchema = z.discriminatedUnion('type', [
  /** The learner read a section of a module. */
  z.object({ type: z.literal('section-read'), moduleId: IdSchema, slug: IdSchema }),
  /** The learner answered a knowledge-check question; a new answer replaces the old one. */
  z.object({ type: z.literal('check-answered'), moduleId: IdSchema, questionId: IdSchema, optionId: IdSchema, correct: z.boolean() }),
  /** The learner moved in a scenario; no choices starts a new run. */
  z.object({
    type: z.literal('scenario-run-saved'),
    scenarioId: IdSchema,
    choices: ScenarioRunSchema.shape.choices,
    currentNodeId: IdSchema,
    outcomeNodeId: z.nullable(IdSchema),
    meters: ScenarioRunSchema.shape.meters,
  }),
  /** The learner wrote (or changed) a reflection. A longer prompt is shortened, a longer text refused. */
  z.object({
    type: z.literal('reflection-saved'),
    id: IdSchema,
    moduleId: IdSchema,
    prompt: z.string(),
    text: z.string().check(z.maxLength(LIMITS.reflectionText)),
  }),
  /** The learner deleted a reflection. */
  z.object({ type: z.literal('reflection-deleted'), id: IdSchema }),
  /** The learner saved a worksheet (new or changed). A longer title or field is refused, never shortened: it is the learner's text. */
  z.object({
    type: z.literal('worksheet-saved'),
    id: IdSchema,
    kind: IdSchema,
    title: WorksheetEntrySchema.shape.title,
    values: WorksheetEntrySchema.shape.values,
  }),
  /** The learner deleted a worksheet. */
  z.object({ type: z.literal('worksheet-deleted'), id: IdSchema }),
  /** Items join the review queue; an item already in it keeps its card. */
  z.object({ type: z.literal('review-items-added'), cards: z.array(ReviewCardSchema) }),
  /** The learner answered a review item: its card is replaced. */
  z.object({ type: z.literal('review-card-saved'), card: ReviewCardSchema }),
  /** The learner is on a page of this site. A longer title is shortened. */
  z.object({ type: z.literal('place-visited'), url: z.string().check(z.refine(isLocalPath)), title: z.string() }),
  /** The learner imported a file (after `parseImport`). */
  z.object({ type: z.literal('imported'), data: ProgressStateSchema }),
  /** The learner downloaded an export. */
  z.object({ type: z.literal('exported') }),
  /** The learner chose "alles wissen". */
  z.object({ type: z.literal('cleared') }),
]);

/** A change to the learner data. */
export type ProgressAction = z.output<typeof ProgressActionSchema>;

/** The outcome of `checkAction`: the action as checked, or a Dutch message why it is refused. */
export type CheckedAction = { ok: true; action: ProgressAction } | { ok: false; message: string };

const isType = (input: unknown, type: string) => typeof input === 'object' && input !== null && (input as { type?: unknown }).type === type;

/** Checks an action from outside (the UI, a script, an untyped caller). Never throws. */
export function checkAction(input: unknown): CheckedAction {
  const checked = ProgressActionSchema.safeParse(input);
  if (checked.success) return { ok: true, action: checked.data };
  const tooLong = (field: string, depth: number) =>
    checked.error.issues.some((issue) => issue.code === 'too_big' && issue.path.length === depth && issue.path[0] === field);
  if (isType(input, 'reflection-saved') && tooLong('text', 1)) return { ok: false, message: INVALID_NOTICES.textTooLong };
  if (isType(input, 'worksheet-saved') && (tooLong('title', 1) || tooLong('values', 2)))
    return { ok: false, message: INVALID_NOTICES.worksheetTooLong };
  return { ok: false, message: INVALID_NOTICES.invalid };
}
