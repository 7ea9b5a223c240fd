import type Cmi5 from '@xapi/cmi5';
import type { StorageLike } from '../browser/storage';
import type { ProgressClient } from '../progress/client';
import type { ModuleParts } from '../progress/module-status';
import type { ProgressState } from '../progress/progress-schema';
import { bookmarkUrl, packagePath } from './bookmark';
import type { LmsConfig } from './config';
import type { WindowLike } from './discovery';
import { learnerResult } from './learner-result';
import { LMS_MESSAGES, type LmsMessageKey } from './messages';
import { newDecisions, seenRuns, type SeenRuns } from './scenario-decisions';
import type { LmsSession, SessionStart } from './session';
import { decodeSuspendData, encodeSuspendData, SUSPEND_LIMITS, type PackageScope } from './suspend-data';
import { startScormSession } from './scorm-session';

export type { LmsConfig } from './config';

/** The running bridge, for the page and for tests. */
export interface LmsBridge {
  /** `connected`: an LMS session runs; `no-lms`: opened on its own; `error`: the LMS failed (local progress goes on). */
  readonly status: 'connected' | 'no-lms' | 'error';
  /** True when the bridge sent the learner to the LMS's bookmark (the page is being replaced). */
  readonly resumed: boolean;
  /** Stops listening to the store (the page's lifecycle listeners end with the page). */
  stop(): void;
}

/** The page events the bridge acts on. The browser version tells a move within the package from leaving it. */
export interface PageLifecycle {
  /** The page is hidden, or is going to another page of the package: store what the LMS has. */
  onHide(listener: () => void): void;
  /** The learner leaves the package (tab closed, another site, the LMS closes the frame): end the session. */
  onLeave(listener: () => void): void;
}

/** Everything the bridge needs from the page; `browserEnvironment()` in page.ts gives the real one, tests a fake. */
export interface BridgeEnvironment {
  /** The window to search for the SCORM API from. */
  window: WindowLike;
  /** The page's address, and the package root it lives under (ending in "/"). */
  pageUrl: string;
  packageRoot: string;
  /** Replaces the page with another page of the package (going to the bookmark); not a leave. */
  go(url: string): void;
  /** sessionStorage: the once-per-session notice and the cmi5 session. Null when blocked. */
  session: StorageLike | null;
  progress: Pick<ProgressClient, 'read' | 'subscribe' | 'current' | 'importData'>;
  /** The outlines of the package's modules, and each scenario's start node. */
  modules: readonly ModuleParts[];
  scenarioStarts: Readonly<Record<string, string>>;
  /** Shows a notice to the learner (a role=status element). */
  show(text: string): void;
  lifecycle: PageLifecycle;
  now(): number;
  fetch: typeof fetch;
  loadCmi5(): Promise<typeof Cmi5>;
  later(run: () => void, milliseconds: number): unknown;
}

const NOTICE_KEY = 'jt:lms:geen-leeromgeving-gemeld';

/**
 * Connects the package's pages to the learning system: finds the LMS (SCORM
 * 1.2, SCORM 2004 or cmi5), merges the progress it holds into the local store,
 * goes to the bookmark on the first page of a launch, and from then on tells
 * the LMS what changes, by the site's own rules. Without an LMS the site runs
 * as it always does, with one plain notice. Reflections and worksheets never
 * leave the browser: the suspend data holds only sections, answers and runs.
 */
export async function startLmsBridge(config: LmsConfig, environment?: BridgeEnvironment): Promise<LmsBridge> {
  const env = environment ?? (await import('./page')).browserEnvironment();
  const modules = env.modules.filter((m) => config.moduleIds.includes(m.id));
  const scenarioIds = modules.flatMap((m) => (m.scenarioId ? [m.scenarioId] : []));
  const scope: PackageScope = { moduleIds: config.moduleIds, scenarioIds };
  const scenarioStarts = Object.fromEntries(scenarioIds.flatMap((id) => (env.scenarioStarts[id] ? [[id, env.scenarioStarts[id]]] : [])));

  const shown = new Set<LmsMessageKey>();
  const problem = (key: LmsMessageKey) => {
    if (shown.has(key)) return;
    shown.add(key);
    env.show(LMS_MESSAGES[key]);
  };

  const started = await startSession(config, env, problem);
  if (!started.ok) {
    if (started.problem === 'none') {
      // Once per browser session, not on every page.
      let told = false;
      try {
        told = env.session?.getItem(NOTICE_KEY) === '1';
        env.session?.setItem(NOTICE_KEY, '1');
      } catch {
        // Without sessionStorage the notice shows on every page, which is still right.
      }
      if (!told) problem('noLms');
      return { status: 'no-lms', resumed: false, stop: () => undefined };
    }
    problem(started.problem);
    return { status: 'error', resumed: false, stop: () => undefined };
  }
  const session = started.session;

  // The LMS's copy first: merged by the store's import rules (the newer entry wins), so nothing local is lost.
  if (session.suspendData) {
    const fromLms = decodeSuspendData(session.suspendData, scope);
    if (fromLms) await env.progress.importData(fromLms);
  }
  const here = packagePath(env.pageUrl, env.packageRoot);
  if (session.fresh && session.location && session.location !== here && (config.format !== 'cmi5' || env.session)) {
    const target = bookmarkUrl(session.location, env.packageRoot);
    if (target) {
      // Going on within the package: the next page continues this session.
      session.commit();
      env.go(target);
      return { status: 'connected', resumed: true, stop: () => undefined };
    }
  }

  const read = await env.progress.read().catch(() => null);
  if (!read) {
    // The store did not load (a failed download): report nothing rather than an empty state over the LMS's copy.
    env.lifecycle.onLeave(() => session.finish());
    return { status: 'connected', resumed: false, stop: () => undefined };
  }
  const { state } = read;
  let seen: SeenRuns = seenRuns(state, scenarioIds);
  const limit = SUSPEND_LIMITS[config.format];
  let lastState: ProgressState | null = null;
  const send = (current: ProgressState) => {
    if (current === lastState) return;
    lastState = current;
    session.update({
      result: learnerResult(current, modules, config.moduleIds, session.masteryScore),
      suspendData: encodeSuspendData(current, scope, limit),
      location: here,
    });
    const found = newDecisions(seen, current, scenarioStarts);
    seen = found.seen;
    if (found.decisions.length) session.decisions?.(found.decisions);
  };
  send(state);
  const stop = env.progress.subscribe(() => {
    const current = env.progress.current()?.getState();
    if (current) send(current);
  });
  let ended = false;
  env.lifecycle.onHide(() => {
    if (!ended) session.commit();
  });
  env.lifecycle.onLeave(() => {
    if (ended) return;
    ended = true;
    const current = env.progress.current()?.getState();
    if (current) send(current);
    session.finish();
  });
  return { status: 'connected', resumed: false, stop };
}

async function startSession(config: LmsConfig, env: BridgeEnvironment, problem: (key: LmsMessageKey) => void): Promise<SessionStart> {
  if (config.format === 'cmi5') {
    const search = new URL(env.pageUrl).search;
    const { startCmi5Session } = await import('./cmi5-session');
    return startCmi5Session({
      search,
      storage: env.session,
      masteryScore: config.masteryScore,
      fetch: env.fetch,
      loadCmi5: env.loadCmi5,
      problem,
      later: env.later,
    });
  }
  return startScormSession({
    version: config.format === 'scorm12' ? '1.2' : '2004',
    window: env.window,
    courseId: config.courseId,
    masteryScore: config.masteryScore,
    now: env.now,
    problem,
  });
}

export type { LmsSession };
