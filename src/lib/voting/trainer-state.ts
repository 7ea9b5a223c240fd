import {
  ProgressSchema,
  PublicQuestionSchema,
  REFUSAL_TEXT,
  VOTING_LIMITS,
  type Ballots,
  type Question,
  type Refusal,
  type VoteState,
} from './protocol.ts';

/** What a trainer window knows about its relay session. Pure data; `trainerReducer` is the only way it changes. */
export interface TrainerState {
  /** `connecting` until the first answer; `offline` after the relay was lost; `online` while it answers. */
  connection: 'connecting' | 'online' | 'offline';
  /** The question the relay has open, closed or revealed, or null before the first vote. */
  question: Question | null;
  state: VoteState | null;
  /** The phones' counts per option once the relay revealed them. */
  counts: number[] | null;
  /** Phones connected to the session, and phones that voted on the current question. */
  connected: number;
  voted: number;
  /** The ballots last received, kept to give back to a relay that lost them. */
  ballots: Ballots;
  /** A Dutch sentence about the last refusal, or null. */
  notice: string | null;
}

export type TrainerEvent =
  | { type: 'connected' }
  | { type: 'disconnected' }
  | { type: 'question'; message: unknown }
  | { type: 'progress'; message: unknown }
  | { type: 'refused'; reason: Refusal };

export const initialTrainerState: TrainerState = {
  connection: 'connecting',
  question: null,
  state: null,
  counts: null,
  connected: 0,
  voted: 0,
  ballots: {},
  notice: null,
};

export function trainerReducer(state: TrainerState, event: TrainerEvent): TrainerState {
  switch (event.type) {
    case 'connected':
      return { ...state, connection: 'online' };
    case 'disconnected':
      // Counts stay as they were: the projector shows the votes received so far.
      return state.connection === 'offline' ? state : { ...state, connection: 'offline' };
    case 'question': {
      if (event.message === null) return { ...state, question: null, state: null, counts: null, ballots: {}, voted: 0 };
      const parsed = PublicQuestionSchema.safeParse(event.message);
      if (!parsed.success) return state;
      const { question, state: voteState, counts } = parsed.data;
      if (counts && counts.length !== question.options.length) return state;
      const same = state.question?.id === question.id;
      return {
        ...state,
        question,
        state: voteState,
        counts,
        ballots: same ? state.ballots : {},
        voted: same ? state.voted : 0,
        notice: null,
      };
    }
    case 'progress': {
      const parsed = ProgressSchema.safeParse(event.message);
      if (!parsed.success) return state;
      const { connected, voted, ballots } = parsed.data;
      return { ...state, connected, voted, ballots: ballots ?? state.ballots };
    }
    case 'refused':
      return { ...state, notice: REFUSAL_TEXT[event.reason] ?? REFUSAL_TEXT.invalid };
  }
}

/**
 * What a trainer window sends when it (re)connects: everything it knows, so a relay that lost the
 * session gets it back with the ballots already received. The relay adds ballots it lacks and never
 * replaces one it has, so sending them again counts nobody twice.
 */
export function resumeMessage(auth: { code: string; secret: string }, state: TrainerState) {
  return state.question ? { ...auth, question: state.question, state: state.state ?? 'closed', ballots: state.ballots } : { ...auth };
}

/** A relay question id for a scenario decision: the node id in the protocol's alphabet. */
export function questionIdFor(nodeId: string): string {
  const id = nodeId
    .toLowerCase()
    .replace(/[^a-z0-9:._-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '');
  return `d:${id}`.slice(0, 200);
}

/** Where the vote at one decision is on the relay: not yet opened there, open, closed or revealed. */
export function phaseFor(state: TrainerState, questionId: string): VoteState | 'not-open' {
  return state.question?.id === questionId && state.state ? state.state : 'not-open';
}

/** The question for a decision, cut to the protocol's limits so the relay never refuses it for length. */
export function questionFor(nodeId: string, title: string, options: readonly string[]): Question {
  const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
  return {
    id: questionIdFor(nodeId),
    title: cut(title.trim(), VOTING_LIMITS.title),
    options: options.slice(0, VOTING_LIMITS.options).map((label) => cut(label.trim(), VOTING_LIMITS.optionLabel)),
  };
}
