import { useEffect, useState } from 'preact/hooks';
import { formatClock, remainingAt, type TimerState } from '../../lib/workshop/timer';
import type { WorkshopAction } from '../../lib/workshop/session';
import type { TimerPhase } from './use-workshop-session';

/** The countdown as mm:ss. Only this small part re-renders every quarter second while the timer runs. */
export function TimerClock({ timer, phase }: { timer: TimerState; phase: TimerPhase }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (phase !== 'running') return;
    const id = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(id);
  }, [phase, timer]);
  return (
    <span class="jt-ws-timer__clock" data-phase={phase}>
      {formatClock(timer.startedAt === null ? timer.remainingMs : remainingAt(timer, now))}
    </span>
  );
}

/** The timer with its state in words; the end is shown in text and with a frame, never by sound or colour alone. */
export function TimerStatus({ timer, phase }: { timer: TimerState; phase: TimerPhase }) {
  return (
    <div class={`jt-ws-timer jt-ws-timer--${phase}`}>
      <span class="jt-visually-hidden">Timer: </span>
      <TimerClock timer={timer} phase={phase} />
      <span class="jt-ws-timer__state">{phase === 'done' ? 'Tijd is om' : phase === 'running' ? 'loopt' : 'staat stil'}</span>
    </div>
  );
}

/** Start, pause, reset and the presets from the draaiboek's schedule. */
export function TimerControls({
  timer,
  phase,
  presets,
  dispatch,
}: {
  timer: TimerState;
  phase: TimerPhase;
  presets: number[];
  dispatch: (action: WorkshopAction) => void;
}) {
  const minutes = Math.round(timer.durationMs / 60_000);
  return (
    <div class="jt-ws-timer-controls">
      <div class="jt-button-group">
        <button type="button" class="nl-button nl-button--primary" onClick={() => dispatch({ type: 'timer.toggle' })}>
          {phase === 'running' ? 'Pauzeer timer' : 'Start timer'}
        </button>
        <button type="button" class="nl-button nl-button--secondary" onClick={() => dispatch({ type: 'timer.reset' })}>
          Terug naar {minutes} minuten
        </button>
      </div>
      <p class="jt-ws-timer-controls__label" id="timer-presets">
        Timer instellen op:
      </p>
      <ul class="jt-ws-timer-controls__presets" aria-labelledby="timer-presets">
        {presets.map((m) => (
          <li key={m}>
            <button
              type="button"
              class={`nl-button nl-button--secondary ${timer.durationMs === m * 60_000 ? 'nl-button--pressed' : ''}`}
              aria-pressed={timer.durationMs === m * 60_000}
              onClick={() => dispatch({ type: 'timer.preset', minutes: m })}
            >
              {m} min
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
