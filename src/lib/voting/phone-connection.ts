import { io, type Socket } from 'socket.io-client';
import { JoinSchema, type Ack, type Refusal } from './protocol.ts';
import { createNewsLog } from './news-log.ts';
import { initialPhoneState, phoneReducer, type PhoneEvent, type PhoneState } from './phone-state.ts';

/** How long a phone waits for the relay to confirm a message before it treats it as not delivered. */
const ACK_TIMEOUT_MS = 5_000;

export interface PhoneConnection {
  getState(): PhoneState;
  subscribe(listener: (state: PhoneState) => void): () => void;
  join(code: string): void;
  vote(option: number): void;
  close(): void;
}

/**
 * Connects a phone to the relay. Socket.IO reconnects on its own with back-off; after every
 * (re)connect the phone joins again with the same device id and re-sends a vote the relay did not
 * confirm, so a locked phone or a lost connection loses no vote and counts none twice.
 */
export function connectPhone(relayUrl: string, deviceId: string): PhoneConnection {
  let state = initialPhoneState;
  const listeners = new Set<(state: PhoneState) => void>();
  const dispatch = (event: PhoneEvent) => {
    state = phoneReducer(state, event);
    for (const listener of listeners) listener(state);
  };
  const socket: Socket = io(relayUrl, { reconnectionDelayMax: 5_000, timeout: 10_000 });

  const ask = async (event: string, payload: unknown): Promise<Ack<Record<string, unknown>> | null> => {
    try {
      return (await socket.timeout(ACK_TIMEOUT_MS).emitWithAck(event, payload)) as Ack<Record<string, unknown>>;
    } catch {
      return null; // no answer in time: the message counts as not delivered
    }
  };

  const sendPending = async () => {
    const pending = state.pending;
    if (!pending || !socket.connected) return;
    const answer = await ask('vote', pending);
    if (answer === null) return;
    if (answer.ok) dispatch({ type: 'vote-acked', ...pending });
    else dispatch({ type: 'vote-refused', reason: answer.reason });
  };

  const news = createNewsLog();
  const sendJoin = async () => {
    if (!state.code || !socket.connected) return;
    news.expectAnswer();
    const answer = await ask('join', { code: state.code, deviceId });
    if (answer === null) return;
    if (!answer.ok) {
      // After a relay restart the session returns once the trainer's browser has resumed it.
      if (answer.reason === 'unknown-session' && state.step === 'joined') setTimeout(() => void sendJoin(), 2_000);
      else dispatch({ type: 'join-refused', reason: answer.reason });
      return;
    }
    dispatch({ type: 'joined', current: answer['current'], vote: typeof answer['vote'] === 'number' ? answer['vote'] : null });
    const heard = news.heardSince();
    if (heard) dispatch({ type: 'question', message: heard.message });
    await sendPending();
  };

  socket.on('connect', () => {
    dispatch({ type: 'connected' });
    void sendJoin();
  });
  socket.on('disconnect', () => dispatch({ type: 'disconnected' }));
  socket.on('connect_error', () => dispatch({ type: 'disconnected' }));
  socket.on('question', (message: unknown) => {
    news.hear(message);
    dispatch({ type: 'question', message });
  });

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    join(code) {
      if (!JoinSchema.safeParse({ code, deviceId }).success) {
        dispatch({ type: 'join-refused', reason: 'unknown-session' satisfies Refusal });
        return;
      }
      dispatch({ type: 'submit-code', code });
      void sendJoin();
    },
    vote(option) {
      dispatch({ type: 'vote', option });
      void sendPending();
    },
    close() {
      socket.close();
    },
  };
}
