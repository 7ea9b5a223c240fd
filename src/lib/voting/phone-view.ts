import type { PublicQuestion } from './protocol.ts';

// What the phone page shows, apart from the reducer (phone-state.ts): the page renders this before
// it loads the connection and the message schemas, so this file imports types only.

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

export const initialPhoneState: PhoneState = {
  step: 'code',
  connection: 'connecting',
  code: null,
  current: null,
  myVote: null,
  pending: null,
  notice: null,
};

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
