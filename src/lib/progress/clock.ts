import { time } from './progress-schema';

/** Where the store gets the time from: `new Date()` in a browser, a fake in tests. */
export type Clock = () => Date;

/** The browser's clock. */
export const systemClock: Clock = () => new Date();

/** A timestamp (ISO 8601) for a change, later than every moment given; see `createStamp`. */
export type Stamp = (...after: (string | number | null | undefined)[]) => string;

/** The clock's time in ms, or the system time when a (fake or broken) clock gives no valid date. */
export function nowMs(clock: Clock): number {
  const now = clock().getTime();
  return Number.isFinite(now) ? now : Date.now();
}

/**
 * Timestamps for changes: strictly increasing, and later than every timestamp
 * given, so a new action always wins over what it replaces in a merge, even if
 * the clock went back (a corrected system clock, another tab ahead of this one).
 */
export function createStamp(clock: Clock): Stamp {
  let last = -Infinity;
  return (...after) => {
    const floor = Math.max(last + 1, ...after.map((t) => (typeof t === 'string' ? time(t) : typeof t === 'number' ? t : -Infinity) + 1));
    last = Math.max(nowMs(clock), floor);
    return new Date(last).toISOString();
  };
}
