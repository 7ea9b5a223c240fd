import type Cmi5 from '@xapi/cmi5';
import { writeItem, type StorageLike } from '../browser/storage';
import { effectiveMastery } from './cmi-mapping';
import {
  SESSION_KEY,
  launchParametersFrom,
  readDocument,
  readSession,
  type StateDocument,
  type StoredSession,
  STATE_ID,
} from './cmi5-state';
import { choseStatement, type Statement } from './cmi5-statements';
import type { LmsProblem, LmsSession, LmsUpdate, SessionStart } from './session';

/**
 * cmi5 through @xapi/cmi5: the library reads the launch parameters, fetches the
 * one-time auth token, reads LMS.LaunchData and sends "initialized"; it also
 * builds the completed, passed, failed and terminated statements (registration,
 * session id from the context template, duration). This file decides WHEN, by
 * the site's own rules and cmi5's ordering rules, and sends every statement
 * after "initialized" itself with `fetch(..., { keepalive: true })`, so a
 * statement still reaches the LRS when the tab closes (the library's XHR would
 * be cancelled).
 *
 * The fetch URL works once, but every page of the package loads its own
 * scripts: the session (token, start, what was sent) is kept in sessionStorage
 * and later pages continue it with `initialize({ authToken, initializedDate })`.
 *
 * Suspend data: the library has no call for it, so it uses its xAPI State API
 * (the document STATE_ID for this actor, AU and registration): read with the
 * library's `xapi.getState`, written with a keepalive PUT.
 */

const XAPI_VERSION = '1.0.3';

export { CHOSE_VERB } from './cmi5-statements';
export { STATE_ID } from './cmi5-state';

/** Options of `startCmi5Session`. */
export interface Cmi5SessionOptions {
  /** The page's query string, e.g. `location.search`. */
  search: string;
  /** sessionStorage, or null when blocked (then only the launch page reports). */
  storage: StorageLike | null;
  masteryScore: number;
  fetch: typeof fetch;
  /** Loads the library class; only when there is a session, so a package opened on its own does not load it. */
  loadCmi5: () => Promise<typeof Cmi5>;
  problem: LmsProblem;
  /** A timer for the debounced state write; `setTimeout` in the browser. */
  later: (run: () => void, milliseconds: number) => unknown;
}

const endpointUrl = (endpoint: string, path: string) => `${endpoint.replace(/\/?$/, '/')}${path}`;

/** Starts the cmi5 session of this launch, or continues it on a later page of the package. */
export async function startCmi5Session(options: Cmi5SessionOptions): Promise<SessionStart> {
  const launch = launchParametersFrom(options.search);
  const stored = readSession(options.storage);
  const fresh = launch !== null && (stored === null || stored.launch.fetch !== launch.fetch);
  if (!fresh && !stored) return { ok: false, problem: 'none' };
  if (!fresh && stored?.terminated) return { ok: false, problem: 'ended' };

  let cmi5: Cmi5;
  try {
    cmi5 = new (await options.loadCmi5())(fresh ? launch! : stored!.launch);
    if (fresh) await cmi5.initialize();
    else await cmi5.initialize({ authToken: stored!.authToken, initializedDate: new Date(stored!.initializedAt) });
  } catch (error) {
    return { ok: false, problem: isAuthError(error) ? 'expired' : 'startFailed' };
  }
  const params = cmi5.getLaunchParameters();
  const launchData = cmi5.getLaunchData();
  const auth = `Basic ${cmi5.getAuthToken()}`;

  let document: StateDocument = { suspendData: '', location: '', sent: { completed: false, passed: false } };
  if (fresh) {
    try {
      const response = await cmi5.xapi!.getState({
        agent: params.actor,
        activityId: params.activityId,
        registration: params.registration,
        stateId: STATE_ID,
      });
      document = readDocument(response.data) ?? document;
    } catch {
      // No document yet (404): a first launch.
    }
  }
  const session: StoredSession = fresh
    ? {
        launch: params,
        authToken: cmi5.getAuthToken(),
        initializedAt: cmi5.getInitializedDate().toISOString(),
        terminated: false,
        sent: { ...document.sent },
        judged: false,
      }
    : stored!;
  const save = () => {
    if (options.storage) writeItem(options.storage, SESSION_KEY, JSON.stringify(session));
  };
  save();

  // Every statement after "initialized" goes through this queue: in order, one request at a time, the rest on page hide.
  const queue: Statement[] = [];
  let sending: Promise<void> | null = null;
  let stopped = false;
  const fail = (status: number | null) => {
    if (status === 401 || status === 403) {
      stopped = true;
      options.problem('expired');
    } else options.problem(status === null ? 'unreachable' : 'refused');
  };
  const post = (statements: Statement[], keepalive: boolean) =>
    options
      .fetch(endpointUrl(params.endpoint, 'statements'), {
        method: 'POST',
        headers: { Authorization: auth, 'X-Experience-API-Version': XAPI_VERSION, 'Content-Type': 'application/json' },
        body: JSON.stringify(statements),
        keepalive,
      })
      .then(
        (response) => {
          if (!response.ok) fail(response.status);
          // A refused statement is not sent again; an expired session stops all sending.
          return true;
        },
        () => {
          fail(null);
          return false;
        },
      );
  const pump = async (): Promise<void> => {
    while (!stopped && queue.length > 0) {
      const batch = queue.splice(0, queue.length);
      if (!(await post(batch, true))) {
        // Not delivered (offline): kept in order for the next try.
        queue.unshift(...batch);
        return;
      }
    }
  };
  const flush = () => {
    sending ??= pump().finally(() => {
      sending = null;
    });
    return sending;
  };
  // The library builds the statements; this sends them (see the comment at the top).
  cmi5.xapi!.sendStatement = ((params: { statement: Statement }) => {
    queue.push(params.statement);
    void flush();
    return Promise.resolve({ data: [params.statement.id] });
  }) as never;

  let dirty = false;
  let timer: unknown = null;
  const writeDocument = () => {
    timer = null;
    if (stopped || !dirty) return;
    dirty = false;
    const query = new URLSearchParams({
      stateId: STATE_ID,
      activityId: params.activityId,
      agent: JSON.stringify(params.actor),
      registration: params.registration,
    });
    void options
      .fetch(endpointUrl(params.endpoint, `activities/state?${query}`), {
        method: 'PUT',
        headers: { Authorization: auth, 'X-Experience-API-Version': XAPI_VERSION, 'Content-Type': 'application/json' },
        body: JSON.stringify({ ...document, sent: session.sent }),
        keepalive: true,
      })
      .then(
        (response) => {
          if (!response.ok) fail(response.status);
        },
        () => {
          dirty = true;
          fail(null);
        },
      );
  };
  const writeSoon = () => {
    dirty = true;
    timer ??= options.later(writeDocument, 5000);
  };

  const normal = launchData.launchMode === 'Normal';
  const masteryScore = effectiveMastery(launchData.masteryScore, 1, options.masteryScore);
  const score = (update: LmsUpdate) =>
    update.result.scaled === null || !update.result.check
      ? undefined
      : {
          scaled: Math.round(update.result.scaled * 10_000) / 10_000,
          raw: update.result.check.correct,
          min: 0,
          max: update.result.check.total,
        };
  let last: LmsUpdate | null = null;

  const send = (build: () => unknown) => {
    try {
      void build();
      return true;
    } catch {
      // The library refuses a statement cmi5 forbids (e.g. in Browse mode); nothing is sent then.
      return false;
    }
  };

  const result: LmsSession = {
    fresh,
    suspendData: document.suspendData,
    location: document.location,
    masteryScore,
    update(update) {
      last = update;
      if (session.terminated || stopped) return;
      if (normal && update.result.success === 'passed' && !session.sent.passed && !session.judged) {
        if (send(() => cmi5.pass(score(update)))) {
          session.sent.passed = true;
          session.judged = true;
        }
      }
      if (normal && update.result.completed && !session.sent.completed && send(() => cmi5.complete())) session.sent.completed = true;
      save();
      if (update.suspendData !== null) document = { ...document, suspendData: update.suspendData };
      document = { ...document, location: update.location };
      writeSoon();
    },
    decisions(decisions) {
      if (session.terminated || stopped) return;
      for (const decision of decisions) {
        send(() => cmi5.sendXapiStatement(choseStatement(cmi5, decision) as never));
      }
    },
    commit() {
      void flush();
      writeDocument();
    },
    finish() {
      if (session.terminated) return;
      // Failed is sent only at the end of a session, so a learner who corrects answers can still pass within it.
      if (normal && last?.result.success === 'failed' && !session.sent.passed && !session.judged) {
        if (send(() => cmi5.fail(score(last!)))) session.judged = true;
      }
      send(() => cmi5.terminate());
      session.terminated = true;
      save();
      void flush();
      dirty = true;
      writeDocument();
    },
  };
  return { ok: true, session: result };
}

function isAuthError(error: unknown): boolean {
  const status = (error as { response?: { status?: unknown } } | null)?.response?.status;
  return status === 401 || status === 403;
}
