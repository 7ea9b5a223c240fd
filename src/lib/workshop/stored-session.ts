import * as z from 'zod/mini';
import type { WorkshopModel } from './model';
import { createSession, decisionAt, MAX_NOTE_LENGTH, SESSION_VERSION, type SceneCursor, type WorkshopSession } from './session';

/**
 * Reading a stored or received session. Everything from localStorage or from
 * another window is untrusted: it may be from an older build, edited by hand or
 * broken. The schema below rejects wrong shapes (zod/mini, the tree-shakable
 * API the learner store uses too); `parseSession` then drops ids the content
 * no longer has. The workshop windows load this file after their first paint:
 * building the schemas was part of the projector's longest task at load.
 */

/** The outcome of reading a stored session. */
export type RestoreResult = { status: 'empty' } | { status: 'ok'; session: WorkshopSession; adjusted: boolean } | { status: 'corrupt' };

const MAX_COUNT = 10_000;
const MAX_LIST = 10_000;
const MAX_TIMER_MS = 6 * 60 * 60_000;

const int = (min: number, max: number) => z.number().check(z.int(), z.gte(min), z.lte(max));
const stringList = z.array(z.string()).check(z.maxLength(MAX_LIST));
const decision = int(0, MAX_LIST);

const SceneCursorSchema = z.discriminatedUnion('at', [
  z.object({ at: z.literal('intro') }),
  z.object({ at: z.literal('situation'), decision }),
  z.object({ at: z.literal('vote'), decision }),
  z.object({ at: z.literal('feedback'), decision }),
  z.object({ at: z.literal('ending'), page: int(0, MAX_LIST) }),
]);

const TimerSchema = z.object({
  durationMs: int(0, MAX_TIMER_MS),
  remainingMs: int(0, MAX_TIMER_MS),
  startedAt: z.nullable(z.number().check(z.gte(0), z.refine(Number.isFinite))),
});

const NodeVotesSchema = z.object({
  counts: z.record(z.string(), int(0, MAX_COUNT)),
  history: stringList,
  revealed: z.boolean(),
  pick: z.nullable(z.string()),
  phones: z.optional(z.record(z.string(), int(0, MAX_COUNT))),
});

/** The relay session's code and trainer secret (see src/lib/voting/protocol.ts). */
const PhoneSessionSchema = z.object({ code: z.string().check(z.regex(/^[A-Z0-9]{6}$/)), secret: z.string().check(z.regex(/^[\w-]{43}$/)) });

/** The shape of a stored session; `parseSession` checks it against the workshop's content. */
const StoredSessionSchema = z.object({
  v: z.literal(SESSION_VERSION),
  slug: z.string(),
  rev: int(0, Number.MAX_SAFE_INTEGER),
  slide: int(0, MAX_LIST),
  scene: SceneCursorSchema,
  path: stringList,
  votes: z.record(z.string(), NodeVotesSchema),
  timer: TimerSchema,
  notes: z.record(z.string(), z.string()),
  blackout: z.boolean(),
});

/** Reads the raw localStorage value: nothing stored, a usable session, or data that cannot be used. */
export function restoreSession(model: WorkshopModel, raw: string | null): RestoreResult {
  if (raw === null) return { status: 'empty' };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { status: 'corrupt' };
  }
  const parsed = parseSession(model, value);
  return parsed ? { status: 'ok', ...parsed } : { status: 'corrupt' };
}

/**
 * Checks a value against the session shape and this workshop's content.
 * Undefined when the shape is wrong; otherwise a clean session, with
 * `adjusted` set when ids or positions had to be dropped because the content
 * changed since the session was saved.
 */
export function parseSession(model: WorkshopModel, value: unknown): { session: WorkshopSession; adjusted: boolean } | undefined {
  const checked = StoredSessionSchema.safeParse(value);
  if (!checked.success || checked.data.slug !== model.plan.module.slug) return undefined;
  const { rev, slide, scene: cursor, path, votes, timer, notes } = checked.data;
  const timerState = { ...timer, remainingMs: Math.min(timer.remainingMs, timer.durationMs) };

  let adjusted = false;
  const session = createSession(model);
  session.rev = rev;

  session.slide = Math.min(slide, model.plan.slides.length - 1);
  if (session.slide !== slide) adjusted = true;

  // An author may have edited the scenario: cut the route where it stops fitting, so the group resumes at a real decision.
  let valid = 0;
  while (valid < path.length && model.optionsAt(path, valid).some((c) => c.id === path[valid])) valid++;
  session.path = path.slice(0, valid);
  if (valid !== path.length) adjusted = true;

  for (const [nodeId, v] of Object.entries(votes)) {
    const node = model.node(nodeId);
    if (!node?.choices) {
      adjusted = true;
      continue;
    }
    const ids = new Set(node.choices.map((c) => c.id));
    const counts = Object.fromEntries(Object.entries(v.counts).filter(([id]) => ids.has(id)));
    const history = v.history.filter((id) => ids.has(id));
    const pick = v.pick !== null && ids.has(v.pick) ? v.pick : null;
    if (Object.keys(counts).length !== Object.keys(v.counts).length || history.length !== v.history.length || pick !== v.pick)
      adjusted = true;
    session.votes[nodeId] = { counts, history, revealed: v.revealed, pick };
    if (v.phones) session.votes[nodeId]!.phones = Object.fromEntries(Object.entries(v.phones).filter(([id]) => ids.has(id)));
  }

  for (const section of model.plan.sections) {
    const text = notes[section.id];
    if (typeof text === 'string' && text) session.notes[section.id] = text.slice(0, MAX_NOTE_LENGTH);
  }

  session.scene = cursorFits(model, session.path, cursor) ? cursor : { at: 'intro' };
  if (session.scene !== cursor) adjusted = true;
  session.timer = timerState;
  // A relay session that does not fit is dropped, not the workshop: the trainer can start voting again.
  const phones = PhoneSessionSchema.safeParse((value as { phones?: unknown }).phones);
  if (phones.success) session.phones = phones.data;
  // A black screen is a moment, not something to come back to after a reload.
  session.blackout = false;
  return { session, adjusted };
}

/** Whether a scenario cursor points at a screen that exists for this route. */
function cursorFits(model: WorkshopModel, path: readonly string[], cursor: SceneCursor): boolean {
  switch (cursor.at) {
    case 'intro':
      return true;
    case 'situation':
    case 'vote':
      return decisionAt(model, path, cursor.decision) !== undefined;
    case 'feedback':
      return cursor.decision < path.length;
    case 'ending':
      return model.positionAfter(path, path.length).phase === 'ending' && cursor.page < model.endingPages(path).length;
  }
}
