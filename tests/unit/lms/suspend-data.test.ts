import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeSuspendData, encodeSuspendData, SUSPEND_LIMITS } from '../../../src/lib/lms/suspend-data';
import { applyImport } from '../../../src/lib/progress/import-merge';
import { emptyProgressState, ProgressStateSchema } from '../../../src/lib/progress/progress-schema';
import { contentModules, everythingDone, longestRoute } from '../../support/lms-content';

const SECRET = 'GEHEIM-reflectie-7f3a';
const scopeOf = (moduleIds: string[]) => ({
  moduleIds,
  scenarioIds: contentModules()
    .filter((m) => moduleIds.includes(m.parts.id) && m.scenario)
    .map((m) => m.scenario!.id),
});

describe('suspend data', () => {
  it("fits a full route in SCORM 1.2's 4,096 characters: everything read, answered and played", () => {
    const route = longestRoute();
    const state = everythingDone(route, SECRET);
    const text = encodeSuspendData(state, scopeOf(route), SUSPEND_LIMITS.scorm12);
    expect(text).not.toBeNull();
    const json = JSON.stringify({ sections: state.sections, checks: state.checks, scenarios: state.scenarios });
    console.info(
      `suspend data, full route (${route.length} modules): ${text!.length} characters (as plain JSON ${json.length}); limit ${SUSPEND_LIMITS.scorm12}`,
    );
    expect(text!.length).toBeLessThan(4096);
    // Every module of the content, as one package, fits too.
    const all = contentModules().map((m) => m.parts.id);
    const allText = encodeSuspendData(everythingDone(all, SECRET), scopeOf(all), SUSPEND_LIMITS.scorm12);
    console.info(`suspend data, all ${all.length} modules: ${allText?.length} characters`);
    expect(allText!.length).toBeLessThan(4096);
  });

  it('round-trips sections, answers and scenario runs (times to the second)', () => {
    const route = longestRoute();
    const state = everythingDone(route, SECRET, { wrong: [contentModules()[0]!.parts.questionIds[0]!] });
    const decoded = decodeSuspendData(encodeSuspendData(state, scopeOf(route), SUSPEND_LIMITS.scorm2004)!, scopeOf(route))!;
    expect(ProgressStateSchema.safeParse(decoded).success).toBe(true);
    const toSecond = (iso: string) => new Date(Math.floor(Date.parse(iso) / 1000) * 1000).toISOString();
    for (const id of route) {
      expect(decoded.sections[id]).toEqual(Object.fromEntries(Object.entries(state.sections[id]!).map(([k, v]) => [k, toSecond(v)])));
      expect(decoded.checks[id]).toEqual(
        Object.fromEntries(Object.entries(state.checks[id]!).map(([k, a]) => [k, { ...a, answeredAt: toSecond(a.answeredAt) }])),
      );
    }
    for (const [id, run] of Object.entries(state.scenarios))
      expect(decoded.scenarios[id]).toEqual({ ...run, startedAt: toSecond(run.startedAt), updatedAt: toSecond(run.updatedAt) });
    expect(decoded.reflections).toEqual({});
  });

  it("never holds a reflection or worksheet text, and only the package's own modules", () => {
    const route = longestRoute();
    const state = everythingDone(
      contentModules().map((m) => m.parts.id),
      SECRET,
    );
    const text = encodeSuspendData(state, scopeOf(route.slice(0, 1)), SUSPEND_LIMITS.scorm12)!;
    const decoded = decodeSuspendData(text, scopeOf(route))!;
    expect(JSON.stringify(decoded)).not.toContain(SECRET);
    expect(Object.keys(decoded.sections)).toEqual(route.slice(0, 1));
  });

  it('merges into local progress through the import rules without losing anything local', () => {
    const route = longestRoute();
    const fromLms = decodeSuspendData(
      encodeSuspendData(everythingDone(route, SECRET), scopeOf(route), SUSPEND_LIMITS.scorm12)!,
      scopeOf(route),
    )!;
    const local = emptyProgressState();
    local.reflections['eigen'] = {
      id: 'eigen',
      moduleId: route[0]!,
      prompt: 'p',
      text: 'mijn tekst',
      created: '2026-12-07T10:00:00.000Z',
      updated: '2026-12-07T10:00:00.000Z',
    };
    local.checks[route[0]!] = { laat: { optionId: 'b', correct: true, answeredAt: '2026-12-07T10:00:00.000Z' } };
    const merged = applyImport(local, fromLms);
    expect(merged.reflections['eigen']?.text).toBe('mijn tekst');
    expect(merged.checks[route[0]!]?.['laat']).toEqual(local.checks[route[0]!]!['laat']);
    expect(Object.keys(merged.sections)).toEqual(expect.arrayContaining(route));
  });

  it('leaves out meters, then unfinished runs, when space is short', () => {
    const route = longestRoute();
    const state = everythingDone(route, SECRET);
    const full = encodeSuspendData(state, scopeOf(route), SUSPEND_LIMITS.scorm2004)!;
    const short = encodeSuspendData(state, scopeOf(route), full.length - 1);
    expect(short).not.toBeNull();
    const decoded = decodeSuspendData(short!, scopeOf(route))!;
    expect(Object.values(decoded.scenarios).every((run) => Object.keys(run.meters).length === 0)).toBe(true);
    expect(Object.keys(decoded.checks)).toEqual(route);
    expect(encodeSuspendData(state, scopeOf(route), 10)).toBeNull();
  });

  it('reads nothing from values that are not its own or are damaged', () => {
    const scope = scopeOf(longestRoute());
    for (const text of ['', 'bookmark=3', 'jt1.', 'jt1.!!!', 'jt1.AAAA', `jt1.${btoa('{"t":1}')}`]) {
      const decoded = decodeSuspendData(text, scope);
      if (decoded) expect(decoded).toEqual(emptyProgressState());
    }
    // Hostile JSON inside valid compression: wrong types and ids are skipped, not thrown.
    const evil = JSON.stringify({
      t: 1,
      s: { [scope.moduleIds[0]!]: { __proto__: 1, ok: 2, 'x y': 3 } },
      c: { [scope.moduleIds[0]!]: { q: ['a', 2, 1] } },
      r: { x: 'no' },
    });
    const bytes = deflateSync(strToU8(evil));
    const text = `jt1.${btoa(String.fromCharCode(...bytes))
      .replaceAll('+', '-')
      .replaceAll('/', '_')
      .replace(/=+$/, '')}`;
    const decoded = decodeSuspendData(text, scope)!;
    expect(decoded.sections[scope.moduleIds[0]!]).toEqual({ ok: '1970-01-01T00:00:03.000Z' });
    expect(decoded.checks).toEqual({});
    expect(ProgressStateSchema.safeParse(decoded).success).toBe(true);
  });
});
