import type { Ballots } from './protocol.ts';

/** Votes per option, in option order. A ballot outside the options is ignored, never counted. */
export function countBallots(ballots: Ballots, optionCount: number): number[] {
  const counts = Array.from({ length: optionCount }, () => 0);
  for (const option of Object.values(ballots)) if (option >= 0 && option < optionCount) counts[option]! += 1;
  return counts;
}

/**
 * Ballots from two sources (the relay and the trainer's own copy after the relay lost its memory),
 * one per device. Where both have a device, `newer` wins: a device's latest vote is its vote.
 * Keyed by device, so merging the same ballots twice never counts a vote twice.
 */
export function mergeBallots(older: Ballots, newer: Ballots): Ballots {
  return { ...older, ...newer };
}

/** The option(s) with the most votes; more than one on a tie, none when nobody voted. */
export function leadingOptions(counts: readonly number[]): number[] {
  const most = Math.max(0, ...counts);
  return most === 0 ? [] : counts.flatMap((c, i) => (c === most ? [i] : []));
}
