import {
  SCORM12_NAMES,
  SCORM2004_NAMES,
  effectiveMastery,
  scorm12ResultValues,
  scorm2004ResultValues,
  type CmiNames,
  type PreviousStatus,
} from './cmi-mapping';
import { findScormApi, type WindowLike } from './discovery';
import { iso8601Duration, scorm12Timespan } from './session-time';
import type { LmsProblem, LmsSession, SessionStart } from './session';
import type { LearnerResult } from './learner-result';

/** The SCORM 1.2 run-time API (the LMS's `window.API`). Values are strings "true"/"false"; some LMSs give booleans. */
export interface Scorm12Api {
  LMSInitialize(arg: ''): unknown;
  LMSFinish(arg: ''): unknown;
  LMSGetValue(element: string): unknown;
  LMSSetValue(element: string, value: string): unknown;
  LMSCommit(arg: ''): unknown;
  LMSGetLastError(): unknown;
}

/** The SCORM 2004 run-time API (the LMS's `window.API_1484_11`). */
export interface Scorm2004Api {
  Initialize(arg: ''): unknown;
  Terminate(arg: ''): unknown;
  GetValue(element: string): unknown;
  SetValue(element: string, value: string): unknown;
  Commit(arg: ''): unknown;
  GetLastError(): unknown;
}

/** The two APIs behind one face. */
interface ScormPort {
  initialize(): boolean;
  terminate(): boolean;
  get(element: string): string;
  set(element: string, value: string): boolean;
  commit(): boolean;
  lastError(): number;
}

const ok = (value: unknown) => String(value) === 'true';
const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));

function port12(api: Scorm12Api): ScormPort {
  return {
    initialize: () => ok(api.LMSInitialize('')),
    terminate: () => ok(api.LMSFinish('')),
    get: (element) => text(api.LMSGetValue(element)),
    set: (element, value) => ok(api.LMSSetValue(element, value)),
    commit: () => ok(api.LMSCommit('')),
    lastError: () => Number(api.LMSGetLastError()) || 0,
  };
}

function port2004(api: Scorm2004Api): ScormPort {
  return {
    initialize: () => ok(api.Initialize('')),
    terminate: () => ok(api.Terminate('')),
    get: (element) => text(api.GetValue(element)),
    set: (element, value) => ok(api.SetValue(element, value)),
    commit: () => ok(api.Commit('')),
    lastError: () => Number(api.GetLastError()) || 0,
  };
}

/** The differences between the two versions that the session needs. */
interface Flavour {
  key: 'API' | 'API_1484_11';
  names: CmiNames;
  port(api: object): ScormPort;
  /** Error codes of "already initialized" (pages of the package after the first) and "already terminated". */
  alreadyRunning: number[];
  terminated: number[];
  /** Error codes of a read or write before Initialize: the LMS started a new session under the same API object. */
  notInitialized: number[];
  statusElement: string;
  successElement: string | null;
  masteryElement: string;
  masteryScale: 1 | 100;
  results(result: LearnerResult, previous: PreviousStatus): Record<string, string>;
  timespan(milliseconds: number): string;
}

const SCORM12: Flavour = {
  key: 'API',
  names: SCORM12_NAMES,
  port: (api) => port12(api as Scorm12Api),
  // SCORM 1.2 has only 101 "general exception" for a second LMSInitialize.
  alreadyRunning: [101],
  terminated: [],
  notInitialized: [301],
  statusElement: 'cmi.core.lesson_status',
  successElement: null,
  masteryElement: 'cmi.student_data.mastery_score',
  masteryScale: 100,
  results: scorm12ResultValues,
  timespan: scorm12Timespan,
};

const SCORM2004: Flavour = {
  key: 'API_1484_11',
  names: SCORM2004_NAMES,
  port: (api) => port2004(api as Scorm2004Api),
  alreadyRunning: [103],
  terminated: [104],
  notInitialized: [122, 132, 142],
  statusElement: 'cmi.completion_status',
  successElement: 'cmi.success_status',
  masteryElement: 'cmi.scaled_passing_score',
  masteryScale: 1,
  results: scorm2004ResultValues,
  timespan: iso8601Duration,
};

/**
 * What the package keeps on the LMS's API object between its own pages. The
 * API object lives in the LMS's window for exactly one launch, while each page
 * of the package loads its own scripts: so this marks "our session, already
 * initialized" without calling Initialize twice, and holds when it began and
 * what the LMS had before we wrote anything.
 */
interface SessionMark {
  courseId: string;
  startedAt: number;
  previous: PreviousStatus;
  finished: boolean;
}
const MARK = '__jaTenzijSession';

function readMark(api: object, courseId: string): SessionMark | null {
  try {
    const mark = (api as Record<string, unknown>)[MARK] as SessionMark | undefined;
    return mark && mark.courseId === courseId ? mark : null;
  } catch {
    return null;
  }
}

function writeMark(api: object, mark: SessionMark): void {
  try {
    Object.defineProperty(api, MARK, { value: mark, configurable: true, enumerable: false, writable: true });
  } catch {
    // A frozen API object: every page then counts as a continuing one, which only skips the resume jump.
  }
}

/** Options of `startScormSession`. */
export interface ScormSessionOptions {
  version: '1.2' | '2004';
  window: WindowLike;
  courseId: string;
  masteryScore: number;
  now: () => number;
  problem: LmsProblem;
}

/** Finds the LMS's SCORM API and starts (or, on a later page of the package, continues) the session. */
export function startScormSession(options: ScormSessionOptions): SessionStart {
  const flavour = options.version === '1.2' ? SCORM12 : SCORM2004;
  const api = findScormApi(options.window, flavour.key);
  if (!api) return { ok: false, problem: 'none' };
  const lms = flavour.port(api);

  let mark = readMark(api, options.courseId);
  if (mark?.finished) return { ok: false, problem: 'ended' };
  // A mark but an LMS that says "not initialized": the LMS reused its API object for a new launch.
  if (mark) {
    lms.get(flavour.statusElement);
    if (flavour.notInitialized.includes(lms.lastError())) mark = null;
  }
  let fresh = false;
  if (!mark) {
    if (lms.initialize()) fresh = true;
    else {
      const code = lms.lastError();
      if (flavour.terminated.includes(code)) return { ok: false, problem: 'ended' };
      if (!flavour.alreadyRunning.includes(code)) return { ok: false, problem: 'startFailed' };
    }
    mark = {
      courseId: options.courseId,
      startedAt: options.now(),
      previous: { status: lms.get(flavour.statusElement), success: flavour.successElement ? lms.get(flavour.successElement) : '' },
      finished: false,
    };
    writeMark(api, mark);
  }
  const session = mark;
  const masteryScore = effectiveMastery(lms.get(flavour.masteryElement), flavour.masteryScale, options.masteryScore);
  const written = new Map<string, string>();
  let failed = false;

  const set = (element: string, value: string) => {
    if (written.get(element) === value) return;
    if (lms.set(element, value)) written.set(element, value);
    else failed = true;
  };
  const report = () => {
    if (!failed) return;
    failed = false;
    options.problem('refused');
  };
  const commit = () => {
    set(flavour.names.sessionTime, flavour.timespan(options.now() - session.startedAt));
    if (!lms.commit()) failed = true;
    report();
  };

  const scorm: LmsSession = {
    fresh,
    suspendData: lms.get(flavour.names.suspendData),
    location: lms.get(flavour.names.location),
    masteryScore,
    update({ result, suspendData, location }) {
      const before = [flavour.statusElement, flavour.successElement].map((e) => (e ? written.get(e) : undefined)).join('|');
      for (const [element, value] of Object.entries(flavour.results(result, session.previous))) set(element, value);
      if (suspendData !== null) set(flavour.names.suspendData, suspendData);
      set(flavour.names.location, location);
      // The learner resumes later: keep the attempt open with its suspend data.
      set(flavour.names.exit, 'suspend');
      const after = [flavour.statusElement, flavour.successElement].map((e) => (e ? written.get(e) : undefined)).join('|');
      // A new status is worth a commit at once; other changes wait for the page to hide.
      if (before !== after) commit();
      else report();
    },
    commit,
    finish() {
      if (session.finished) return;
      commit();
      session.finished = true;
      if (!lms.terminate()) options.problem('refused');
    },
  };
  return { ok: true, session: scorm };
}
