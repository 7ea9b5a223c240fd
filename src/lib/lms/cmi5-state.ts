// What the cmi5 session keeps: the launch parameters, the tab's session between the package's pages
// (sessionStorage), and the xAPI state document that holds the learner's progress in the LRS.
import type { LaunchParameters } from '@xapi/cmi5';
import { readItem, type StorageLike } from '../browser/storage';

/** The state document with the learner's progress (the cmi5 counterpart of SCORM's suspend data). */
export const STATE_ID = 'https://ja-tenzij.nl/xapi/state/voortgang';
export const SESSION_KEY = 'jt:lms:cmi5-session';

/** The state document: progress plus which once-per-registration statements were sent. */
export interface StateDocument {
  suspendData: string;
  location: string;
  sent: { completed: boolean; passed: boolean };
}

/** What one tab keeps between the package's pages. */
export interface StoredSession {
  launch: LaunchParameters;
  authToken: string;
  initializedAt: string;
  terminated: boolean;
  /** Sent in this registration (also kept in the state document for later sessions). */
  sent: { completed: boolean; passed: boolean };
  /** Passed or failed sent in this session: cmi5 allows one of them per session. */
  judged: boolean;
}

/** The launch parameters in `search`, or null when it has none (opened outside a cmi5 LMS, or a later page). */
export function launchParametersFrom(search: string): LaunchParameters | null {
  const params = new URLSearchParams(search);
  const [endpoint, fetchUrl, actor, registration, activityId] = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'].map((k) =>
    params.get(k),
  );
  if (!endpoint || !fetchUrl || !actor || !registration || !activityId) return null;
  try {
    return { endpoint, fetch: fetchUrl, actor: JSON.parse(actor) as LaunchParameters['actor'], registration, activityId };
  } catch {
    return null;
  }
}

/** The session this tab started on an earlier page of the package, or null. */
export function readSession(storage: StorageLike | null): StoredSession | null {
  if (!storage) return null;
  const read = readItem(storage, SESSION_KEY);
  if (!read.ok || !read.value) return null;
  try {
    return JSON.parse(read.value) as StoredSession;
  } catch {
    return null;
  }
}

/** A state document read from the LRS, with safe defaults for anything missing or of the wrong type. */
export function readDocument(data: unknown): StateDocument | null {
  if (typeof data !== 'object' || data === null) return null;
  const { suspendData, location, sent } = data as Record<string, unknown>;
  const flags = (typeof sent === 'object' && sent !== null ? sent : {}) as Record<string, unknown>;
  return {
    suspendData: typeof suspendData === 'string' ? suspendData : '',
    location: typeof location === 'string' ? location : '',
    sent: { completed: flags['completed'] === true, passed: flags['passed'] === true },
  };
}
