import type { WorkshopModel } from './model';
import { createSession, decisionAt, MAX_NOTE_LENGTH, SESSION_VERSION, type SceneCursor, type WorkshopSession } from './session';
import type { NodeVotes } from './votes';
import type { TimerState } from './timer';

/**
 * Reading a stored or received session. Everything from localStorage or from
 * another window is untrusted: it may be from an older build, edited by hand or
 * broken. A hand-written check (rather than zod) keeps the projector's script
 * small; it rejects wrong shapes and drops ids the content no longer has.
 */

/** The localStorage key of a workshop's session; separate from the learner's own data. */
export function storageKey(slug: string): string {
  return `jt:v${SESSION_VERSION}:workshop:${slug}`;
}

/** The outcome of reading a stored session. */
export type RestoreResult = { status: 'empty' } | { status: 'ok'; session: WorkshopSession; adjusted: boolean } | { status: 'corrupt' };

const MAX_COUNT = 10_000;
const MAX_LIST = 10_000;
const MAX_TIMER_MS = 6 * 60 * 60_000;

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isInt = (x: unknown, min: number, max: number): x is number => Number.isInteger(x) && (x as number) >= min && (x as number) <= max;
const isStringArray = (x: unknown, max: number): x is string[] =>
  Array.isArray(x) && x.length <= max && x.every((s) => typeof s === 'string');

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
  if (!isRecord(value) || value['v'] !== SESSION_VERSION || value['slug'] !== model.plan.module.slug) return undefined;
  const { rev, slide, scene, path, votes, timer, notes, blackout } = value;
  if (!isInt(rev, 0, Number.MAX_SAFE_INTEGER) || !isInt(slide, 0, MAX_LIST) || typeof blackout !== 'boolean') return undefined;
  const cursor = readCursor(scene);
  const timerState = readTimer(timer);
  if (!cursor || !timerState || !isStringArray(path, MAX_LIST) || !isRecord(votes) || !isRecord(notes)) return undefined;
  const voteEntries = Object.entries(votes).map(([nodeId, v]) => [nodeId, readVotes(v)] as const);
  if (voteEntries.some(([, v]) => !v)) return undefined;
  if (Object.values(notes).some((n) => typeof n !== 'string')) return undefined;

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

  for (const [nodeId, v] of voteEntries) {
    const node = model.node(nodeId);
    if (!node?.choices || !v) {
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
  }

  for (const section of model.plan.sections) {
    const text = notes[section.id];
    if (typeof text === 'string' && text) session.notes[section.id] = text.slice(0, MAX_NOTE_LENGTH);
  }

  session.scene = cursorFits(model, session.path, cursor) ? cursor : { at: 'intro' };
  if (session.scene !== cursor) adjusted = true;
  session.timer = timerState;
  // A black screen is a moment, not something to come back to after a reload.
  session.blackout = false;
  return { session, adjusted };
}

function readCursor(x: unknown): SceneCursor | undefined {
  if (!isRecord(x)) return undefined;
  switch (x['at']) {
    case 'intro':
      return { at: 'intro' };
    case 'situation':
    case 'vote':
    case 'feedback':
      return isInt(x['decision'], 0, MAX_LIST) ? { at: x['at'], decision: x['decision'] } : undefined;
    case 'ending':
      return isInt(x['page'], 0, MAX_LIST) ? { at: 'ending', page: x['page'] } : undefined;
    default:
      return undefined;
  }
}

function readTimer(x: unknown): TimerState | undefined {
  if (!isRecord(x)) return undefined;
  const { durationMs, remainingMs, startedAt } = x;
  if (!isInt(durationMs, 0, MAX_TIMER_MS) || !isInt(remainingMs, 0, MAX_TIMER_MS)) return undefined;
  if (startedAt !== null && !(typeof startedAt === 'number' && Number.isFinite(startedAt) && startedAt >= 0)) return undefined;
  return { durationMs, remainingMs: Math.min(remainingMs, durationMs), startedAt };
}

function readVotes(x: unknown): NodeVotes | undefined {
  if (!isRecord(x) || !isRecord(x['counts']) || typeof x['revealed'] !== 'boolean') return undefined;
  const { counts, history, revealed, pick } = x;
  if (!isStringArray(history, MAX_LIST) || (pick !== null && typeof pick !== 'string')) return undefined;
  if (!Object.values(counts).every((n) => isInt(n, 0, MAX_COUNT))) return undefined;
  return { counts: counts as Record<string, number>, history, revealed, pick };
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

/** Reads the stored session from localStorage; a browser that blocks storage counts as "nothing stored". */
export function loadStored(model: WorkshopModel): RestoreResult {
  try {
    return restoreSession(model, window.localStorage.getItem(storageKey(model.plan.module.slug)));
  } catch {
    return { status: 'empty' };
  }
}

/** Saves the session; returns false when the browser refuses (private mode, storage full). */
export function saveStored(session: WorkshopSession): boolean {
  try {
    window.localStorage.setItem(storageKey(session.slug), JSON.stringify(session));
    return true;
  } catch {
    return false;
  }
}

/** Removes the stored session. */
export function clearStored(slug: string): void {
  try {
    window.localStorage.removeItem(storageKey(slug));
  } catch {
    // Nothing stored that we could remove.
  }
}
