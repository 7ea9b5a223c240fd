import type { WorkshopModel } from './model';
import { emptyVotes, followedChoice, undoVote } from './votes';
import { MAX_NOTE_LENGTH, SESSION_VERSION, type SceneCursor, type WorkshopAction, type WorkshopSession } from './session-types';
import { addVoteFor, currentVote, decisionAt, phoneVotes, pick, setVotes, updateVotes } from './session-votes';
import { createTimer, isRunning, pauseTimer, presetMinutes, resetTimer, startTimer, toggleTimer, type TimerState } from './timer';

export * from './session-types';
export { currentVote, decisionAt } from './session-votes';

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
