import type { Ballots } from '../src/lib/voting/protocol.ts';
import type { SessionRecord, SessionStore } from './store.ts';

/** Sessions in this process only: the default for one relay on a laptop. Expired sessions are swept each minute. */
export function createMemoryStore(now: () => number = Date.now): SessionStore {
  const sessions = new Map<string, SessionRecord>();
  const ballots = new Map<string, Map<string, number>>();
  const key = (code: string, questionId: string) => `${code}\u0000${questionId}`;
  const live = (code: string) => {
    const record = sessions.get(code);
    if (record && record.expiresAt <= now()) {
      sessions.delete(code);
      for (const k of ballots.keys()) if (k.startsWith(`${code}\u0000`)) ballots.delete(k);
      return null;
    }
    return record ?? null;
  };
  const sweep = setInterval(() => [...sessions.keys()].forEach(live), 60_000);
  sweep.unref();

  return {
    async create(record) {
      if (live(record.code)) return false;
      sessions.set(record.code, structuredClone(record));
      return true;
    },
    async get(code) {
      const record = live(code);
      return record ? structuredClone(record) : null;
    },
    async save(record) {
      if (live(record.code)) sessions.set(record.code, structuredClone(record));
    },
    async count() {
      return [...sessions.keys()].filter((code) => live(code)).length;
    },
    async setBallot(code, questionId, deviceId, option) {
      const k = key(code, questionId);
      if (!ballots.has(k)) ballots.set(k, new Map());
      ballots.get(k)!.set(deviceId, option);
    },
    async getBallots(code, questionId) {
      return Object.fromEntries(ballots.get(key(code, questionId)) ?? []) as Ballots;
    },
    async restoreBallots(code, questionId, restored) {
      const k = key(code, questionId);
      if (!ballots.has(k)) ballots.set(k, new Map());
      const current = ballots.get(k)!;
      for (const [device, option] of Object.entries(restored)) if (!current.has(device)) current.set(device, option);
    },
    async clearBallots(code, questionId) {
      ballots.delete(key(code, questionId));
    },
    async close() {
      clearInterval(sweep);
    },
  };
}
