import type { LearnerResult } from './learner-result';
import type { LmsMessageKey } from './messages';
import type { Decision } from './scenario-decisions';

/** What the bridge sends after every change: the result, the suspend data and the bookmark. */
export interface LmsUpdate {
  result: LearnerResult;
  /** The encoded progress, or null when it does not fit (then the LMS keeps its older copy). */
  suspendData: string | null;
  /** The current page, relative to the package root. */
  location: string;
}

/** One running connection to a learning system, whatever the standard. */
export interface LmsSession {
  /** True on the first page of an LMS session: the moment to merge the LMS's progress and go to the bookmark. */
  readonly fresh: boolean;
  /** The suspend data the LMS held at the start ("" when none). */
  readonly suspendData: string;
  /** The bookmark the LMS held at the start ("" when none). */
  readonly location: string;
  /** The mastery score in force: the LMS's own, else the package's. */
  readonly masteryScore: number;
  /** Sends what changed. */
  update(update: LmsUpdate): void;
  /** Makes the LMS store what it has (page hidden, or going to another page of the package). */
  commit(): void;
  /** Ends the session: the learner leaves the package. */
  finish(): void;
  /** Reports scenario decisions, where the standard has a place for them (cmi5 "chose" statements). */
  decisions?(decisions: Decision[]): void;
}

/** Reports a problem with the LMS; the bridge shows its message once. */
export type LmsProblem = (key: LmsMessageKey) => void;

/** Why a session could not start: no LMS at all, or an LMS that failed. */
export type SessionStart = { ok: true; session: LmsSession } | { ok: false; problem: 'none' | LmsMessageKey };
