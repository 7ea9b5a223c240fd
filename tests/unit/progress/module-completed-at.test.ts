import { describe, expect, it } from 'vitest';
import { emptyProgressState, type ModuleParts, type ProgressState } from '../../../src/lib/progress';
import { moduleCompletedAt } from '../../../src/lib/progress/module-completed-at';

const module: ModuleParts = {
  id: '01-burgerkracht-en-loslaten',
  sectionSlugs: ['zien', 'loslaten'],
  questionIds: ['q1', 'q2'],
  scenarioId: 'a1-plantsoen',
  reflections: [{ id: 'a1-eigen-vakkennis' }],
};
const day = (d: number, hour = 9) => new Date(Date.UTC(2026, 11, d, hour)).toISOString();
const answer = (at: string) => ({ optionId: 'a', correct: true, answeredAt: at });
const run = (outcomeNodeId: string | null, updatedAt: string) => ({
  choices: ['a'],
  currentNodeId: outcomeNodeId ?? 'stap',
  outcomeNodeId,
  meters: {},
  startedAt: day(1),
  updatedAt,
});
const reflection = (id: string, text: string, created: string, updated = created) => ({
  id,
  moduleId: module.id,
  prompt: 'Vraag',
  text,
  created,
  updated,
});

const complete: ProgressState = {
  ...emptyProgressState(),
  sections: { [module.id]: { zien: day(1), loslaten: day(2) } },
  checks: { [module.id]: { q1: answer(day(2)), q2: answer(day(3)) } },
  scenarios: { 'a1-plantsoen': run('samen-verder', day(4)) },
  reflections: { 'a1-eigen-vakkennis': reflection('a1-eigen-vakkennis', 'Tekst', day(5), day(9)) },
};

describe('moduleCompletedAt', () => {
  it('is the moment the last part was done', () => {
    expect(moduleCompletedAt(complete, module)).toBe(day(5));
  });

  it('is null while the module is not afgerond', () => {
    expect(moduleCompletedAt({ ...complete, sections: { [module.id]: { zien: day(1) } } }, module)).toBeNull();
    expect(moduleCompletedAt(emptyProgressState(), module)).toBeNull();
  });

  it('dates the reflections by the first one written, not by later edits', () => {
    const s: ProgressState = {
      ...complete,
      reflections: {
        ...complete.reflections,
        'scenario:a1-plantsoen:0': reflection('scenario:a1-plantsoen:0', 'Debrief', day(3, 8), day(20)),
      },
    };
    expect(moduleCompletedAt(s, module)).toBe(day(4));
  });

  it('ignores reflections without text, and those of other modules', () => {
    const s: ProgressState = {
      ...complete,
      reflections: {
        ...complete.reflections,
        leeg: reflection('leeg', '  ', day(1)),
        ander: { ...reflection('ander', 'Elders', day(1)), moduleId: '02-van-nee-maar-naar-ja-tenzij' },
      },
    };
    expect(moduleCompletedAt(s, module)).toBe(day(5));
  });

  it('dates the scenario by its first finished run in the history, not by a replay', () => {
    const s: ProgressState = {
      ...complete,
      reflections: { 'a1-eigen-vakkennis': reflection('a1-eigen-vakkennis', 'Tekst', day(1)) },
      scenarios: { 'a1-plantsoen': run('samen-verder', day(12)) },
      scenarioHistory: {
        'a1-plantsoen': [
          { choices: ['a'], outcomeNodeId: 'afgehaakt', meters: {}, startedAt: day(6), finishedAt: day(7) },
          { choices: ['a'], outcomeNodeId: 'samen-verder', meters: {}, startedAt: day(11), finishedAt: day(12) },
        ],
      },
    };
    expect(moduleCompletedAt(s, module)).toBe(day(7));
  });

  it('takes the latest answer of a question, so a later new answer moves the date on', () => {
    const s: ProgressState = { ...complete, checks: { [module.id]: { q1: answer(day(2)), q2: answer(day(15)) } } };
    expect(moduleCompletedAt(s, module)).toBe(day(15));
  });

  it('needs no scenario part for a module without a scenario', () => {
    const s: ProgressState = { ...complete, scenarios: {} };
    expect(moduleCompletedAt(s, { ...module, scenarioId: null })).toBe(day(5));
  });
});
