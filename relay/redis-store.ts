import type { Redis } from 'ioredis';
import type { Ballots } from '../src/lib/voting/protocol.ts';
import type { SessionRecord, SessionStore } from './store.ts';

const sessionKey = (code: string) => `jt:relay:session:${code}`;
const ballotKey = (code: string, questionId: string) => `jt:relay:ballots:${code}:${questionId}`;
const INDEX = 'jt:relay:sessions';

/**
 * Sessions in Redis, shared by every relay process that uses the same Redis. Keys expire with the
 * session, so Redis forgets a session by itself; a sorted set of codes by expiry counts live sessions.
 */
export function createRedisStore(redis: Redis, now: () => number = Date.now): SessionStore {
  const ttl = (record: SessionRecord) => Math.max(1, Math.ceil((record.expiresAt - now()) / 1000));
  return {
    async create(record) {
      const created = await redis.set(sessionKey(record.code), JSON.stringify(record), 'EX', ttl(record), 'NX');
      if (created) await redis.zadd(INDEX, record.expiresAt, record.code);
      return created === 'OK';
    },
    async get(code) {
      const raw = await redis.get(sessionKey(code));
      return raw ? (JSON.parse(raw) as SessionRecord) : null;
    },
    async save(record) {
      await redis.set(sessionKey(record.code), JSON.stringify(record), 'EX', ttl(record), 'XX');
    },
    async count() {
      await redis.zremrangebyscore(INDEX, 0, now());
      return redis.zcard(INDEX);
    },
    async setBallot(code, questionId, deviceId, option) {
      const session = await this.get(code);
      await redis
        .multi()
        .hset(ballotKey(code, questionId), deviceId, String(option))
        .expire(ballotKey(code, questionId), session ? ttl(session) : 60)
        .exec();
    },
    async getBallots(code, questionId) {
      const raw = await redis.hgetall(ballotKey(code, questionId));
      return Object.fromEntries(Object.entries(raw).map(([device, option]) => [device, Number(option)])) as Ballots;
    },
    async restoreBallots(code, questionId, ballots) {
      const session = await this.get(code);
      const pipeline = redis.multi();
      for (const [device, option] of Object.entries(ballots)) pipeline.hsetnx(ballotKey(code, questionId), device, String(option));
      pipeline.expire(ballotKey(code, questionId), session ? ttl(session) : 60);
      await pipeline.exec();
    },
    async clearBallots(code, questionId) {
      await redis.del(ballotKey(code, questionId));
    },
    async close() {},
  };
}
