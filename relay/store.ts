import type { Ballots, Question, VoteState } from '../src/lib/voting/protocol.ts';

/** What the relay keeps of a live session. No names, no personal data: devices are random ids. */
export interface SessionRecord {
  code: string;
  /** SHA-256 of the trainer secret; the secret itself is never stored. */
  secretHash: string;
  /** Epoch ms after which the session is gone. */
  expiresAt: number;
  question: Question | null;
  state: VoteState;
}

/** Where sessions live: in this process's memory, or in Redis so several relays share them. */
export interface SessionStore {
  /** Adds a session; false when the code is taken. */
  create(record: SessionRecord): Promise<boolean>;
  get(code: string): Promise<SessionRecord | null>;
  /** Overwrites a session, keeping its expiry. */
  save(record: SessionRecord): Promise<void>;
  /** Live sessions, for the sessions-per-relay limit. */
  count(): Promise<number>;
  /** One ballot per device: a later vote replaces the earlier one. */
  setBallot(code: string, questionId: string, deviceId: string, option: number): Promise<void>;
  getBallots(code: string, questionId: string): Promise<Ballots>;
  /** Adds ballots the trainer's browser kept, without replacing ballots the relay already has. */
  restoreBallots(code: string, questionId: string, ballots: Ballots): Promise<void>;
  clearBallots(code: string, questionId: string): Promise<void>;
  close(): Promise<void>;
}
