import { countOf } from '../text/plural';

/**
 * The workshop countdown as plain data. Time is never stored as "seconds left
 * now" while running: the timer keeps the moment it was started and what was
 * left then, so every window (projector, presenter) and a reloaded page compute
 * the same remaining time from the clock, without a shared tick.
 */

/** A countdown: its preset, what was left when it last (re)started or paused, and when it started running. */
export interface TimerState {
  /** The preset in milliseconds; reset returns to it. */
  durationMs: number;
  /** Milliseconds left at `startedAt`, or now when paused. */
  remainingMs: number;
  /** Epoch milliseconds when the timer last started; `null` when paused or never started. */
  startedAt: number | null;
}

const MINUTE = 60_000;

/** A paused timer set to a number of minutes. */
export function createTimer(minutes: number): TimerState {
  const durationMs = Math.max(0, Math.round(minutes * MINUTE));
  return { durationMs, remainingMs: durationMs, startedAt: null };
}

/** Milliseconds left at `now`; never below zero. */
export function remainingAt(timer: TimerState, now: number): number {
  if (timer.startedAt === null) return Math.max(0, timer.remainingMs);
  return Math.max(0, timer.remainingMs - Math.max(0, now - timer.startedAt));
}

/** Whether the countdown is running at `now` (started and not yet at zero). */
export function isRunning(timer: TimerState, now: number): boolean {
  return timer.startedAt !== null && remainingAt(timer, now) > 0;
}

/** Whether the time is up: the timer ran and reached zero. */
export function isDone(timer: TimerState, now: number): boolean {
  return timer.durationMs > 0 && remainingAt(timer, now) === 0;
}

/** Starts or resumes the countdown; a finished timer starts again from its preset. */
export function startTimer(timer: TimerState, now: number): TimerState {
  if (isRunning(timer, now)) return timer;
  const left = remainingAt(timer, now);
  return { ...timer, remainingMs: left > 0 ? left : timer.durationMs, startedAt: now };
}

/** Pauses the countdown and keeps what is left. */
export function pauseTimer(timer: TimerState, now: number): TimerState {
  if (timer.startedAt === null) return timer;
  return { ...timer, remainingMs: remainingAt(timer, now), startedAt: null };
}

/** Start when paused or finished, pause when running (the T key). */
export function toggleTimer(timer: TimerState, now: number): TimerState {
  return isRunning(timer, now) ? pauseTimer(timer, now) : startTimer(timer, now);
}

/** Back to the full preset, paused. */
export function resetTimer(timer: TimerState): TimerState {
  return { ...timer, remainingMs: timer.durationMs, startedAt: null };
}

/** "09:05": minutes and seconds, rounded up so 0:00 shows only when the time is really up. */
export function formatClock(ms: number): string {
  const seconds = Math.ceil(Math.max(0, ms) / 1000);
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/** "10 minuten", "1 minuut en 30 seconden": for screen reader announcements. */
export function spokenDuration(ms: number): string {
  const seconds = Math.ceil(Math.max(0, ms) / 1000);
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  const minutes = countOf(m, 'minuut', 'minuten');
  const secs = countOf(s, 'seconde', 'seconden');
  if (m === 0) return secs;
  return s === 0 ? minutes : `${minutes} en ${secs}`;
}

/** A schedule step's minutes as a timer preset; a missing or odd value falls back to 10 minutes. */
export function presetMinutes(minutes: number | undefined): number {
  return minutes !== undefined && Number.isFinite(minutes) && minutes > 0 ? minutes : 10;
}
