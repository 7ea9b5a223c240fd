import { PublicQuestionSchema, REFUSAL_TEXT, type PublicQuestion, type Refusal } from './protocol.ts';
import type { PhoneState } from './phone-view.ts';

export { initialPhoneState, voteStatus, type PhoneState } from './phone-view.ts';

export type PhoneEvent =
  | { type: 'submit-code'; code: string }
  | { type: 'connected' }
  | { type: 'disconnected' }
  | { type: 'joined'; current: unknown; vote: number | null }
  | { type: 'join-refused'; reason: Refusal }
  | { type: 'question'; message: unknown }
  | { type: 'vote'; option: number }
  | { type: 'vote-acked'; questionId: string; option: number }
  | { type: 'vote-refused'; reason: Refusal };

const UNREADABLE = 'Er kwam een onleesbaar bericht van de stemserver. Er is niets veranderd; de vraag op het scherm geldt.';

/** Reads a question from the relay; anything that does not fit the protocol is refused, not shown. */
function readQuestion(message: unknown): { ok: true; value: PublicQuestion | null } | { ok: false } {
  if (message === null) return { ok: true, value: null };
  const parsed = PublicQuestionSchema.safeParse(message);
  if (!parsed.success) return { ok: false };
  const { counts, question } = parsed.data;
  if (counts && counts.length !== question.options.length) return { ok: false };
  return { ok: true, value: parsed.data };
}

/** A new question drops what belonged to the old one; the same question keeps the vote. */
function withQuestion(state: PhoneState, current: PublicQuestion | null, vote?: number | null): PhoneState {
  const same = current !== null && state.current?.question.id === current.question.id;
  const myVote = vote !== undefined ? vote : same ? state.myVote : null;
  const pending = state.pending && current?.question.id === state.pending.questionId && current.state === 'open' ? state.pending : null;
  return { ...state, current, myVote, pending };
}

export function phoneReducer(state: PhoneState, event: PhoneEvent): PhoneState {
  switch (event.type) {
    case 'submit-code':
      return { ...state, step: 'joining', code: event.code, notice: null };
    case 'connected':
      return { ...state, connection: 'online' };
    case 'disconnected':
      return { ...state, connection: 'offline' };
    case 'joined': {
      const read = readQuestion(event.current);
      if (!read.ok) return { ...state, step: 'joined', notice: UNREADABLE };
      return withQuestion({ ...state, step: 'joined', notice: null }, read.value, event.vote);
    }
    case 'join-refused':
      return { ...state, step: 'code', notice: REFUSAL_TEXT[event.reason] ?? REFUSAL_TEXT.invalid };
    case 'question': {
      const read = readQuestion(event.message);
      return read.ok ? withQuestion({ ...state, notice: null }, read.value) : { ...state, notice: UNREADABLE };
    }
    case 'vote':
      if (!state.current || state.current.state !== 'open' || event.option >= state.current.question.options.length) return state;
      return { ...state, pending: { questionId: state.current.question.id, option: event.option }, notice: null };
    case 'vote-acked': {
      const pending =
        state.pending && state.pending.questionId === event.questionId && state.pending.option === event.option ? null : state.pending;
      return state.current?.question.id === event.questionId ? { ...state, myVote: event.option, pending } : { ...state, pending };
    }
    case 'vote-refused':
      return { ...state, pending: null, notice: REFUSAL_TEXT[event.reason] ?? REFUSAL_TEXT.invalid };
  }
}
