import { useEffect, useState } from 'preact/hooks';
import { formatClock, remainingAt, type TimerState } from '../../lib/workshop/timer';
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
