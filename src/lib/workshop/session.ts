import type { WorkshopModel } from './model';
import { addVote, emptyVotes, followedChoice, undoVote, type NodeVotes } from './votes';
import { createTimer, isRunning, pauseTimer, presetMinutes, resetTimer, startTimer, toggleTimer, type TimerState } from './timer';

/** The version of the stored session format; part of the storage key. */
export const SESSION_VERSION = 1;

/** Where the group is inside the scenario slide. `decision` counts the group's choices (0 = the first decision). */
export type SceneCursor =
  | { at: 'intro' }
  | { at: 'situation'; decision: number }
  | { at: 'vote'; decision: number }
  | { at: 'feedback'; decision: number }
  | { at: 'ending'; page: number };

/** Everything about one running workshop: stored in the browser, shared between projector and presenter. */
export interface WorkshopSession {
  v: typeof SESSION_VERSION;
  /** The module slug; a session belongs to one workshop. */
  slug: string;
  /** Raised by every change, so two windows can tell which state is newer. */
  rev: number;
  /** Index into the plan's slides. */
  slide: number;
  /** Position inside the scenario slide; kept while the group is on other slides. */
  scene: SceneCursor;
  /** Choice ids the group followed, in order. */
  path: string[];
  /** The show of hands per decision, by node id. */
  votes: Record<string, NodeVotes>;
  timer: TimerState;
  /** What the trainer typed during the session, by section id. */
  notes: Record<string, string>;
  /** The projector shows a black screen. */
  blackout: boolean;
  /** The relay session when phones vote: its code and the trainer secret. Only in this browser. */
  phones?: PhoneSession;
}

/** A session on the voting relay, as the trainer's browser keeps it. */
export interface PhoneSession {
  code: string;
  secret: string;
}

/** What the trainer can do; keys, buttons and the other window all send these. */
export type WorkshopAction =
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'go'; slide: number }
  /** From the map at the end: back to the vote at one of the group's decisions, to play the road not taken. */
  | { type: 'scene.vote'; decision: number }
  /** A number key or option button: adds a vote while the result is hidden, picks the option once it is shown. */
  | { type: 'option'; option: number }
  | { type: 'vote.add'; option: number }
  | { type: 'vote.undo' }
  | { type: 'vote.reveal' }
  | { type: 'vote.hide' }
  | { type: 'vote.toggle' }
  | { type: 'vote.pick'; option: number }
  | { type: 'timer.toggle' }
  | { type: 'timer.start' }
  | { type: 'timer.pause' }
  | { type: 'timer.reset' }
  | { type: 'timer.preset'; minutes: number }
  | { type: 'notes.set'; section: string; text: string }
  | { type: 'blackout.toggle' }
  /** Phones vote through the relay session, or no longer do. */
  | { type: 'phones.start'; session: PhoneSession }
  | { type: 'phones.stop' }
  /** The relay revealed the phones' votes at a decision: counts per option, in option order. */
  | { type: 'vote.phones'; nodeId: string; counts: readonly number[] }
  | { type: 'reset' };

/** Longest note kept per section, so a stuck key cannot fill the browser's storage. */
export const MAX_NOTE_LENGTH = 20_000;

/** A fresh session at the first slide, with the timer set to the first step's minutes. */
export function createSession(model: WorkshopModel): WorkshopSession {
  const first = model.plan.sections[0];
  return {
    v: SESSION_VERSION,
    slug: model.plan.module.slug,
    rev: 0,
    slide: 0,
    scene: { at: 'intro' },
    path: [],
    votes: {},
    timer: createTimer(presetMinutes(first?.minutes)),
    notes: {},
    blackout: false,
  };
}

/** The decision the cursor is at, with the options the engine offers there; undefined when not at a decision. */
export function decisionAt(model: WorkshopModel, path: readonly string[], decision: number) {
  if (decision < 0 || decision > path.length) return undefined;
  const position = model.positionAfter(path, decision);
  if (position.phase !== 'deciding') return undefined;
  const options = model.optionsAt(path, decision);
  return { nodeId: position.nodeId, options, optionIds: options.map((o) => o.id) };
}

/** The decision whose vote is on screen, if the session is at a vote. */
export function currentVote(model: WorkshopModel, session: WorkshopSession) {
  if (model.plan.slides[session.slide]?.type !== 'scenario' || session.scene.at !== 'vote') return undefined;
  return decisionAt(model, session.path, session.scene.decision);
}

/**
 * The session reducer: pure, so both windows, a reload and the tests get the
 * same result from the same actions. `now` (epoch ms) is passed in for the
 * timer. Returns the same object when nothing changes; otherwise `rev` goes up.
 */
export function reduceSession(model: WorkshopModel, session: WorkshopSession, action: WorkshopAction, now: number): WorkshopSession {
  const next = step(model, session, action, now);
  return next === session ? session : { ...next, rev: session.rev + 1 };
}

function step(model: WorkshopModel, s: WorkshopSession, action: WorkshopAction, now: number): WorkshopSession {
  switch (action.type) {
    case 'next':
    case 'back':
      // Like a presentation program: the first press only lifts the black screen.
      if (s.blackout) return { ...s, blackout: false };
      return action.type === 'next' ? forward(model, s, now) : backward(model, s, now);
    case 'go':
      return enterSlide(model, s, action.slide, now);
    case 'scene.vote':
      if (model.plan.slides[s.slide]?.type !== 'scenario' || !decisionAt(model, s.path, action.decision)) return s;
      return action.decision < s.path.length ? at(s, { at: 'vote', decision: action.decision }) : s;
    case 'option': {
      const vote = currentVote(model, s);
      if (!vote) return s;
      return (s.votes[vote.nodeId]?.revealed ?? false) ? pick(model, s, action.option) : addVoteFor(model, s, action.option);
    }
    case 'vote.add':
      return addVoteFor(model, s, action.option);
    case 'vote.pick':
      return pick(model, s, action.option);
    case 'vote.undo':
      return updateVotes(model, s, (v) => (v.revealed ? v : undoVote(v)));
    case 'vote.reveal':
      return updateVotes(model, s, (v) => (v.revealed ? v : { ...v, revealed: true }));
    case 'vote.hide':
      return updateVotes(model, s, (v) => (v.revealed ? { ...v, revealed: false } : v));
    case 'vote.toggle':
      return updateVotes(model, s, (v) => ({ ...v, revealed: !v.revealed }));
    case 'timer.toggle':
      return { ...s, timer: toggleTimer(s.timer, now) };
    case 'timer.start':
      return withTimer(s, startTimer(s.timer, now));
    case 'timer.pause':
      return withTimer(s, pauseTimer(s.timer, now));
    case 'timer.reset':
      return withTimer(s, resetTimer(s.timer));
    case 'timer.preset':
      return action.minutes > 0 && action.minutes <= 180 ? { ...s, timer: createTimer(action.minutes) } : s;
    case 'notes.set': {
      if (!model.section(action.section)) return s;
      const text = action.text.slice(0, MAX_NOTE_LENGTH);
      if ((s.notes[action.section] ?? '') === text) return s;
      return { ...s, notes: { ...s.notes, [action.section]: text } };
    }
    case 'blackout.toggle':
      return { ...s, blackout: !s.blackout };
    case 'phones.start':
      return s.phones?.code === action.session.code && s.phones.secret === action.session.secret
        ? s
        : { ...s, phones: { ...action.session } };
    case 'phones.stop': {
      if (!s.phones) return s;
      const { phones: _dropped, ...rest } = s;
      return rest;
    }
    case 'vote.phones':
      return phoneVotes(model, s, action.nodeId, action.counts);
    case 'reset':
      return createSession(model);
  }
}

const withTimer = (s: WorkshopSession, timer: TimerState) => (timer === s.timer ? s : { ...s, timer });

/** Moves to a slide; a new section sets the timer to its minutes unless the timer is running. */
function enterSlide(model: WorkshopModel, s: WorkshopSession, index: number, now: number): WorkshopSession {
  const slides = model.plan.slides;
  if (!Number.isInteger(index) || index < 0 || index >= slides.length || index === s.slide) return s;
  const from = slides[s.slide]?.section;
  const to = slides[index]!.section;
  const next = { ...s, slide: index };
  if (from !== to && !isRunning(s.timer, now)) next.timer = createTimer(presetMinutes(model.section(to)?.minutes));
  return next;
}

function forward(model: WorkshopModel, s: WorkshopSession, now: number): WorkshopSession {
  if (model.plan.slides[s.slide]?.type === 'scenario') {
    const moved = scenarioForward(model, s);
    if (moved) return moved;
  }
  return enterSlide(model, s, s.slide + 1, now);
}

function backward(model: WorkshopModel, s: WorkshopSession, now: number): WorkshopSession {
  if (model.plan.slides[s.slide]?.type === 'scenario') {
    const moved = scenarioBack(model, s);
    if (moved) return moved;
  }
  return enterSlide(model, s, s.slide - 1, now);
}

const at = (s: WorkshopSession, scene: SceneCursor): WorkshopSession => ({ ...s, scene });

/** One step on inside the scenario, or `undefined` when the scenario's last screen is passed. */
function scenarioForward(model: WorkshopModel, s: WorkshopSession): WorkshopSession | undefined {
  const c = s.scene;
  switch (c.at) {
    case 'intro':
      return model.positionAfter(s.path, 0).phase === 'ending' ? at(s, { at: 'ending', page: 0 }) : at(s, { at: 'situation', decision: 0 });
    case 'situation':
      return at(s, { at: 'vote', decision: c.decision });
    case 'vote': {
      const decision = decisionAt(model, s.path, c.decision);
      if (!decision) return s;
      const votes = s.votes[decision.nodeId] ?? emptyVotes();
      // A clicker has one forward button: first it reveals the result, then it follows the chosen option.
      if (!votes.revealed) return setVotes(s, decision.nodeId, { ...votes, revealed: true });
      const followed = followedChoice(votes, decision.optionIds);
      // A tie (or no votes) is for the trainer to break: nothing moves until an option is picked.
      if (!followed) return s;
      return at(commit(model, s, c.decision, followed), { at: 'feedback', decision: c.decision });
    }
    case 'feedback':
      return model.positionAfter(s.path, c.decision + 1).phase === 'ending'
        ? at(s, { at: 'ending', page: 0 })
        : at(s, { at: 'situation', decision: c.decision + 1 });
    case 'ending':
      return c.page + 1 < model.endingPages(s.path).length ? at(s, { at: 'ending', page: c.page + 1 }) : undefined;
  }
}

/** One step back inside the scenario, or `undefined` when leaving it backwards. */
function scenarioBack(model: WorkshopModel, s: WorkshopSession): WorkshopSession | undefined {
  const c = s.scene;
  switch (c.at) {
    case 'intro':
      return undefined;
    case 'situation':
      return c.decision === 0 ? at(s, { at: 'intro' }) : at(s, { at: 'feedback', decision: c.decision - 1 });
    case 'vote':
      return at(s, { at: 'situation', decision: c.decision });
    case 'feedback':
      return at(s, { at: 'vote', decision: c.decision });
    case 'ending':
      if (c.page > 0) return at(s, { at: 'ending', page: c.page - 1 });
      return model.positionAfter(s.path, s.path.length).phase === 'ending' && s.path.length > 0
        ? at(s, { at: 'feedback', decision: s.path.length - 1 })
        : at(s, { at: 'intro' });
  }
}

/**
 * Records the group's choice at decision `index`. Following the same option
 * again keeps the route; another option replaces the rest of the route, and
 * the votes at decisions that are no longer on it are dropped.
 */
function commit(model: WorkshopModel, s: WorkshopSession, index: number, choiceId: string): WorkshopSession {
  if (s.path[index] === choiceId) return s;
  const path = [...s.path.slice(0, index), choiceId];
  const dropped = new Set<string>();
  for (let i = index + 1; i < s.path.length; i++) {
    const position = model.positionAfter(s.path, i);
    if (position.phase === 'deciding') dropped.add(position.nodeId);
  }
  const votes = Object.fromEntries(Object.entries(s.votes).filter(([nodeId]) => !dropped.has(nodeId)));
  return { ...s, path, votes };
}

function setVotes(s: WorkshopSession, nodeId: string, votes: NodeVotes): WorkshopSession {
  return { ...s, votes: { ...s.votes, [nodeId]: votes } };
}

function updateVotes(model: WorkshopModel, s: WorkshopSession, change: (v: NodeVotes) => NodeVotes): WorkshopSession {
  const vote = currentVote(model, s);
  if (!vote) return s;
  const before = s.votes[vote.nodeId] ?? emptyVotes();
  const after = change(before);
  return after === before ? s : setVotes(s, vote.nodeId, after);
}

function addVoteFor(model: WorkshopModel, s: WorkshopSession, option: number): WorkshopSession {
  const vote = currentVote(model, s);
  const choiceId = vote?.optionIds[option];
  if (!vote || !choiceId) return s;
  const before = s.votes[vote.nodeId] ?? emptyVotes();
  // Hands are counted before the result is shown; once it is shown, hide it again to correct the count.
  if (before.revealed) return s;
  return setVotes(s, vote.nodeId, addVote(before, choiceId));
}

function pick(model: WorkshopModel, s: WorkshopSession, option: number): WorkshopSession {
  const vote = currentVote(model, s);
  const choiceId = vote?.optionIds[option];
  if (!vote || !choiceId) return s;
  const before = s.votes[vote.nodeId] ?? emptyVotes();
  if (before.pick === choiceId && before.revealed) return s;
  return setVotes(s, vote.nodeId, { ...before, revealed: true, pick: choiceId });
}

/**
 * Sets the phones' revealed votes at the current decision and shows the result. Both workshop
 * windows receive the reveal from the relay; the same counts a second time change nothing.
 */
function phoneVotes(model: WorkshopModel, s: WorkshopSession, nodeId: string, counts: readonly number[]): WorkshopSession {
  const vote = currentVote(model, s);
  if (!vote || vote.nodeId !== nodeId || counts.length !== vote.optionIds.length) return s;
  const phones = Object.fromEntries(vote.optionIds.map((id, i) => [id, counts[i] ?? 0]));
  const before = s.votes[nodeId] ?? emptyVotes();
  if (before.revealed && vote.optionIds.every((id) => before.phones?.[id] === phones[id])) return s;
  return setVotes(s, nodeId, { ...before, phones, revealed: true });
}
