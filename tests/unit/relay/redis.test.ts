import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import { startRelay, type Relay } from '../../../relay/create-relay';
import type { Progress } from '../../../src/lib/voting/protocol';
import { ask, connect, deviceId, next } from '../../support/relay-client';
import { startRedis, testConfig } from '../../support/relay-server';

const question = { id: 'b3:het-advies', title: 'Wat zegt u tegen het panel?', options: ['Bedanken', 'Vragen stellen', 'Niets zeggen'] };
let redis: Awaited<ReturnType<typeof startRedis>>;
const relays: Relay[] = [];
const sockets: Socket[] = [];

beforeAll(async () => {
  redis = await startRedis();
  relays.push(await startRelay(testConfig({ redisUrl: redis.url })), await startRelay(testConfig({ redisUrl: redis.url })));
});
afterAll(async () => {
  for (const s of sockets) s.disconnect();
  for (const r of relays) await r.close();
  await redis?.stop();
});

describe('two relays behind one Redis', () => {
  it('behave as one: phones on one relay, the projector on the other, and the tallies match', async () => {
    const [a, b] = relays as [Relay, Relay];
    const trainer = await connect(b.url);
    sockets.push(trainer);
    const created = await ask<{ code: string; secret: string }>(trainer, 'create');
    if (!created.ok) throw new Error(created.reason);
    const { code, secret } = created;
    await ask(trainer, 'open', { code, secret, question });

    const votes = [0, 1, 1, 2, 1];
    const progress = next<Progress>(trainer, 'progress', (p) => p.voted === votes.length && p.connected === votes.length);
    for (const option of votes) {
      const phone = await connect(a.url);
      sockets.push(phone);
      expect(await ask(phone, 'join', { code, deviceId: deviceId() })).toMatchObject({ ok: true, current: { state: 'open' } });
      expect(await ask(phone, 'vote', { questionId: question.id, option })).toEqual({ ok: true });
    }
    expect(await progress).toMatchObject({ connected: 5, voted: 5 });
    const revealedOnPhone = next<{ counts: number[] }>(sockets[1]!, 'question', (q) => q?.counts !== null);
    expect(await ask(trainer, 'reveal', { code, secret })).toMatchObject({ current: { counts: [1, 3, 1] } });
    expect((await revealedOnPhone).counts).toEqual([1, 3, 1]);
  });
});
