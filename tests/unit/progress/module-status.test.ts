import { describe, expect, it } from 'vitest';
import { emptyProgressState, moduleStatus, type ModuleParts, type ProgressState } from '../../../src/lib/progress';

const module: ModuleParts = {
  id: '01-burgerkracht-en-loslaten',
  sectionSlugs: ['zien', 'van-naar', 'loslaten'],
  questionIds: ['q1', 'q2'],
  scenarioId: 'a1-plantsoen',
  reflections: [{ id: 'a1-eigen-vakkennis' }, { id: 'a1-loslaten' }],
};

const t = '2026-11-30T09:00:00.000Z';
const reflection = (id: string, text: string, moduleId = module.id) => ({ id, moduleId, prompt: 'Vraag', text, created: t, updated: t });
const run = (outcomeNodeId: string | null) => ({
  choices: ['a'],
  currentNodeId: outcomeNodeId ?? 'stap',
  outcomeNodeId,
  meters: {},
  startedAt: t,
  updatedAt: t,
});

const complete: ProgressState = {
  ...emptyProgressState(),
  sections: { [module.id]: { loslaten: t, 'van-naar': t, zien: t } },
  checks: { [module.id]: { q1: { optionId: 'a', correct: true, answeredAt: t }, q2: { optionId: 'b', correct: false, answeredAt: t } } },
  scenarios: { 'a1-plantsoen': run('samen-verder') },
  reflections: { 'a1-eigen-vakkennis': reflection('a1-eigen-vakkennis', 'Bij het plantsoen.') },
};

describe('moduleStatus', () => {
  it('is "niet-begonnen" when nothing is recorded for the module', () => {
    const other = { ...emptyProgressState(), sections: { 'andere-module': { zien: t } } };
    expect(moduleStatus(other, module)).toEqual({
      status: 'niet-begonnen',
      sections: { read: 0, total: 3, done: false },
      check: { answered: 0, correct: 0, total: 2, done: false },
      scenario: { started: false, finished: false, outcomeNodeId: null, done: false },
      reflections: { written: 0, total: 2, anyWritten: false, done: false },
    });
  });

  it('is "afgerond" when every part is done, with the parts for the UI', () => {
    expect(moduleStatus(complete, module)).toEqual({
      status: 'afgerond',
      sections: { read: 3, total: 3, done: true },
      check: { answered: 2, correct: 1, total: 2, done: true },
      scenario: { started: true, finished: true, outcomeNodeId: 'samen-verder', done: true },
      reflections: { written: 1, total: 2, anyWritten: true, done: true },
    });
  });

  it.each<[string, (s: ProgressState) => ProgressState]>([
    ['one section unread', (s) => ({ ...s, sections: { [module.id]: { zien: t, 'van-naar': t } } })],
    ['one question unanswered', (s) => ({ ...s, checks: { [module.id]: { q1: { optionId: 'a', correct: true, answeredAt: t } } } })],
    ['the scenario not finished', (s) => ({ ...s, scenarios: { 'a1-plantsoen': run(null) } })],
    ['no reflection with text', (s) => ({ ...s, reflections: { 'a1-eigen-vakkennis': reflection('a1-eigen-vakkennis', '   \n') } })],
  ])('is "bezig" with %s', (_name, change) => {
    expect(moduleStatus(change(complete), module).status).toBe('bezig');
  });

  it.each<[string, Partial<ProgressState>]>([
    ['one section read', { sections: { [module.id]: { zien: t } } }],
    ['one answer', { checks: { [module.id]: { q1: { optionId: 'a', correct: false, answeredAt: t } } } }],
    ['a scenario started', { scenarios: { 'a1-plantsoen': run(null) } }],
    ['a scenario debrief written', { reflections: { 'scenario:a1-plantsoen:0': reflection('scenario:a1-plantsoen:0', 'Ik leerde…') } }],
  ])('is "bezig" after only %s', (_name, patch) => {
    expect(moduleStatus({ ...emptyProgressState(), ...patch }, module).status).toBe('bezig');
  });

  it('counts a scenario debrief of the module as a reflection with text', () => {
    const s = { ...complete, reflections: { 'scenario:a1-plantsoen:0': reflection('scenario:a1-plantsoen:0', 'Ik leerde…') } };
    expect(moduleStatus(s, module)).toMatchObject({
      status: 'afgerond',
      reflections: { written: 0, total: 2, anyWritten: true, done: true },
    });
  });

  it('does not count sections, questions or reflections the module no longer has', () => {
    const s: ProgressState = {
      ...complete,
      sections: { [module.id]: { zien: t, 'van-naar': t, 'oud-hoofdstuk': t } },
      checks: {
        [module.id]: { q1: { optionId: 'a', correct: true, answeredAt: t }, oud: { optionId: 'a', correct: true, answeredAt: t } },
      },
      reflections: { 'a1-oud': reflection('a1-oud', 'x', 'andere-module') },
    };
    expect(moduleStatus(s, module)).toMatchObject({
      status: 'bezig',
      sections: { read: 2, total: 3 },
      check: { answered: 1, correct: 1, total: 2 },
      reflections: { written: 0, anyWritten: false },
    });
  });

  it('treats a missing check, scenario or prompts as done', () => {
    const bare: ModuleParts = { id: module.id, sectionSlugs: ['zien'], questionIds: [], scenarioId: null, reflections: [] };
    const s = { ...emptyProgressState(), sections: { [module.id]: { zien: t } } };
    expect(moduleStatus(s, bare)).toMatchObject({
      status: 'afgerond',
      check: { done: true },
      scenario: { done: true },
      reflections: { done: true },
    });
  });

  it('does not read inherited properties for ids such as "constructor"', () => {
    const odd: ModuleParts = {
      id: 'constructor',
      sectionSlugs: ['toString'],
      questionIds: ['valueOf'],
      scenarioId: 'hasOwnProperty',
      reflections: [{ id: '__proto__' }],
    };
    expect(moduleStatus(emptyProgressState(), odd).status).toBe('niet-begonnen');
  });
});
