// The group's votes inside a session: where a vote is, and the pure updates of its counts.
import type { WorkshopModel } from './model';
import type { WorkshopSession } from './session-types';
import { addVote, emptyVotes, type NodeVotes } from './votes';

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

export function setVotes(s: WorkshopSession, nodeId: string, votes: NodeVotes): WorkshopSession {
  return { ...s, votes: { ...s.votes, [nodeId]: votes } };
}

export function updateVotes(model: WorkshopModel, s: WorkshopSession, change: (v: NodeVotes) => NodeVotes): WorkshopSession {
  const vote = currentVote(model, s);
  if (!vote) return s;
  const before = s.votes[vote.nodeId] ?? emptyVotes();
  const after = change(before);
  return after === before ? s : setVotes(s, vote.nodeId, after);
}

export function addVoteFor(model: WorkshopModel, s: WorkshopSession, option: number): WorkshopSession {
  const vote = currentVote(model, s);
  const choiceId = vote?.optionIds[option];
  if (!vote || !choiceId) return s;
  const before = s.votes[vote.nodeId] ?? emptyVotes();
  // Hands are counted before the result is shown; once it is shown, hide it again to correct the count.
  if (before.revealed) return s;
  return setVotes(s, vote.nodeId, addVote(before, choiceId));
}

export function pick(model: WorkshopModel, s: WorkshopSession, option: number): WorkshopSession {
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
export function phoneVotes(model: WorkshopModel, s: WorkshopSession, nodeId: string, counts: readonly number[]): WorkshopSession {
  const vote = currentVote(model, s);
  if (!vote || vote.nodeId !== nodeId || counts.length !== vote.optionIds.length) return s;
  const phones = Object.fromEntries(vote.optionIds.map((id, i) => [id, counts[i] ?? 0]));
  const before = s.votes[nodeId] ?? emptyVotes();
  if (before.revealed && vote.optionIds.every((id) => before.phones?.[id] === phones[id])) return s;
  return setVotes(s, nodeId, { ...before, phones, revealed: true });
}
