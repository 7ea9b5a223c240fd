import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { emptyProgressState, own } from '../progress/state';
import type { CheckAnswer, ProgressState, ScenarioRun } from '../progress/progress-schema';

/**
 * The learner's progress on the package's modules as SCORM suspend data (and
 * as the cmi5 state document): sections read, check answers and scenario runs.
 * Never reflections, never worksheets, never anything else: those stay in the
 * browser. Compact JSON (times as whole seconds after the earliest one),
 * deflated with fflate and written as base64url, so a whole route fits SCORM
 * 1.2's 4,096 characters (see tests/unit/lms/suspend-data.test.ts for the size).
 */

/** SCORM 1.2 allows 4,096 characters of suspend data; SCORM 2004 64,000. */
export const SUSPEND_LIMITS = { scorm12: 4096, scorm2004: 64_000, cmi5: 64_000 } as const;

const PREFIX = 'jt1.';
// The most a decoded text may hold: far above a real route, low enough that a hostile LMS value cannot fill memory.
const MAX_JSON = 1_000_000;

/** Which parts of the state belong to the package: its modules and their scenarios. */
export interface PackageScope {
  moduleIds: readonly string[];
  scenarioIds: readonly string[];
}

type Seconds = number;
/** [optionId, correct 1/0, answeredAt] */
type PackedAnswer = [string, 0 | 1, Seconds];
/** [choices, currentNodeId, outcomeNodeId or "", meters, startedAt, updatedAt] */
type PackedRun = [string[], string, string, Record<string, number>, Seconds, Seconds];
interface Packed {
  /** Times are whole seconds after `t` (itself seconds since 1970). */
  t: Seconds;
  s?: Record<string, Record<string, Seconds>>;
  c?: Record<string, Record<string, PackedAnswer>>;
  r?: Record<string, PackedRun>;
}

const seconds = (timestamp: string) => Math.floor(Date.parse(timestamp) / 1000);

/** The packed form of the package's part of `state`; `withRuns: false` keeps only finished runs' endings (a fallback when space is short). */
function pack(state: ProgressState, scope: PackageScope, detail: 'full' | 'no-meters' | 'endings'): Packed {
  const times: number[] = [];
  const sections: Packed['s'] = {};
  const checks: Packed['c'] = {};
  const runs: Packed['r'] = {};
  for (const moduleId of scope.moduleIds) {
    const read = own(state.sections, moduleId);
    if (read && Object.keys(read).length)
      sections[moduleId] = Object.fromEntries(Object.entries(read).map(([slug, at]) => [slug, seconds(at)]));
    const answers = own(state.checks, moduleId);
    if (answers && Object.keys(answers).length)
      checks[moduleId] = Object.fromEntries(
        Object.entries(answers).map(([id, a]): [string, PackedAnswer] => [id, [a.optionId, a.correct ? 1 : 0, seconds(a.answeredAt)]]),
      );
  }
  for (const scenarioId of scope.scenarioIds) {
    const run = own(state.scenarios, scenarioId);
    if (!run || (detail === 'endings' && run.outcomeNodeId === null)) continue;
    const choices = detail === 'endings' ? [] : [...run.choices];
    runs[scenarioId] = [
      choices,
      run.currentNodeId,
      run.outcomeNodeId ?? '',
      detail === 'full' ? { ...run.meters } : {},
      seconds(run.startedAt),
      seconds(run.updatedAt),
    ];
  }
  for (const read of Object.values(sections)) times.push(...Object.values(read));
  for (const answers of Object.values(checks)) times.push(...Object.values(answers).map((a) => a[2]));
  for (const run of Object.values(runs)) times.push(run[4], run[5]);
  const base = times.length ? Math.min(...times) : 0;
  for (const read of Object.values(sections)) for (const slug of Object.keys(read)) read[slug]! -= base;
  for (const answers of Object.values(checks)) for (const answer of Object.values(answers)) answer[2] -= base;
  for (const run of Object.values(runs)) {
    run[4] -= base;
    run[5] -= base;
  }
  return {
    t: base,
    ...(Object.keys(sections).length ? { s: sections } : {}),
    ...(Object.keys(checks).length ? { c: checks } : {}),
    ...(Object.keys(runs).length ? { r: runs } : {}),
  };
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
    return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
  } catch {
    return null;
  }
}

/**
 * The suspend data for the package's part of `state`, at most `limit`
 * characters. When the full form does not fit, scenario meters are left out,
 * then unfinished runs and the choices of finished ones (the LMS still learns
 * every read section and answer). Null only when even that does not fit.
 */
export function encodeSuspendData(state: ProgressState, scope: PackageScope, limit: number): string | null {
  for (const detail of ['full', 'no-meters', 'endings'] as const) {
    const text = PREFIX + toBase64Url(deflateSync(strToU8(JSON.stringify(pack(state, scope, detail))), { level: 9 }));
    if (text.length <= limit) return text;
  }
  return null;
}

const isId = (value: unknown): value is string =>
  typeof value === 'string' && /^[\p{L}\p{N}][\p{L}\p{N}\p{M}:._-]*$/u.test(value) && value.length <= 200;
const isSeconds = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) < 1e11;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const at = (base: number, offset: number) => new Date((base + offset) * 1000).toISOString();

/**
 * The progress held in suspend data, as a learner state to merge with the
 * store's import (which validates it again and keeps everything local).
 * Only the package's modules and scenarios are read; anything malformed is
 * skipped. Null when the text is not suspend data of this site.
 */
export function decodeSuspendData(text: string, scope: PackageScope): ProgressState | null {
  if (!text.startsWith(PREFIX)) return null;
  const bytes = fromBase64Url(text.slice(PREFIX.length));
  if (!bytes) return null;
  let packed: unknown;
  try {
    const out = inflateSync(bytes, { out: new Uint8Array(MAX_JSON + 1) });
    if (out.length > MAX_JSON) return null;
    packed = JSON.parse(strFromU8(out));
  } catch {
    return null;
  }
  if (!isRecord(packed) || !isSeconds(packed['t'])) return null;
  const base = packed['t'];
  const state = emptyProgressState();
  const sections = isRecord(packed['s']) ? packed['s'] : {};
  const checks = isRecord(packed['c']) ? packed['c'] : {};
  const runs = isRecord(packed['r']) ? packed['r'] : {};
  for (const moduleId of scope.moduleIds) {
    const read = own(sections, moduleId);
    if (isRecord(read)) {
      const entries = Object.entries(read).filter(([slug, offset]) => isId(slug) && isSeconds(offset));
      if (entries.length)
        state.sections[moduleId] = Object.fromEntries(entries.map(([slug, offset]) => [slug, at(base, offset as number)]));
    }
    const answers = own(checks, moduleId);
    if (isRecord(answers)) {
      const entries = Object.entries(answers).flatMap(([id, value]): [string, CheckAnswer][] =>
        isId(id) && Array.isArray(value) && isId(value[0]) && (value[1] === 0 || value[1] === 1) && isSeconds(value[2])
          ? [[id, { optionId: value[0], correct: value[1] === 1, answeredAt: at(base, value[2]) }]]
          : [],
      );
      if (entries.length) state.checks[moduleId] = Object.fromEntries(entries);
    }
  }
  for (const scenarioId of scope.scenarioIds) {
    const value = own(runs, scenarioId);
    if (!Array.isArray(value)) continue;
    const [choices, current, outcome, meters, started, updated] = value as unknown[];
    if (!Array.isArray(choices) || !choices.every(isId) || !isId(current) || !(outcome === '' || isId(outcome))) continue;
    if (!isRecord(meters) || !Object.entries(meters).every(([id, v]) => isId(id) && Number.isSafeInteger(v))) continue;
    if (!isSeconds(started) || !isSeconds(updated)) continue;
    const run: ScenarioRun = {
      choices: choices as string[],
      currentNodeId: current,
      outcomeNodeId: outcome === '' ? null : (outcome as string),
      meters: meters as Record<string, number>,
      startedAt: at(base, started),
      updatedAt: at(base, updated),
    };
    state.scenarios[scenarioId] = run;
  }
  return state;
}
