/**
 * Finding the LMS's SCORM API object, after the discovery logic of the pipwerks
 * SCORM API wrapper (Philip Hutchison, MIT; github.com/pipwerks/scorm-api-wrapper),
 * which in turn follows ADL's sample code: walk up `window.parent` (at most 500
 * levels) looking for `API` (SCORM 1.2) or `API_1484_11` (SCORM 2004); then try
 * the parent; then the window that opened the top window (an LMS that launches
 * the package in a pop-up). Rewritten here so it is typed and tested.
 */

/** The name of the API object per standard. */
export type ScormApiKey = 'API' | 'API_1484_11';

/** The part of a window the search reads. A real `Window` fits; tests pass plain objects. */
export interface WindowLike {
  readonly parent?: WindowLike | null;
  readonly top?: WindowLike | null;
  readonly opener?: WindowLike | null;
  readonly [key: string]: unknown;
}

/** How many parents the search climbs at most, as in pipwerks and the ADL sample. */
export const FIND_ATTEMPT_LIMIT = 500;

// A window of another origin throws on every read: that ends the search there.
function read(win: WindowLike, key: string): unknown {
  try {
    return win[key];
  } catch {
    return undefined;
  }
}

function hasApi(win: WindowLike, key: ScormApiKey): boolean {
  const api = read(win, key);
  return typeof api === 'object' && api !== null;
}

/** The API in `start` or one of its parents, climbing at most 500 levels; null when none. */
export function findApiFrom(start: WindowLike | null | undefined, key: ScormApiKey): object | null {
  let win = start;
  let attempts = 0;
  while (win && !hasApi(win, key)) {
    const parent = read(win, 'parent') as WindowLike | null | undefined;
    if (!parent || parent === win || attempts >= FIND_ATTEMPT_LIMIT) return null;
    attempts++;
    win = parent;
  }
  return win ? (read(win, key) as object) : null;
}

/** The LMS's API for `key` as seen from `win`: its own chain of parents, the parent's, then the opener of the top window. */
export function findScormApi(win: WindowLike, key: ScormApiKey): object | null {
  const parent = read(win, 'parent') as WindowLike | null | undefined;
  const top = read(win, 'top') as WindowLike | null | undefined;
  const opener = top ? (read(top, 'opener') as WindowLike | null | undefined) : undefined;
  return (
    findApiFrom(win, key) ?? (parent && parent !== win ? findApiFrom(parent, key) : null) ?? (opener ? findApiFrom(opener, key) : null)
  );
}
