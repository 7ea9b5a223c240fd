import { createServer } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { Server } from 'socket.io';
import { connectPhone } from '../../../src/lib/voting/phone-connection';
import { connectTrainer } from '../../../src/lib/voting/trainer-connection';

// The relay answers a resume or a join and, in the same moment, announces a later change. Both reach
// the browser in one packet, and the answer is handled a microtask after the news. The window must
// end with the news, not with the older answer. A stand-in relay sends exactly that.
const question = { id: 'a1:de-mail', title: 'Wat doet u met de mail?', options: ['Bellen', 'Mailen'] };
const CODE = 'K7M2PQ';
const cleanup: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function relayThatAnswersThenAnnounces(event: 'resume' | 'join', answer: object) {
  const http = createServer();
  const io = new Server(http);
  io.on('connection', (socket) => {
    socket.on(event, (_payload: unknown, ack: (answer: object) => void) => {
      ack({ ok: true, ...answer });
      socket.emit('question', { question, state: 'open', counts: null });
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  cleanup.push(() => new Promise<void>((resolve) => io.close(() => resolve())));
  return `http://127.0.0.1:${(http.address() as { port: number }).port}`;
}

describe('an answer and the news right after it', () => {
  it('a trainer window that resumes ends with the vote the relay opened after answering', async () => {
    const url = await relayThatAnswersThenAnnounces('resume', {
      current: null,
      progress: { connected: 0, voted: 0 },
      expiresAt: Date.now() + 3_600_000,
    });
    const trainer = connectTrainer(url, { code: CODE, secret: 's'.repeat(43) });
    cleanup.push(() => trainer.stop());
    await expect.poll(() => trainer.getState().connection).toBe('online');
    await expect.poll(() => trainer.getState().state).toBe('open');
    expect(trainer.getState().question).toEqual(question);
  });

  it('a phone that joins ends with the vote the relay opened after answering', async () => {
    const url = await relayThatAnswersThenAnnounces('join', { current: null, vote: null });
    const phone = connectPhone(url, '0f8fad5b-d9cb-469f-a165-70867728950e');
    cleanup.push(() => phone.close());
    phone.join(CODE);
    await expect.poll(() => phone.getState().step).toBe('joined');
    await expect.poll(() => phone.getState().current?.state).toBe('open');
  });
});
