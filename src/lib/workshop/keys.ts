/** What a key press asks for in workshop mode. */
export type KeyCommand =
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'fullscreen' }
  | { type: 'timer' }
  | { type: 'blackout' }
  | { type: 'notes' }
  | { type: 'help' }
  | { type: 'undo' }
  | { type: 'reveal' }
  | { type: 'close' }
  | { type: 'option'; option: number };

/** The keys, as listed in the help screen ("Toetsen"). */
export const KEY_HELP: ReadonlyArray<{ keys: string[]; what: string }> = [
  { keys: ['→', 'Spatie', 'Page Down'], what: 'Volgende scherm' },
  { keys: ['←', 'Page Up'], what: 'Vorig scherm' },
  {
    keys: ['1', '2', '3', '4'],
    what: 'Bij een stemming: een stem erbij voor A, B, C of D. Als de uitslag zichtbaar is: kies de optie die de groep volgt',
  },
  { keys: ['U', 'Backspace'], what: 'Laatste stem ongedaan maken' },
  { keys: ['R'], what: 'Uitslag van de stemming tonen of verbergen' },
  { keys: ['T'], what: 'Timer starten of pauzeren' },
  { keys: ['F'], what: 'Volledig scherm aan of uit' },
  { keys: ['B', '.'], what: 'Zwart scherm aan of uit' },
  { keys: ['N'], what: 'Notities voor de trainer tonen of verbergen' },
  { keys: ['H', '?'], what: 'Dit overzicht van toetsen' },
  { keys: ['Esc'], what: 'Zwart scherm, notities of dit overzicht sluiten' },
];

/** Maps a key press to a command; presses with Ctrl, Alt or Cmd stay with the browser. */
export function commandForKey(event: { key: string; ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean }): KeyCommand | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  const { key } = event;
  if (/^[1-9]$/.test(key)) return { type: 'option', option: Number(key) - 1 };
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
    case 'Spacebar':
      return { type: 'next' };
    case 'ArrowLeft':
    case 'PageUp':
      return { type: 'back' };
    case 'Escape':
      return { type: 'close' };
    case 'Backspace':
      return { type: 'undo' };
    case '?':
      return { type: 'help' };
    case '.':
      return { type: 'blackout' };
  }
  switch (key.toLowerCase()) {
    case 'f':
      return { type: 'fullscreen' };
    case 't':
      return { type: 'timer' };
    case 'b':
      return { type: 'blackout' };
    case 'n':
      return { type: 'notes' };
    case 'h':
      return { type: 'help' };
    case 'u':
      return { type: 'undo' };
    case 'r':
      return { type: 'reveal' };
  }
  return undefined;
}

/** Minimal view of an event target, so the check runs without a DOM in tests. */
interface TargetLike {
  tagName?: string;
  isContentEditable?: boolean;
}

/** True when the focus is in a text field: then every key belongs to the field. */
export function isTextEntry(target: unknown): boolean {
  if (typeof target !== 'object' || target === null) return false;
  const el = target as TargetLike;
  const tag = el.tagName?.toUpperCase();
  return el.isContentEditable === true || tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

/** True when Space or Enter on this element should do what the browser does (press the focused button or link). */
export function activatesElement(key: string, target: unknown): boolean {
  if (key !== ' ' && key !== 'Spacebar' && key !== 'Enter') return false;
  if (typeof target !== 'object' || target === null) return false;
  const tag = (target as TargetLike).tagName?.toUpperCase();
  return tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY';
}
