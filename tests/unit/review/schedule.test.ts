import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_INTERVAL_DAYS, answerCard, enrolCard } from '../../../src/lib/review/schedule';
import type { ReviewCard } from '../../../src/lib/progress/progress-schema';

const DAY = 86_400_000;
const item = { itemId: 'check:01-burgerkracht-en-loslaten:q1', moduleId: '01-burgerkracht-en-loslaten' };
const at = (ms: number) => new Date(ms).toISOString();
const start = Date.UTC(2026, 11, 1, 9, 30);

const metAt = fc.integer({ min: 0, max: 400 * DAY }).map((offset) => at(start + offset));
/** One answer: right or wrong, given some time after the card was due (or, with a negative delay, early). */
const answer = fc.record({ correct: fc.boolean(), delay: fc.integer({ min: -3 * DAY, max: 90 * DAY }) });

/** A card after a random history of answers, and the moment of the last one. */
const history = fc.record({ metAt, rightFirstTime: fc.boolean(), answers: fc.array(answer, { maxLength: 8 }) }).map((h) => {
  let card = enrolCard(item, h.metAt, h.rightFirstTime, h.metAt);
  for (const { correct, delay } of h.answers) card = answerCard(card, correct, new Date(Date.parse(card.due) + delay));
  return card;
});

describe('enrolCard', () => {
  it('plans the first review a few days after a right first answer and the next day after a wrong one', () => {
    const right = enrolCard(item, at(start), true, at(start + DAY));
    const wrong = enrolCard(item, at(start), false, at(start + DAY));
    expect(right).toMatchObject({ ...item, reps: 1, lapses: 0, lastReview: at(start), addedAt: at(start + DAY) });
    expect(Date.parse(right.due) - start).toBe(right.scheduledDays * DAY);
    expect(right.scheduledDays).toBeGreaterThanOrEqual(2);
    expect(wrong.scheduledDays).toBe(1);
  });

  it('stores a card that the store contract accepts: non-negative numbers, whole counts, ISO moments', () => {
    fc.assert(
      fc.property(history, (card: ReviewCard) => {
        for (const n of [card.stability, card.difficulty]) expect(n >= 0 && Number.isFinite(n)).toBe(true);
        for (const n of [card.elapsedDays, card.scheduledDays, card.learningSteps, card.reps, card.lapses])
          expect(Number.isInteger(n) && n >= 0).toBe(true);
        expect([0, 1, 2, 3]).toContain(card.state);
        expect(new Date(card.due).toISOString()).toBe(card.due);
      }),
    );
  });
});

describe('answerCard', () => {
  it('always plans the next review after the moment of the answer, also when the clock runs behind', () => {
    fc.assert(
      fc.property(history, fc.boolean(), fc.integer({ min: -30 * DAY, max: 400 * DAY }), (card, correct, offset) => {
        const now = new Date(Date.parse(card.due) + offset);
        const next = answerCard(card, correct, now);
        expect(Date.parse(next.due)).toBeGreaterThan(now.getTime());
        expect(Date.parse(next.due)).toBeGreaterThan(Date.parse(next.lastReview!));
        expect(Date.parse(next.lastReview!)).toBeGreaterThanOrEqual(Date.parse(card.lastReview!));
      }),
    );
  });

  it('waits longer after every right answer in a row, up to the longest interval', () => {
    fc.assert(
      fc.property(history, fc.array(fc.integer({ min: 0, max: 10 * DAY }), { minLength: 2, maxLength: 6 }), (card, delays) => {
        let current = answerCard(card, true, new Date(card.due));
        for (const delay of delays) {
          const next = answerCard(current, true, new Date(Date.parse(current.due) + delay));
          if (current.scheduledDays < MAX_INTERVAL_DAYS) expect(next.scheduledDays).toBeGreaterThan(current.scheduledDays);
          else expect(next.scheduledDays).toBeGreaterThanOrEqual(MAX_INTERVAL_DAYS);
          current = next;
        }
      }),
    );
  });

  it('brings an item back sooner after a wrong answer than a right one would have', () => {
    fc.assert(
      fc.property(history, fc.integer({ min: -DAY, max: 200 * DAY }), (card, offset) => {
        const now = new Date(Date.parse(card.due) + offset);
        expect(Date.parse(answerCard(card, false, now).due)).toBeLessThan(Date.parse(answerCard(card, true, now).due));
      }),
    );
  });

  it('counts a wrong answer on a learned item as a lapse', () => {
    const learned = answerCard(enrolCard(item, at(start), true, at(start)), true, new Date(start + 3 * DAY));
    expect(answerCard(learned, false, new Date(learned.due)).lapses).toBe(learned.lapses + 1);
  });
});
