import type { Server, Socket } from 'socket.io';
import * as z from 'zod/mini';
import {
  JoinSchema,
  OpenSchema,
  ResumeSchema,
  TrainerSchema,
  VOTING_LIMITS,
  VoteSchema,
  messageBytes,
  type Ack,
  type Progress,
  type PublicQuestion,
  type Refusal,
} from '../src/lib/voting/protocol.ts';
import { countBallots } from '../src/lib/voting/tally.ts';
import type { RelayConfig } from './config.ts';
import { createBucket } from './rate-limit.ts';
import { createSessionTurns } from './session-turns.ts';
import type { SessionRecord, SessionStore } from './store.ts';
import { hashSecret, newSessionCode, newTrainerSecret, secretMatches } from './trainer-secret.ts';

type Role = { role: 'trainer' | 'participant'; code: string; deviceId?: string };
const room = { session: (code: string) => `s:${code}`, trainers: (code: string) => `t:${code}`, phones: (code: string) => `p:${code}` };

/** The session a message is about, when it names one. */
const sessionOf = (input: unknown): string | undefined =>
  typeof input === 'object' && input !== null && 'code' in input && typeof input.code === 'string' ? input.code : undefined;

/** Thrown inside a handler to answer with a refusal; nothing has been changed when it is thrown. */
class Refused extends Error {
  readonly reason: Refusal;
  constructor(reason: Refusal) {
    super(reason);
    this.reason = reason;
  }
}

/**
 * The relay's behaviour: sessions, votes and their rules. Every message is checked for size, rate
 * and shape before anything is read or written, and every refusal changes nothing.
 */
export function attachRelay(io: Server, store: SessionStore, config: RelayConfig, now: () => number = Date.now): { stop(): void } {
  const progressTimers = new Map<string, ReturnType<typeof setTimeout>>();
  let stopped = false;
  const connectedCache = new Map<string, number>();
  const inTurn = createSessionTurns();

  const countPhones = async (code: string) => {
    const count = (await io.in(room.phones(code)).fetchSockets()).length;
    connectedCache.set(code, count);
    return count;
  };

  const publicQuestion = async (session: SessionRecord): Promise<PublicQuestion | null> => {
    if (!session.question) return null;
    const counts =
      session.state === 'revealed'
        ? countBallots(await store.getBallots(session.code, session.question.id), session.question.options.length)
        : null;
    return { question: session.question, state: session.state, counts };
  };

  const publishQuestion = async (session: SessionRecord) => {
    io.to(room.session(session.code)).emit('question', await publicQuestion(session));
  };

  const progressOf = async (code: string): Promise<Progress> => {
    const session = await store.get(code);
    const ballots = session?.question ? await store.getBallots(code, session.question.id) : {};
    return { connected: await countPhones(code), voted: Object.keys(ballots).length, ballots };
  };

  // Progress goes to the trainer at most every 100 ms per session: 300 phones voting at once give a
  // handful of updates, not 300.
  const publishProgress = (code: string) => {
    if (stopped || progressTimers.has(code)) return;
    progressTimers.set(
      code,
      setTimeout(() => {
        progressTimers.delete(code);
        progressOf(code)
          .then((progress) => io.to(room.trainers(code)).emit('progress', progress))
          // A store that fails now (Redis gone) must not take the relay down; the next change tries again.
          .catch((error: unknown) => console.error('stemserver: voortgang niet verstuurd:', error));
      }, 100),
    );
  };

  const asTrainer = async (socket: Socket, auth: { code: string; secret: string }) => {
    const session = await store.get(auth.code);
    if (!session) throw new Refused('unknown-session');
    if (!secretMatches(auth.secret, session.secretHash)) throw new Refused('not-trainer');
    socket.data = { role: 'trainer', code: auth.code } satisfies Role;
    await socket.join([room.session(auth.code), room.trainers(auth.code)]);
    return session;
  };

  io.on('connection', (socket) => {
    const bucket = createBucket(config.messagesPerSecond, now);

    // Rate and size first, for every event, known or not.
    socket.use(([, ...args], next) => {
      const ack = args.at(-1);
      const payload = typeof ack === 'function' ? args.slice(0, -1) : args;
      const refuse = (reason: Refusal) => (typeof ack === 'function' ? ack({ ok: false, reason }) : undefined);
      if (!bucket.take()) return refuse('too-fast');
      if (messageBytes(payload) > VOTING_LIMITS.messageBytes) return refuse('too-large');
      next();
    });

    const on = <S extends z.ZodMiniType, R extends object>(event: string, schema: S, handle: (input: z.infer<S>) => Promise<R>) => {
      socket.on(event, async (payload: unknown, ack: unknown) => {
        if (typeof ack !== 'function') return;
        const reply = ack as (answer: Ack<R>) => void;
        const parsed = schema.safeParse(payload);
        if (!parsed.success) return reply({ ok: false, reason: 'invalid' });
        const answer = async () => {
          try {
            reply({ ok: true, ...(await handle(parsed.data)) });
          } catch (error) {
            reply({ ok: false, reason: error instanceof Refused ? error.reason : 'invalid' });
            if (!(error instanceof Refused)) console.error(`stemserver: fout bij "${event}":`, error);
          }
        };
        // The answer goes out inside the turn, so it reaches the sender before any news of a later change.
        const code = sessionOf(parsed.data) ?? (socket.data as Role | undefined)?.code;
        await (code ? inTurn(code, answer) : answer());
      });
    };

    on('create', z.strictObject({}), async () => {
      if ((await store.count()) >= config.maxSessions) throw new Refused('relay-full');
      const secret = newTrainerSecret();
      for (let attempt = 0; attempt < 5; attempt++) {
        const record: SessionRecord = {
          code: newSessionCode(),
          secretHash: hashSecret(secret),
          expiresAt: now() + config.sessionHours * 3_600_000,
          question: null,
          state: 'closed',
        };
        if (await store.create(record)) {
          await asTrainer(socket, { code: record.code, secret });
          return { code: record.code, secret, expiresAt: record.expiresAt };
        }
      }
      throw new Refused('relay-full');
    });

    on('resume', ResumeSchema, async (input) => {
      let session = await store.get(input.code);
      if (!session) {
        // The relay lost the session (a restart without Redis): the trainer's browser brings it back.
        if ((await store.count()) >= config.maxSessions) throw new Refused('relay-full');
        await store.create({
          code: input.code,
          secretHash: hashSecret(input.secret),
          expiresAt: now() + config.sessionHours * 3_600_000,
          question: input.question ?? null,
          state: input.state ?? 'closed',
        });
      }
      session = await asTrainer(socket, input);
      if (input.ballots && input.question && session.question?.id === input.question.id) {
        const inRange = Object.fromEntries(
          Object.entries(input.ballots).filter(([, option]) => option < session!.question!.options.length),
        );
        await store.restoreBallots(session.code, session.question.id, inRange);
      }
      await publishQuestion(session);
      return { current: await publicQuestion(session), progress: await progressOf(session.code), expiresAt: session.expiresAt };
    });

    on('open', OpenSchema, async (input) => {
      const session = await asTrainer(socket, input);
      if (session.question && session.question.id !== input.question.id) await store.clearBallots(session.code, session.question.id);
      const next: SessionRecord = { ...session, question: input.question, state: 'open' };
      await store.save(next);
      await publishQuestion(next);
      publishProgress(session.code);
      return {};
    });

    const setState = (event: 'close' | 'reveal', state: 'closed' | 'revealed') =>
      on(event, TrainerSchema, async (input) => {
        const session = await asTrainer(socket, input);
        if (!session.question) throw new Refused('no-open-vote');
        const next: SessionRecord = { ...session, state };
        await store.save(next);
        await publishQuestion(next);
        return { current: await publicQuestion(next) };
      });
    setState('close', 'closed');
    setState('reveal', 'revealed');

    on('reset', TrainerSchema, async (input) => {
      const session = await asTrainer(socket, input);
      if (!session.question) throw new Refused('no-open-vote');
      await store.clearBallots(session.code, session.question.id);
      const next: SessionRecord = { ...session, state: 'open' };
      await store.save(next);
      await publishQuestion(next);
      publishProgress(session.code);
      return {};
    });

    on('join', JoinSchema, async (input) => {
      const session = await store.get(input.code);
      if (!session) throw new Refused('unknown-session');
      const role = socket.data as Role | undefined;
      const rejoining = role?.role === 'participant' && role.code === input.code;
      if (!rejoining && (connectedCache.get(input.code) ?? (await countPhones(input.code))) >= config.maxConnectionsPerSession)
        throw new Refused('session-full');
      if (role?.code && role.code !== input.code) {
        await socket.leave(room.session(role.code));
        await socket.leave(room.phones(role.code));
      }
      socket.data = { role: 'participant', code: input.code, deviceId: input.deviceId } satisfies Role;
      await socket.join([room.session(input.code), room.phones(input.code)]);
      connectedCache.set(input.code, (connectedCache.get(input.code) ?? 0) + (rejoining ? 0 : 1));
      publishProgress(input.code);
      const ballots = session.question ? await store.getBallots(input.code, session.question.id) : {};
      return { current: await publicQuestion(session), vote: ballots[input.deviceId] ?? null };
    });

    on('vote', VoteSchema, async (input) => {
      const role = socket.data as Role | undefined;
      if (role?.role !== 'participant' || !role.deviceId) throw new Refused('not-joined');
      const session = await store.get(role.code);
      if (!session) throw new Refused('unknown-session');
      if (!session.question || session.state !== 'open') throw new Refused('no-open-vote');
      if (session.question.id !== input.questionId) throw new Refused('wrong-question');
      if (input.option >= session.question.options.length) throw new Refused('option-out-of-range');
      await store.setBallot(role.code, input.questionId, role.deviceId, input.option);
      publishProgress(role.code);
      return {};
    });

    socket.on('disconnect', () => {
      const role = socket.data as Role | undefined;
      if (role?.role === 'participant') {
        connectedCache.set(role.code, Math.max(0, (connectedCache.get(role.code) ?? 1) - 1));
        publishProgress(role.code);
      }
    });
  });

  return {
    stop() {
      stopped = true;
      for (const timer of progressTimers.values()) clearTimeout(timer);
      progressTimers.clear();
    },
  };
}
