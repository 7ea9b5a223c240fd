import type { TimerState } from '../../lib/workshop/timer';
import type { WorkshopAction } from '../../lib/workshop/session';
import type { TimerPhase } from './use-workshop-session';

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
