import type { WriteResult } from '../progress/store-types';
import { formatTime } from '../text/dates';

/** How long typing may pause before the text is saved. */
export const SAVE_DELAY_MS = 600;

/** What the line under a reflection field says, and whether it reports a problem. */
export interface SaveState {
  text: string;
  error: boolean;
}

/** The line under a field once saving works (the server-rendered hint says what happens without JavaScript). */
export const READY_STATE: SaveState = {
  text: 'Uw antwoord wordt bewaard in deze browser. U leest het terug in uw leerlogboek.',
  error: false,
};

const SAVING_STATE: SaveState = { text: 'Bezig met opslaan…', error: false };

/** The line after a save: when it was saved, or why not (the text stays in the field either way). */
export function savedState(result: WriteResult, at: Date): SaveState {
  return result.saved
    ? { text: `Opgeslagen om ${formatTime(at)}.`, error: false }
    : { text: `Niet opgeslagen. ${result.message}`, error: true };
}

/** setTimeout and clearTimeout; tests pass fakes. */
export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const browserTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Saves a reflection field (or a whole worksheet: `T` is then its answers) as the learner types. */
export interface ReflectionAutosave<T = string> {
  /** The learner typed: save `text` once typing pauses. */
  typed(text: T): void;
  /** The learner left the field (or it goes away): save waiting text now. */
  leave(): void;
  /** True while typed text waits to be saved: then the field must not be overwritten from elsewhere. */
  pending(): boolean;
}

/**
 * The saving rule for every reflection field, server-rendered or Preact's, and for the worksheets:
 * save after a pause in typing and at once on leaving the field, and say what
 * happened. A failed save never touches the text.
 */
export function createReflectionAutosave<T = string>(options: {
  save(text: T): Promise<WriteResult>;
  show(state: SaveState): void;
  now?: () => Date;
  timers?: Timers;
}): ReflectionAutosave<T> {
  const timers = options.timers ?? browserTimers;
  const now = options.now ?? (() => new Date());
  let timer: unknown;
  let waiting: T | null = null;

  const flush = () => {
    if (waiting === null) return;
    timers.clear(timer);
    const text = waiting;
    waiting = null;
    void options.save(text).then((result) => options.show(savedState(result, now())));
  };

  return {
    typed(text) {
      timers.clear(timer);
      waiting = text;
      options.show(SAVING_STATE);
      timer = timers.set(flush, SAVE_DELAY_MS);
    },
    leave: flush,
    pending: () => waiting !== null,
  };
}
