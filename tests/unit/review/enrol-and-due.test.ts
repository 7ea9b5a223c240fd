import { describe, expect, it } from 'vitest';
import { emptyProgressState, type ModuleParts, type ProgressState, type ReviewCard } from '../../../src/lib/progress';
import { pendingEnrolment } from '../../../src/lib/review/enrol';
import { dueCards, isDue, knownCards, nextDue } from '../../../src/lib/review/due';
import { enrolCard } from '../../../src/lib/review/schedule';
import type { ReviewIndexEntry } from '../../../src/lib/review/review-items';

const module: ModuleParts = {
  id: '01-burgerkracht-en-loslaten',
  sectionSlugs: ['zien'],
  questionIds: ['q1', 'q2'],
  scenarioId: 'a1-plantsoen',
  reflections: [{ id: 'a1-eigen-vakkennis' }],
};
const index: ReviewIndexEntry[] = [
  { id: 'check:01-burgerkracht-en-loslaten:q1', moduleId: module.id, origin: { kind: 'check', questionId: 'q1' } },
  { id: 'check:01-burgerkracht-en-loslaten:q2', moduleId: module.id, origin: { kind: 'check', questionId: 'q2' } },
  { id: 'scenario:a1-plantsoen:keuze', moduleId: module.id, origin: { kind: 'scenario', scenarioId: 'a1-plantsoen', right: ['samen'] } },
  { id: 'scenario:a1-plantsoen:later', moduleId: module.id, origin: { kind: 'scenario', scenarioId: 'a1-plantsoen', right: ['goed'] } },
  { id: 'check:02-ander:q1', moduleId: '02-ander', origin: { kind: 'check', questionId: 'q1' } },
];
const at = (day: number, hour = 9) => new Date(Date.UTC(2026, 11, day, hour)).toISOString();

const finished: ProgressState = {
  ...emptyProgressState(),
  sections: { [module.id]: { zien: at(1) } },
  checks: {
    [module.id]: {
      q1: { optionId: 'a', correct: true, answeredAt: at(1) },
      q2: { optionId: 'b', correct: false, answeredAt: at(2) },
    },
  },
  scenarios: {
    'a1-plantsoen': {
      choices: ['samen', 'fout'],
      currentNodeId: 'einde',
      outcomeNodeId: 'einde',
      meters: {},
      startedAt: at(2),
      updatedAt: at(3),
    },
  },
  reflections: {
    'a1-eigen-vakkennis': { id: 'a1-eigen-vakkennis', moduleId: module.id, prompt: 'V', text: 'T', created: at(2), updated: at(2) },
  },
};

describe('pendingEnrolment', () => {
  it('adds every item of an afgerond module, dated from its completion, with how the learner did the first time', () => {
    expect(pendingEnrolment(finished, [module], index)).toEqual([
      { itemId: 'check:01-burgerkracht-en-loslaten:q1', moduleId: module.id, metAt: at(3), rightFirstTime: true },
      { itemId: 'check:01-burgerkracht-en-loslaten:q2', moduleId: module.id, metAt: at(3), rightFirstTime: false },
      { itemId: 'scenario:a1-plantsoen:keuze', moduleId: module.id, metAt: at(3), rightFirstTime: true },
      { itemId: 'scenario:a1-plantsoen:later', moduleId: module.id, metAt: at(3), rightFirstTime: false },
    ]);
  });

  it('adds nothing for a module that is not afgerond', () => {
    expect(pendingEnrolment({ ...finished, reflections: {} }, [module], index)).toEqual([]);
  });

  it('leaves items that are already scheduled alone, so it can run on every page', () => {
    const card = enrolCard({ itemId: 'check:01-burgerkracht-en-loslaten:q1', moduleId: module.id }, at(3), true, at(3));
    const state = { ...finished, review: { [card.itemId]: card } };
    expect(pendingEnrolment(state, [module], index).map((p) => p.itemId)).toEqual([
      'check:01-burgerkracht-en-loslaten:q2',
      'scenario:a1-plantsoen:keuze',
      'scenario:a1-plantsoen:later',
    ]);
  });
});

describe('what is due', () => {
  const card = (itemId: string, due: string): ReviewCard => ({
    ...enrolCard({ itemId, moduleId: module.id }, at(1), true, at(1)),
    due,
  });

  it('counts a card as due from the start of its day in the Netherlands', () => {
    // 23:30 UTC on 8 December is already 9 December in Amsterdam.
    const c = card('a', '2026-12-08T23:30:00.000Z');
    expect(isDue(c, new Date('2026-12-08T22:59:00.000Z'))).toBe(false);
    expect(isDue(c, new Date('2026-12-08T23:01:00.000Z'))).toBe(true);
  });

  it('lists due cards longest waiting first, leaves out removed content, and tells the next day after today', () => {
    const review = {
      b: card('b', at(5, 14)),
      a: card('a', at(4)),
      weg: card('weg', at(1)),
      later: card('later', at(20)),
      straks: card('straks', at(9)),
    };
    const known = knownCards(review, new Set(['a', 'b', 'later', 'straks']));
    const now = new Date(at(5, 8));
    expect(dueCards(known, now).map((c) => c.itemId)).toEqual(['a', 'b']);
    expect(nextDue(known, now)).toBe(at(9));
    expect(nextDue([], now)).toBeNull();
  });
});
