import { describe, expect, it } from 'vitest';
import { initialPhoneState, phoneReducer, voteStatus, type PhoneEvent, type PhoneState } from '../../../src/lib/voting/phone-state';
import { relayConnectSources, relayOrigin } from '../../../src/lib/voting/relay-setting';
import { loadDeviceId } from '../../../src/lib/voting/device-id';

const question = { id: 'a1:de-mail', title: 'Wat doet u met de mail?', options: ['Bellen', 'Mailen', 'Wachten'] };
const open = { question, state: 'open', counts: null };
const play = (...events: PhoneEvent[]): PhoneState => events.reduce(phoneReducer, initialPhoneState);
const joined = (...events: PhoneEvent[]) =>
  play({ type: 'connected' }, { type: 'submit-code', code: 'K7M2PQ' }, { type: 'joined', current: open, vote: null }, ...events);

describe('the phone', () => {
  it('shows the open question after joining, and confirms a vote only when the relay has it', () => {
    const sending = joined({ type: 'vote', option: 1 });
    expect(sending.pending).toEqual({ questionId: question.id, option: 1 });
    expect(voteStatus(sending)).toBe('Uw stem wordt verstuurd: Mailen.');
    const received = phoneReducer(sending, { type: 'vote-acked', questionId: question.id, option: 1 });
    expect(received.myVote).toBe(1);
    expect(received.pending).toBeNull();
    expect(voteStatus(received)).toBe('Uw stem is ontvangen: Mailen. U kunt nog wisselen tot de stemming sluit.');
  });

  it('says so when a vote cannot be delivered, and keeps it to send after the reconnect', () => {
    const offline = joined({ type: 'disconnected' }, { type: 'vote', option: 2 });
    expect(offline.pending).toEqual({ questionId: question.id, option: 2 });
    expect(voteStatus(offline)).toMatch(/^Uw stem is nog niet verstuurd, want er is geen verbinding\. .*Wachten\.$/);
    const back = phoneReducer(phoneReducer(offline, { type: 'connected' }), { type: 'joined', current: open, vote: null });
    expect(back.pending).toEqual({ questionId: question.id, option: 2 });
  });

  it('gives a reloaded phone its counted vote back', () => {
    const reloaded = play({ type: 'connected' }, { type: 'submit-code', code: 'K7M2PQ' }, { type: 'joined', current: open, vote: 0 });
    expect(reloaded.myVote).toBe(0);
  });

  it('drops the old vote when the trainer opens a new question, and keeps it when the same one closes', () => {
    const voted = joined({ type: 'vote', option: 1 }, { type: 'vote-acked', questionId: question.id, option: 1 });
    const closed = phoneReducer(voted, { type: 'question', message: { ...open, state: 'closed' } });
    expect(closed.myVote).toBe(1);
    expect(voteStatus(closed)).toBe('De stemming is gesloten. Uw stem is geteld: Mailen.');
    const nextQuestion = phoneReducer(closed, {
      type: 'question',
      message: { question: { ...question, id: 'a1:keukentafel' }, state: 'open', counts: null },
    });
    expect(nextQuestion.myVote).toBeNull();
  });

  it('ignores a vote when no vote is open or the option does not exist', () => {
    const closed = joined({ type: 'question', message: { ...open, state: 'closed' } });
    expect(phoneReducer(closed, { type: 'vote', option: 0 })).toBe(closed);
    const state = joined();
    expect(phoneReducer(state, { type: 'vote', option: 3 })).toBe(state);
  });

  it('refuses a hostile or broken relay message with a Dutch notice and keeps the question it had', () => {
    const state = joined({ type: 'vote', option: 0 }, { type: 'vote-acked', questionId: question.id, option: 0 });
    for (const message of [
      { question: { ...question, options: ['Eén'] }, state: 'open', counts: null },
      { ...open, counts: [1, 2] },
      { ...open, state: 'hacked' },
      '<script>',
    ]) {
      const after = phoneReducer(state, { type: 'question', message });
      expect(after.current).toEqual(state.current);
      expect(after.myVote).toBe(0);
      expect(after.notice).toBe('Er kwam een onleesbaar bericht van de stemserver. Er is niets veranderd; de vraag op het scherm geldt.');
    }
  });

  it('goes back to the code with a Dutch reason when the relay refuses to let it join', () => {
    const refused = play({ type: 'submit-code', code: 'ZZZZZZ' }, { type: 'join-refused', reason: 'unknown-session' });
    expect(refused.step).toBe('code');
    expect(refused.notice).toBe('Deze code kennen we niet. Kijk de code op het scherm na.');
  });
});

describe('PUBLIC_RELAY_URL', () => {
  it('gives the origin and the matching WebSocket source for the CSP, and nothing when unset', () => {
    expect(relayOrigin('https://stemmen.gemeente.nl/pad')).toBe('https://stemmen.gemeente.nl');
    expect(relayConnectSources('https://stemmen.gemeente.nl')).toEqual(['https://stemmen.gemeente.nl', 'wss://stemmen.gemeente.nl']);
    expect(relayOrigin(undefined)).toBeNull();
    expect(relayConnectSources(null)).toEqual([]);
  });

  it('fails the build with a Dutch message on a bad address', () => {
    expect(() => relayOrigin('stemmen.gemeente.nl')).toThrow(/geen geldig adres/);
    expect(() => relayOrigin('ftp://stemmen.gemeente.nl')).toThrow(/moet met https:\/\/ beginnen/);
  });
});

describe('the device id', () => {
  it('is kept in storage so a reload keeps the same vote, and works without storage', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    const first = loadDeviceId(storage);
    expect(loadDeviceId(storage)).toBe(first);
    const blocked = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
    };
    expect(loadDeviceId(blocked, () => '11111111-1111-4111-8111-111111111111')).toBe('11111111-1111-4111-8111-111111111111');
  });
});
