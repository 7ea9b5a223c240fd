import { afterEach, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import { startRelay, type Relay } from '../../../relay/create-relay';
import { createMemoryStore } from '../../../relay/memory-store';
import type { Progress, PublicQuestion } from '../../../src/lib/voting/protocol';
import { ask, connect, deviceId, next } from '../../support/relay-client';
import { testConfig } from '../../support/relay-server';

const question = { id: 'a1:de-mail', title: 'Wat doet u met de mail?', options: ['Bellen', 'Mailen', 'Wachten'] };
const open: Relay[] = [];
const sockets: Socket[] = [];

async function relay(overrides = {}) {
  const r = await startRelay(testConfig(overrides));
  open.push(r);
  return r;
}
async function client(url: string, origin?: string) {
  const s = await connect(url, origin);
  sockets.push(s);
  return s;
}
afterEach(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  for (const r of open.splice(0)) await r.close();
});

/** A trainer with an open question and `phones` joined phones. */
async function workshop(url: string, phones = 3) {
  const trainer = await client(url);
  const created = await ask<{ code: string; secret: string }>(trainer, 'create');
  if (!created.ok) throw new Error(created.reason);
  const { code, secret } = created;
  expect(await ask(trainer, 'open', { code, secret, question })).toEqual({ ok: true });
  const devices = Array.from({ length: phones }, deviceId);
  const phoneSockets = [];
  for (const id of devices) {
    const phone = await client(url);
    expect(await ask(phone, 'join', { code, deviceId: id })).toMatchObject({
      ok: true,
      current: { question, state: 'open', counts: null },
    });
    phoneSockets.push(phone);
  }
  return { trainer, code, secret, phones: phoneSockets, devices };
}

const progressWith = (trainer: Socket, voted: number) => next<Progress>(trainer, 'progress', (p) => p.voted === voted);

describe('relay: a vote from phones to the projector', () => {
  it('counts one vote per phone, shows the trainer how many voted but not how, and reveals the counts', async () => {
    const { url } = await relay();
    const { trainer, code, secret, phones } = await workshop(url, 3);
    const hidden: (PublicQuestion | null)[] = [];
    phones[0]!.on('question', (q: PublicQuestion | null) => hidden.push(q));

    const progress = progressWith(trainer, 3);
    expect(await ask(phones[0]!, 'vote', { questionId: question.id, option: 0 })).toEqual({ ok: true });
    expect(await ask(phones[1]!, 'vote', { questionId: question.id, option: 2 })).toEqual({ ok: true });
    expect(await ask(phones[2]!, 'vote', { questionId: question.id, option: 2 })).toEqual({ ok: true });
    expect(await progress).toMatchObject({ connected: 3, voted: 3 });

    const revealed = next<PublicQuestion>(phones[0]!, 'question', (q) => q?.state === 'revealed');
    expect(await ask(trainer, 'reveal', { code, secret })).toMatchObject({ ok: true, current: { counts: [1, 0, 2] } });
    expect((await revealed).counts).toEqual([1, 0, 2]);
    expect(hidden.filter((q) => q?.state !== 'revealed').every((q) => q?.counts === null)).toBe(true);
  });

  it('lets a phone change its vote while the vote is open, and counts it once', async () => {
    const { url } = await relay();
    const { trainer, code, secret, phones } = await workshop(url, 1);
    await ask(phones[0]!, 'vote', { questionId: question.id, option: 0 });
    await ask(phones[0]!, 'vote', { questionId: question.id, option: 1 });
    expect(await ask(trainer, 'reveal', { code, secret })).toMatchObject({ current: { counts: [0, 1, 0] } });
  });

  it('gives a reloaded phone its vote back, and refuses votes once the vote is closed', async () => {
    const { url } = await relay();
    const { trainer, code, secret, phones, devices } = await workshop(url, 1);
    await ask(phones[0]!, 'vote', { questionId: question.id, option: 2 });
    phones[0]!.disconnect();
    const reloaded = await client(url);
    expect(await ask(reloaded, 'join', { code, deviceId: devices[0] })).toMatchObject({ ok: true, vote: 2 });
    await ask(trainer, 'close', { code, secret });
    expect(await ask(reloaded, 'vote', { questionId: question.id, option: 0 })).toEqual({ ok: false, reason: 'no-open-vote' });
    expect(await ask(trainer, 'reveal', { code, secret })).toMatchObject({ current: { counts: [0, 0, 1] } });
  });
});

describe('relay: hostile and broken messages change nothing', () => {
  it('refuses trainer actions from a participant, a wrong secret, votes out of range and malformed messages', async () => {
    const { url } = await relay();
    const { trainer, code, secret, phones } = await workshop(url, 2);
    await ask(phones[0]!, 'vote', { questionId: question.id, option: 1 });
    const attacker = phones[1]!;
    const guessed = 'b'.repeat(43);
    for (const event of ['close', 'reveal', 'reset'])
      expect(await ask(attacker, event, { code, secret: guessed })).toEqual({ ok: false, reason: 'not-trainer' });
    expect(await ask(attacker, 'open', { code, secret: guessed, question: { ...question, id: 'x' } })).toEqual({
      ok: false,
      reason: 'not-trainer',
    });
    expect(await ask(attacker, 'open', { code, question })).toEqual({ ok: false, reason: 'invalid' });
    expect(await ask(attacker, 'vote', { questionId: question.id, option: 3 })).toEqual({ ok: false, reason: 'option-out-of-range' });
    expect(await ask(attacker, 'vote', { questionId: 'a1:andere-vraag', option: 0 })).toEqual({ ok: false, reason: 'wrong-question' });
    expect(await ask(attacker, 'vote', { questionId: question.id, option: '0' })).toEqual({ ok: false, reason: 'invalid' });
    expect(await ask(attacker, 'vote', { questionId: question.id, option: 0, deviceId: 'someone-else' })).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(await ask(attacker, 'vote', { questionId: question.id, option: 0, padding: 'x'.repeat(5_000) })).toEqual({
      ok: false,
      reason: 'too-large',
    });
    // The one real vote is still the only one, and the question is still open.
    expect(await ask(trainer, 'reveal', { code, secret })).toMatchObject({ current: { question, counts: [0, 1, 0] } });
  });

  it('does not let a phone vote before it joined, nor read a session whose code it does not have', async () => {
    const { url } = await relay();
    const first = await workshop(url, 0);
    const other = await workshop(url, 1);
    const stranger = await client(url);
    const seen: unknown[] = [];
    stranger.on('question', (q) => seen.push(q));
    expect(await ask(stranger, 'vote', { questionId: question.id, option: 0 })).toEqual({ ok: false, reason: 'not-joined' });
    expect(await ask(stranger, 'join', { code: 'ZZZZZZ', deviceId: deviceId() })).toEqual({ ok: false, reason: 'unknown-session' });
    // The stranger joins the first session and hears nothing of the second.
    await ask(stranger, 'join', { code: first.code, deviceId: deviceId() });
    await ask(other.trainer, 'reveal', { code: other.code, secret: other.secret });
    await ask(first.trainer, 'close', { code: first.code, secret: first.secret });
    await next(stranger, 'question', (q: PublicQuestion | null) => q?.state === 'closed');
    expect(seen.every((q) => (q as PublicQuestion | null)?.state !== 'revealed')).toBe(true);
  });

  it('refuses messages sent faster than the limit, without counting them', async () => {
    const { url } = await relay({ messagesPerSecond: 5 });
    const { trainer, code, secret, phones } = await workshop(url, 1);
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => ask(phones[0]!, 'vote', { questionId: question.id, option: i % 3 })),
    );
    expect(answers.filter((a) => !a.ok).every((a) => !a.ok && a.reason === 'too-fast')).toBe(true);
    expect(answers.filter((a) => !a.ok).length).toBeGreaterThan(15);
    const revealed = await ask<{ current: PublicQuestion }>(trainer, 'reveal', { code, secret });
    expect(revealed.ok && revealed.current.counts!.reduce((a, b) => a + b, 0)).toBe(1);
  });

  it('holds the limits on phones per session and sessions per relay', async () => {
    const { url } = await relay({ maxConnectionsPerSession: 2, maxSessions: 1 });
    const { code } = await workshop(url, 2);
    const third = await client(url);
    expect(await ask(third, 'join', { code, deviceId: deviceId() })).toEqual({ ok: false, reason: 'session-full' });
    expect(await ask(third, 'create')).toEqual({ ok: false, reason: 'relay-full' });
  });

  it('refuses connections from a site that is not configured', async () => {
    const { url } = await relay();
    await expect(connect(url, 'https://kwaadwillend.example')).rejects.toThrow();
  });
});

describe('relay: a restart without Redis loses nothing', () => {
  it('restores the session from the trainer and the phones, counting every vote once', async () => {
    const first = await relay();
    const port = Number(new URL(first.url).port);
    const { trainer, code, secret, phones, devices } = await workshop(first.url, 3);
    await ask(phones[0]!, 'vote', { questionId: question.id, option: 0 });
    await ask(phones[1]!, 'vote', { questionId: question.id, option: 1 });
    const progress = await progressWith(trainer, 2);

    await first.close();
    open.splice(open.indexOf(first), 1);
    const second = await relay({ port });

    // The trainer's browser brings back what it knew; the phones rejoin, one re-sends its vote.
    const trainerAgain = await client(second.url);
    expect(await ask(trainerAgain, 'resume', { code, secret, question, state: 'open', ballots: progress.ballots })).toMatchObject({
      ok: true,
      progress: { voted: 2 },
    });
    const phoneAgain = await client(second.url);
    expect(await ask(phoneAgain, 'join', { code, deviceId: devices[1] })).toMatchObject({ ok: true, vote: 1 });
    expect(await ask(phoneAgain, 'vote', { questionId: question.id, option: 1 })).toEqual({ ok: true });
    const late = await client(second.url);
    await ask(late, 'join', { code, deviceId: devices[2] });
    await ask(late, 'vote', { questionId: question.id, option: 2 });
    expect(await ask(trainerAgain, 'reveal', { code, secret })).toMatchObject({ current: { counts: [1, 1, 1] } });
  });

  it('does not let a resume with the wrong secret take over a live session', async () => {
    const { url } = await relay();
    const { code } = await workshop(url, 0);
    const intruder = await client(url);
    expect(await ask(intruder, 'resume', { code, secret: 'c'.repeat(43) })).toEqual({ ok: false, reason: 'not-trainer' });
  });
});

describe('relay memory store', () => {
  it('forgets a session and its ballots when the session expires', async () => {
    let now = 1_000;
    const store = createMemoryStore(() => now);
    await store.create({ code: 'K7M2PQ', secretHash: 'x', expiresAt: now + 12 * 3_600_000, question: null, state: 'closed' });
    await store.setBallot('K7M2PQ', 'q', deviceId(), 1);
    expect(await store.count()).toBe(1);
    now += 12 * 3_600_000;
    expect(await store.get('K7M2PQ')).toBeNull();
    expect(await store.getBallots('K7M2PQ', 'q')).toEqual({});
    expect(await store.count()).toBe(0);
    await store.close();
  });
});
