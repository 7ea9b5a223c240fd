import { Rating, createEmptyCard, fsrs, type Card, type Grade } from 'ts-fsrs';
import type { ReviewCard } from '../progress/progress-schema';

/** The longest wait between two reviews: after a year the lesson is worth seeing again anyway. */
export const MAX_INTERVAL_DAYS = 365;

// Days, not minutes: the site is visited now and then, so FSRS's short-term
// (minute) learning steps would only make an item due again before the learner
// is back. No fuzz: the same answers give the same schedule (and testable dates).
const scheduler = fsrs({ enable_short_term: false, enable_fuzz: false, maximum_interval: MAX_INTERVAL_DAYS });

/** Right is "Good", wrong is "Again": the learner answers a question, they do not grade their own memory. */
export const gradeFor = (correct: boolean): Grade => (correct ? Rating.Good : Rating.Again);

const count = (n: number) => (Number.isFinite(n) ? Math.max(0, Math.round(n)) : 0);
const positive = (n: number) => (Number.isFinite(n) ? Math.max(0, n) : 0);

function toCard(card: ReviewCard): Card {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.lastReview ? { last_review: new Date(card.lastReview) } : {}),
  };
}

function fromCard(card: Card, about: Pick<ReviewCard, 'itemId' | 'moduleId' | 'addedAt'>): ReviewCard {
  return {
    itemId: about.itemId,
    moduleId: about.moduleId,
    due: card.due.toISOString(),
    stability: positive(card.stability),
    difficulty: positive(card.difficulty),
    elapsedDays: count(card.elapsed_days),
    scheduledDays: count(card.scheduled_days),
    learningSteps: count(card.learning_steps),
    reps: count(card.reps),
    lapses: count(card.lapses),
    state: card.state,
    lastReview: card.last_review ? card.last_review.toISOString() : null,
    addedAt: about.addedAt,
  };
}

/**
 * A new card for an item the learner met when its module became afgerond
 * (`metAt`), scheduled as if that was its first review: answered right then
 * gives "Good" (back in a few days), wrong or not seen gives "Again" (back
 * the next day). `addedAt` is when it joined the queue.
 */
export function enrolCard(item: { itemId: string; moduleId: string }, metAt: string, rightFirstTime: boolean, addedAt: string): ReviewCard {
  const moment = new Date(metAt);
  const { card } = scheduler.next(createEmptyCard(moment), moment, gradeFor(rightFirstTime));
  return fromCard(card, { ...item, addedAt });
}

const DAY_MS = 86_400_000;

/**
 * The card after the learner answered it at `now`. A clock that runs behind
 * the last review counts as the moment of that review, so the next review
 * always lies after both. A right answer always buys a longer wait than the
 * last one: for a hard item FSRS's stability can grow by less than a day,
 * and a learner who gets it right again should not see it just as soon.
 */
export function answerCard(card: ReviewCard, correct: boolean, now: Date): ReviewCard {
  const last = card.lastReview ? Date.parse(card.lastReview) : -Infinity;
  const moment = new Date(Math.max(now.getTime(), last));
  const { card: next } = scheduler.next(toCard(card), moment, gradeFor(correct));
  if (correct && next.scheduled_days <= card.scheduledDays && card.scheduledDays < MAX_INTERVAL_DAYS) {
    const days = card.scheduledDays + 1;
    return fromCard({ ...next, scheduled_days: days, due: new Date(moment.getTime() + days * DAY_MS) }, card);
  }
  return fromCard(next, card);
}
