import { io, type Socket } from 'socket.io-client';
import type { Ack, Question } from './protocol.ts';
import { createNewsLog } from './news-log.ts';
import { initialTrainerState, resumeMessage, trainerReducer, type TrainerEvent, type TrainerState } from './trainer-state.ts';

/** How long the trainer's window waits for the relay before it says the relay cannot be reached. */
const ANSWER_TIMEOUT_MS = 5_000;

export interface TrainerAuth {
  code: string;
  secret: string;
}

export interface TrainerConnection {
  getState(): TrainerState;
  subscribe(listener: (state: TrainerState) => void): () => void;
  open(question: Question): Promise<boolean>;
  close(): Promise<boolean>;
  reveal(): Promise<boolean>;
  stop(): void;
}

/**
 * Makes a new session on the relay: its code and the trainer secret. Null when the relay cannot be
 * reached or refuses; the workshop then goes on with a show of hands.
 */
export async function createVotingSession(relayUrl: string): Promise<TrainerAuth | null> {
  const socket = io(relayUrl, { reconnection: false, timeout: ANSWER_TIMEOUT_MS });
  try {
    const answer = (await socket.timeout(ANSWER_TIMEOUT_MS).emitWithAck('create', {})) as Ack<TrainerAuth>;
    return answer.ok ? { code: answer.code, secret: answer.secret } : null;
  } catch {
    return null;
  } finally {
    socket.close();
  }
}

/**
 * Connects a workshop window to its relay session as trainer. Socket.IO reconnects on its own; after
 * every (re)connect the window resumes the session with the question, its state and the ballots it
 * last received, so a relay that restarted without its memory loses no vote and counts none twice.
 */
export function connectTrainer(relayUrl: string, auth: TrainerAuth): TrainerConnection {
  let state = initialTrainerState;
  const listeners = new Set<(state: TrainerState) => void>();
  const dispatch = (event: TrainerEvent) => {
    state = trainerReducer(state, event);
    for (const listener of listeners) listener(state);
  };
  const socket: Socket = io(relayUrl, { reconnectionDelayMax: 3_000, timeout: ANSWER_TIMEOUT_MS });

  const ask = async (event: string, payload: object): Promise<Ack<Record<string, unknown>> | null> => {
    if (!socket.connected) return null;
    try {
      const answer = (await socket.timeout(ANSWER_TIMEOUT_MS).emitWithAck(event, payload)) as Ack<Record<string, unknown>>;
      if (!answer.ok) dispatch({ type: 'refused', reason: answer.reason });
      return answer;
    } catch {
      return null;
    }
  };

  const news = createNewsLog();
  socket.on('connect', async () => {
    news.expectAnswer();
    const answer = await ask('resume', resumeMessage(auth, state));
    if (!answer?.ok) return;
    dispatch({ type: 'connected' });
    const heard = news.heardSince();
    dispatch({ type: 'question', message: heard ? heard.message : (answer['current'] ?? null) });
    dispatch({ type: 'progress', message: answer['progress'] });
  });
  socket.on('disconnect', () => dispatch({ type: 'disconnected' }));
  socket.on('connect_error', () => dispatch({ type: 'disconnected' }));
  socket.on('question', (message: unknown) => {
    news.hear(message);
    dispatch({ type: 'question', message });
  });
  socket.on('progress', (message: unknown) => dispatch({ type: 'progress', message }));

  const command = async (event: string, extra: object = {}) => (await ask(event, { ...auth, ...extra }))?.ok === true;
  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    open: (question) => command('open', { question }),
    close: () => command('close'),
    reveal: () => command('reveal'),
    stop() {
      listeners.clear();
      socket.close();
    },
  };
}
