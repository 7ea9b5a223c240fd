import { createServer } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { Server } from 'socket.io';
import { attachRelay } from '../../../relay/handlers';
import { createMemoryStore } from '../../../relay/memory-store';
import { createSessionTurns } from '../../../relay/session-turns';
import type { SessionStore } from '../../../relay/store';
import { connectTrainer } from '../../../src/lib/voting/trainer-connection';
import { ask, connect } from '../../support/relay-client';
import { testConfig } from '../../support/relay-server';

const question = { id: 'a1:de-mail', title: 'Wat doet u met de mail?', options: ['Bellen', 'Mailen'] };
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('session turns', () => {
  it('runs the messages of one session one after another, in order, and other sessions alongside', async () => {
    const inTurn = createSessionTurns();
    const log: string[] = [];
    let releaseFirst!: () => void;
    const first = inTurn('AAAAAA', async () => {
      log.push('A1 start');
      await new Promise<void>((resolve) => (releaseFirst = resolve));
      log.push('A1 end');
    });
    const second = inTurn('AAAAAA', async () => void log.push('A2'));
    const other = inTurn('BBBBBB', async () => void log.push('B1'));
    await other;
    await tick();
    expect(log).toEqual(['A1 start', 'B1']);
    releaseFirst();
    await Promise.all([first, second]);
    expect(log).toEqual(['A1 start', 'B1', 'A1 end', 'A2']);
  });

  it('goes on with the next message when one fails', async () => {
    const inTurn = createSessionTurns();
    const failed = inTurn('AAAAAA', async () => {
      throw new Error('kapot');
    });
    await expect(failed).rejects.toThrow('kapot');
    let ran = false;
    await inTurn('AAAAAA', async () => void (ran = true));
    expect(ran).toBe(true);
  });
});

// A store whose reads turn slow: each reads at once but answers 100 ms later, as Redis under load can.
function storeWithSlowReads() {
  const inner = createMemoryStore();
  let slow: { firstRead: () => void } | null = null;
  const store: SessionStore = {
    ...inner,
    async get(code) {
      const record = await inner.get(code);
      if (slow) {
        slow.firstRead();
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return record;
    },
  };
  const readsTurnSlow = () => new Promise<void>((resolve) => (slow = { firstRead: resolve }));
  return { store, readsTurnSlow };
}

describe('relay: two trainer windows at once', () => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  it('a window that resumes while the other opens the vote ends up showing the open vote', async () => {
    const { store, readsTurnSlow } = storeWithSlowReads();
    const http = createServer();
    const io = new Server(http);
    const relay = attachRelay(io, store, testConfig());
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    cleanup.push(
      () => new Promise<void>((resolve) => io.close(() => resolve())),
      () => relay.stop(),
    );
    const url = `http://127.0.0.1:${(http.address() as { port: number }).port}`;

    const presenter = await connect(url);
    cleanup.push(() => void presenter.disconnect());
    const created = await ask<{ code: string; secret: string }>(presenter, 'create');
    if (!created.ok) throw new Error(created.reason);
    const { code, secret } = created;

    // The projector connects as the site does; the presenter opens the vote while its resume reads.
    const resumeReads = readsTurnSlow();
    const projector = connectTrainer(url, { code, secret });
    cleanup.push(() => projector.stop());
    await resumeReads;
    expect(await ask(presenter, 'open', { code, secret, question })).toEqual({ ok: true });
    await expect.poll(() => projector.getState().connection).toBe('online');
    await expect.poll(() => projector.getState().state, { timeout: 2_000 }).toBe('open');
    expect(projector.getState().question).toEqual(question);
  });
});
