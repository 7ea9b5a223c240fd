import { describe, expect, it } from 'vitest';
import { emptyProgressState, mergeStates, sameState, type ProgressState, type Reflection } from '../../../src/lib/progress';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 30, 9, minute)).toISOString();

const note = (id: string, text: string, minute: number, created = minute): Reflection => ({
  id,
  moduleId: '01-burgerkracht-en-loslaten',
  prompt: 'Vraag',
  text,
  created: at(created),
  updated: at(minute),
});

const state = (patch: Partial<ProgressState>): ProgressState => ({ ...emptyProgressState(), ...patch });

describe('mergeStates', () => {
  it('keeps the newest version of each reflection, whichever side it is on', () => {
    const a = state({ reflections: { r1: note('r1', 'nieuw in a', 5), r2: note('r2', 'oud in a', 1) } });
    const b = state({ reflections: { r1: note('r1', 'oud in b', 2), r2: note('r2', 'nieuw in b', 6), r3: note('r3', 'alleen b', 3) } });
    const merged = mergeStates(a, b);
    expect(Object.fromEntries(Object.entries(merged.reflections).map(([id, r]) => [id, r.text]))).toEqual({
      r1: 'nieuw in a',
      r2: 'nieuw in b',
      r3: 'alleen b',
    });
    expect(mergeStates(b, a)).toEqual(merged);
  });

  it('decides a tie (same millisecond, other text) the same way in both orders', () => {
    const a = state({ reflections: { r1: note('r1', 'tekst a', 5) } });
    const b = state({ reflections: { r1: note('r1', 'tekst b', 5) } });
    expect(mergeStates(a, b)).toEqual(mergeStates(b, a));
  });

  it('joins the sections read; a slug read in both keeps its latest date', () => {
    const a = state({ sections: { m: { b: at(1), c: at(1) } } });
    const b = state({ sections: { m: { a: at(2), b: at(2) }, n: { x: at(0) } } });
    expect(mergeStates(a, b).sections).toEqual({ m: { a: at(2), b: at(2), c: at(1) }, n: { x: at(0) } });
  });

  it('merges check answers per question, newest first', () => {
    const a = state({
      checks: { m: { q1: { optionId: 'a', correct: false, answeredAt: at(1) }, q2: { optionId: 'a', correct: true, answeredAt: at(5) } } },
    });
    const b = state({
      checks: { m: { q1: { optionId: 'b', correct: true, answeredAt: at(3) }, q2: { optionId: 'c', correct: false, answeredAt: at(2) } } },
    });
    expect(mergeStates(a, b).checks).toEqual({
      m: { q1: { optionId: 'b', correct: true, answeredAt: at(3) }, q2: { optionId: 'a', correct: true, answeredAt: at(5) } },
    });
  });

  it('keeps the newest scenario run, last place and the latest export date', () => {
    const run = (minute: number, node: string) => ({
      choices: [],
      currentNodeId: node,
      outcomeNodeId: null,
      meters: {},
      startedAt: at(0),
      updatedAt: at(minute),
    });
    const a = state({ scenarios: { s: run(4, 'a') }, lastPlace: { url: '/a/', title: 'A', at: at(1) }, lastExportAt: at(9) });
    const b = state({ scenarios: { s: run(2, 'b') }, lastPlace: { url: '/b/', title: 'B', at: at(3) }, lastExportAt: null });
    const merged = mergeStates(a, b);
    expect(merged.scenarios['s']?.currentNodeId).toBe('a');
    expect(merged.lastPlace?.url).toBe('/b/');
    expect(merged.lastExportAt).toBe(at(9));
  });

  it('lets a deletion win over an older reflection, and a newer reflection win over the deletion', () => {
    const deleted = state({ deletedReflections: { r1: at(5), r2: at(5) } });
    const other = state({ reflections: { r1: note('r1', 'voor het wissen', 4), r2: note('r2', 'daarna opnieuw geschreven', 6) } });
    const merged = mergeStates(deleted, other);
    expect(Object.keys(merged.reflections)).toEqual(['r2']);
    expect(merged.deletedReflections).toEqual({ r1: at(5) });
  });

  it('after "alles wissen" keeps from the other side only what changed later', () => {
    const cleared = state({ clearedAt: at(10), reflections: { nieuw: note('nieuw', 'na het wissen', 11) } });
    const stale = state({
      reflections: { oud: note('oud', 'van voor het wissen', 5), later: note('later', 'in een andere tab na het wissen', 12) },
      sections: { m: { a: at(3), b: at(11) } },
      checks: { m: { q: { optionId: 'a', correct: true, answeredAt: at(4) } } },
      lastExportAt: at(9),
    });
    const merged = mergeStates(cleared, stale);
    expect(Object.keys(merged.reflections)).toEqual(['later', 'nieuw']);
    expect(merged.sections).toEqual({ m: { b: at(11) } });
    expect(merged.checks).toEqual({});
    expect(merged.lastExportAt).toBeNull();
    expect(merged.clearedAt).toBe(at(10));
    expect(mergeStates(stale, cleared)).toEqual(merged);
  });

  it('keeps old entries that belong to the side that cleared (imported after the wipe)', () => {
    const cleared = state({ clearedAt: at(10), reflections: { geimporteerd: note('geimporteerd', 'uit een export', 1) } });
    expect(Object.keys(mergeStates(cleared, emptyProgressState()).reflections)).toEqual(['geimporteerd']);
  });

  it('is idempotent and does not change its arguments', () => {
    const a = state({ reflections: { r1: note('r1', 'x', 1) }, sections: { m: { b: at(1), a: at(1) }, leeg: {} } });
    const copy = structuredClone(a);
    const merged = mergeStates(a, a);
    expect(Object.keys(merged.sections['m'] ?? {})).toEqual(['a', 'b']);
    expect(merged.sections).not.toHaveProperty('leeg');
    expect(mergeStates(merged, merged)).toEqual(merged);
    expect(a).toEqual(copy);
    expect(sameState(a, merged)).toBe(true);
  });
});
