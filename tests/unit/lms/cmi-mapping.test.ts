import { describe, expect, it } from 'vitest';
import { effectiveMastery, scorm12ResultValues, scorm12Status, scorm2004ResultValues } from '../../../src/lib/lms/cmi-mapping';
import { learnerResult, type LearnerResult } from '../../../src/lib/lms/learner-result';
import { iso8601Duration, scorm12Timespan } from '../../../src/lib/lms/session-time';
import type { ModuleParts } from '../../../src/lib/progress/module-status';
import { emptyProgressState, type ProgressState } from '../../../src/lib/progress/progress-schema';

const at = '2026-12-06T09:00:00.000Z';
const moduleA: ModuleParts = {
  id: 'a',
  sectionSlugs: ['s1', 's2'],
  questionIds: ['q1', 'q2', 'q3', 'q4'],
  scenarioId: 'sa',
  reflections: [{ id: 'ra' }],
};
const moduleB: ModuleParts = {
  id: 'b',
  sectionSlugs: ['t1'],
  questionIds: ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'],
  scenarioId: null,
  reflections: [],
};

/** A state with `right` of the questions right, all answered unless `answered` is smaller, module fully done when `done`. */
function stateFor(right: number, options: { answered?: number; done?: boolean } = {}): ProgressState {
  const state = emptyProgressState();
  const questions = [...moduleA.questionIds.map((q) => ['a', q] as const), ...moduleB.questionIds.map((q) => ['b', q] as const)];
  questions.slice(0, options.answered ?? questions.length).forEach(([m, q], i) => {
    state.checks[m] = { ...state.checks[m], [q]: { optionId: 'x', correct: i < right, answeredAt: at } };
  });
  if (options.done !== false) {
    state.sections = { a: { s1: at, s2: at }, b: { t1: at } };
    state.scenarios = { sa: { choices: ['c'], currentNodeId: 'end', outcomeNodeId: 'end', meters: {}, startedAt: at, updatedAt: at } };
    state.reflections = { ra: { id: 'ra', moduleId: 'a', prompt: 'p', text: 'iets', created: at, updated: at } };
  }
  return state;
}

const result = (state: ProgressState, mastery = 0.7) => learnerResult(state, [moduleA, moduleB], ['a', 'b'], mastery);

describe("learner result: the site's own rules over all modules of the package", () => {
  it('is completed only when every module is afgerond', () => {
    expect(result(stateFor(10)).completed).toBe(true);
    const noReflection = stateFor(10);
    noReflection.reflections = {};
    expect(result(noReflection).completed).toBe(false);
    expect(result(stateFor(10, { done: false })).completed).toBe(false);
  });

  it('scores the knowledge checks of all modules together, final once every question is answered', () => {
    expect(result(stateFor(7))).toMatchObject({ check: { answered: 10, correct: 7, total: 10 }, scaled: 0.7, success: 'passed' });
    expect(result(stateFor(6))).toMatchObject({ scaled: 0.6, success: 'failed' });
    expect(result(stateFor(5, { answered: 9 }))).toMatchObject({ check: { answered: 9 }, scaled: null, success: 'unknown' });
  });

  it('follows the mastery score setting', () => {
    expect(result(stateFor(8), 0.9).success).toBe('failed');
    expect(result(stateFor(9), 0.9).success).toBe('passed');
    expect(result(stateFor(0), 0).success).toBe('passed');
  });

  it('never reports a module it does not know as done', () => {
    expect(learnerResult(stateFor(10), [moduleA], ['a', 'b'], 0.7).completed).toBe(false);
  });
});

describe('SCORM 1.2 values', () => {
  const none = { status: '', success: '' };
  it('lesson_status: incomplete, then passed or failed by mastery, completed without questions', () => {
    expect(scorm12ResultValues(result(stateFor(10, { done: false })), none)['cmi.core.lesson_status']).toBe('incomplete');
    expect(scorm12ResultValues(result(stateFor(8)), none)).toEqual({
      'cmi.core.lesson_status': 'passed',
      'cmi.core.score.raw': '80',
      'cmi.core.score.min': '0',
      'cmi.core.score.max': '100',
    });
    expect(scorm12ResultValues(result(stateFor(3)), none)['cmi.core.lesson_status']).toBe('failed');
    const noQuestions: LearnerResult = { completed: true, started: true, check: null, scaled: null, success: 'unknown' };
    expect(scorm12ResultValues(noQuestions, none)).toEqual({ 'cmi.core.lesson_status': 'completed' });
  });

  it('gives no score before every question is answered', () => {
    expect(scorm12ResultValues(result(stateFor(3, { answered: 5 })), none)).not.toHaveProperty('cmi.core.score.raw');
  });

  it('never lowers what the LMS already had (reflections stay behind on another computer)', () => {
    const notDone = result(stateFor(10, { done: false }));
    expect(scorm12Status(notDone, 'passed')).toBe('passed');
    expect(scorm12Status(notDone, 'completed')).toBe('completed');
    expect(scorm12Status(result(stateFor(2)), 'passed')).toBe('passed');
    expect(scorm12Status(result(stateFor(9)), 'failed')).toBe('passed');
  });
});

describe('SCORM 2004 values', () => {
  const none = { status: 'unknown', success: 'unknown' };
  it('reports completion and success apart, with the score scaled and raw of the questions', () => {
    expect(scorm2004ResultValues(result(stateFor(7)), none)).toEqual({
      'cmi.completion_status': 'completed',
      'cmi.success_status': 'passed',
      'cmi.score.scaled': '0.7',
      'cmi.score.raw': '7',
      'cmi.score.min': '0',
      'cmi.score.max': '10',
    });
    expect(scorm2004ResultValues(result(stateFor(1, { answered: 3, done: false })), none)).toEqual({
      'cmi.completion_status': 'incomplete',
      'cmi.success_status': 'unknown',
    });
    expect(scorm2004ResultValues(result(stateFor(4)), none)['cmi.success_status']).toBe('failed');
  });

  it('keeps a completion and a pass the LMS already had', () => {
    const values = scorm2004ResultValues(result(stateFor(2, { done: false })), { status: 'completed', success: 'passed' });
    expect(values['cmi.completion_status']).toBe('completed');
    expect(values['cmi.success_status']).toBe('passed');
  });
});

describe('mastery score from the LMS', () => {
  it('uses the LMS value when it sets one, on its own scale, else the package setting', () => {
    expect(effectiveMastery('80', 100, 0.7)).toBe(0.8);
    expect(effectiveMastery('0.9', 1, 0.7)).toBe(0.9);
    expect(effectiveMastery('', 100, 0.7)).toBe(0.7);
    expect(effectiveMastery(undefined, 1, 0.6)).toBe(0.6);
    expect(effectiveMastery('veel', 1, 0.7)).toBe(0.7);
    expect(effectiveMastery('150', 100, 0.7)).toBe(0.7);
  });
});

describe('session time formats', () => {
  it('SCORM 1.2 CMITimespan HH:MM:SS.SS', () => {
    expect(scorm12Timespan(0)).toBe('00:00:00.00');
    expect(scorm12Timespan(5 * 60_000 + 3250)).toBe('00:05:03.25');
    expect(scorm12Timespan(26 * 3_600_000 + 59_990)).toBe('26:00:59.99');
    expect(scorm12Timespan(123 * 3_600_000)).toBe('123:00:00.00');
    expect(scorm12Timespan(-5)).toBe('00:00:00.00');
    expect(scorm12Timespan(5 * 60_000 + 3250)).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
  });

  it('SCORM 2004 ISO 8601 duration', () => {
    expect(iso8601Duration(0)).toBe('PT0S');
    expect(iso8601Duration(5 * 60_000 + 3250)).toBe('PT5M3.25S');
    expect(iso8601Duration(3_600_000)).toBe('PT1H');
    expect(iso8601Duration(26 * 3_600_000 + 1000)).toBe('PT26H1S');
  });
});
