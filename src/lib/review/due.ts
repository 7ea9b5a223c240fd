// Kept apart from schedule.ts: counting what is due needs no FSRS, so pages that
// only show "Opfrissen: N vragen" do not load it.
import type { ReviewCard } from '../progress/progress-schema';
import { isoDay } from '../text/dates';

/** The most questions in one round: two to five minutes of work. */
export const SESSION_SIZE = 6;

/**
 * Whether a card is due at `now`. By the day in the Netherlands, not the
 * minute: a card planned for 15:00 is due that morning, so the learner can do
 * the day's review in one go (and a card answered today is never due today).
 */
export function isDue(card: Pick<ReviewCard, 'due'>, now: Date): boolean {
  return isoDay(card.due) <= isoDay(now);
}

/** The learner's cards whose item still exists in the content; cards of removed content are kept but not asked. */
export function knownCards(review: Readonly<Record<string, ReviewCard>>, known: ReadonlySet<string>): ReviewCard[] {
  return Object.values(review).filter((card) => known.has(card.itemId));
}

/** The cards due at `now`, the longest waiting first (then by item id, so the order is stable). */
export function dueCards(cards: readonly ReviewCard[], now: Date): ReviewCard[] {
  return cards.filter((card) => isDue(card, now)).sort((a, b) => Date.parse(a.due) - Date.parse(b.due) || a.itemId.localeCompare(b.itemId));
}

/** When the next card falls due after today, or null when nothing is planned. */
export function nextDue(cards: readonly ReviewCard[], now: Date): string | null {
  const later = cards.filter((card) => !isDue(card, now)).map((card) => card.due);
  return later.length ? later.reduce((a, b) => (Date.parse(a) <= Date.parse(b) ? a : b)) : null;
}
