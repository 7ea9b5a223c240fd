import { PublicQuestionSchema, REFUSAL_TEXT, type PublicQuestion, type Refusal } from './protocol.ts';

/** Everything the phone page shows. Pure data; `phoneReducer` is the only way it changes. */
export interface PhoneState {
  /** `code`: asking for the code; `joining`: waiting for the relay; `joined`: in a session. */
  step: 'code' | 'joining' | 'joined';
  connection: 'connecting' | 'online' | 'offline';
  code: string | null;
  current: PublicQuestion | null;
  /** The option the relay confirmed for the current question. */
  myVote: number | null;
  /** A vote the relay has not confirmed yet; it is sent again after a reconnect. */
  pending: { questionId: string; option: number } | null;
  /** A Dutch sentence about the last thing that went wrong, or null. */
  notice: string | null;
}

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

export const initialPhoneState: PhoneState = {
  step: 'code',
  connection: 'connecting',
  code: null,
  current: null,
  myVote: null,
  pending: null,
  notice: null,
};

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

/** The one sentence the phone announces about its vote, or null when there is nothing to say. */
export function voteStatus(state: PhoneState): string | null {
  const current = state.current;
  if (!current) return null;
  const label = (option: number) => current.question.options[option] ?? '';
  if (state.pending) {
    return state.connection === 'online'
      ? `Uw stem wordt verstuurd: ${label(state.pending.option)}.`
      : `Uw stem is nog niet verstuurd, want er is geen verbinding. Zodra die terug is, sturen we hem alsnog: ${label(state.pending.option)}.`;
  }
  if (current.state === 'revealed') return 'De uitslag staat hieronder en op het scherm.';
  if (current.state === 'closed')
    return state.myVote === null
      ? 'De stemming is gesloten. U heeft niet gestemd.'
      : `De stemming is gesloten. Uw stem is geteld: ${label(state.myVote)}.`;
  if (state.myVote !== null) return `Uw stem is ontvangen: ${label(state.myVote)}. U kunt nog wisselen tot de stemming sluit.`;
  return null;
}
