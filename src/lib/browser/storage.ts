/**
 * The one wrapper around the browser's localStorage, shared by the learner's
 * own data and the workshop session: every call that can throw (storage off,
 * blocked or full) gives a result instead of an exception.
 */

/**
 * The part of the Web Storage API the site uses. `window.localStorage` fits,
 * and so does the fake in the tests.
 */
export interface StorageLike {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const PROBE_KEY = 'jt:v1:probe';

/** Why storage could not be used: it is off or blocked (`unavailable`), or it is full (`quota`). */
export type StorageProblem = 'unavailable' | 'quota';

/**
 * Whether `error` means "storage is full". Browsers differ: the standard name
 * is QuotaExceededError (code 22); old Firefox used NS_ERROR_DOM_QUOTA_REACHED (code 1014).
 */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/** Reads one key; a throwing storage gives `unavailable` instead of an exception. */
export function readItem(storage: StorageLike, key: string): { ok: true; value: string | null } | { ok: false; problem: 'unavailable' } {
  try {
    const value: unknown = storage.getItem(key);
    return { ok: true, value: typeof value === 'string' ? value : null };
  } catch {
    return { ok: false, problem: 'unavailable' };
  }
}

/** Writes one key; a throwing storage gives `quota` or `unavailable` instead of an exception. */
export function writeItem(storage: StorageLike, key: string, value: string): { ok: true } | { ok: false; problem: StorageProblem } {
  try {
    storage.setItem(key, value);
    return { ok: true };
  } catch (error) {
    return { ok: false, problem: isQuotaError(error) ? 'quota' : 'unavailable' };
  }
}

/** Removes one key; returns false when the storage threw. */
export function removeItem(storage: StorageLike, key: string): boolean {
  try {
    storage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

/** All keys that start with `prefix`; empty when the storage throws. */
export function listKeys(storage: StorageLike, prefix: string): string[] {
  try {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (typeof key === 'string' && key.startsWith(prefix)) keys.push(key);
    }
    return keys;
  } catch {
    return [];
  }
}

/**
 * Tries a small write. Some browsers expose localStorage but refuse every
 * write (old Safari in a private window), so having the object proves nothing.
 * Returns null when storage works.
 */
export function probeStorage(storage: StorageLike): StorageProblem | null {
  const written = writeItem(storage, PROBE_KEY, '1');
  if (!written.ok) return written.problem;
  removeItem(storage, PROBE_KEY);
  return null;
}

/**
 * The browser's localStorage, or null on the server or when the browser
 * blocks it: merely reading `window.localStorage` throws a SecurityError when
 * the learner blocks site data.
 */
export function browserStorage(): StorageLike | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}
