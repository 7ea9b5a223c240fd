import { describe, expect, it } from 'vitest';
import {
  createTimer,
  formatClock,
  isDone,
  isRunning,
  pauseTimer,
  presetMinutes,
  remainingAt,
  resetTimer,
  spokenDuration,
  startTimer,
  toggleTimer,
} from '../../../src/lib/workshop/timer';

const MIN = 60_000;

describe('workshop timer', () => {
  it('starts paused at its preset', () => {
    const t = createTimer(10);
    expect(t).toEqual({ durationMs: 10 * MIN, remainingMs: 10 * MIN, startedAt: null });
    expect(remainingAt(t, 5_000_000)).toBe(10 * MIN);
    expect(isRunning(t, 0)).toBe(false);
    expect(isDone(t, 0)).toBe(false);
  });

  it('counts down from the moment it starts, computed from the clock', () => {
    const t = startTimer(createTimer(10), 1_000);
    expect(isRunning(t, 1_000)).toBe(true);
    expect(remainingAt(t, 1_000 + 90_000)).toBe(10 * MIN - 90_000);
  });

  it('keeps what is left when paused and resumes from there', () => {
    const started = startTimer(createTimer(5), 0);
    const paused = pauseTimer(started, 60_000);
    expect(paused.startedAt).toBeNull();
    expect(remainingAt(paused, 999_999)).toBe(4 * MIN);
    const resumed = startTimer(paused, 100_000);
    expect(remainingAt(resumed, 130_000)).toBe(4 * MIN - 30_000);
  });

  it('toggles between running and paused (the T key)', () => {
    const t = toggleTimer(createTimer(1), 0);
    expect(isRunning(t, 10)).toBe(true);
    expect(isRunning(toggleTimer(t, 10), 20)).toBe(false);
  });

  it('is done at zero, never goes below zero, and starts again from the preset', () => {
    const t = startTimer(createTimer(1), 0);
    expect(remainingAt(t, 5 * MIN)).toBe(0);
    expect(isDone(t, MIN)).toBe(true);
    expect(isRunning(t, MIN)).toBe(false);
    const again = toggleTimer(t, 2 * MIN);
    expect(remainingAt(again, 2 * MIN)).toBe(MIN);
    expect(isRunning(again, 2 * MIN + 1)).toBe(true);
  });

  it('resets to the full preset, paused', () => {
    const t = resetTimer(startTimer(createTimer(3), 0));
    expect(t).toEqual({ durationMs: 3 * MIN, remainingMs: 3 * MIN, startedAt: null });
  });

  it('formats the clock and rounds seconds up', () => {
    expect(formatClock(10 * MIN)).toBe('10:00');
    expect(formatClock(65_000)).toBe('01:05');
    expect(formatClock(400)).toBe('00:01');
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(-5)).toBe('00:00');
  });

  it('says durations in Dutch for screen readers', () => {
    expect(spokenDuration(10 * MIN)).toBe('10 minuten');
    expect(spokenDuration(MIN)).toBe('1 minuut');
    expect(spokenDuration(90_000)).toBe('1 minuut en 30 seconden');
    expect(spokenDuration(1_000)).toBe('1 seconde');
  });

  it('falls back to 10 minutes for a missing preset', () => {
    expect(presetMinutes(25)).toBe(25);
    expect(presetMinutes(undefined)).toBe(10);
    expect(presetMinutes(0)).toBe(10);
  });
});
