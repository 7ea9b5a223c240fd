import { browserStorage, readItem, removeItem, writeItem } from '../browser/storage';
import { SESSION_VERSION, type WorkshopSession } from './session';

/**
 * Where a workshop's session is kept in this browser. Checking what is read back
 * is stored-session.ts's job: it loads only when there is something to check.
 */

/** The localStorage key of a workshop's session; separate from the learner's own data. */
export function storageKey(slug: string): string {
  return `jt:v${SESSION_VERSION}:workshop:${slug}`;
}

/** The stored text of a workshop's session; null when nothing is stored or the browser blocks storage. */
export function readStored(slug: string): string | null {
  const storage = browserStorage();
  const stored = storage ? readItem(storage, storageKey(slug)) : null;
  return stored?.ok ? stored.value : null;
}

/** Saves the session; returns false when the browser refuses (private mode, storage full). */
export function saveStored(session: WorkshopSession): boolean {
  const storage = browserStorage();
  return storage !== null && writeItem(storage, storageKey(session.slug), JSON.stringify(session)).ok;
}

/** Removes the stored session. */
export function clearStored(slug: string): void {
  const storage = browserStorage();
  if (storage) removeItem(storage, storageKey(slug));
}
