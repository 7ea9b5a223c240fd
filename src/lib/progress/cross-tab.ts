import { PROGRESS_KEY } from './storage-keys';

/** The fields of a `storage` event the store reads. */
export interface StorageEventLike {
  key: string | null;
  newValue: string | null;
  storageArea?: unknown;
}

/** Where `storage` events come from: `window` in a browser, a fake in tests. */
export interface StorageEventSource {
  addEventListener(type: 'storage', listener: (event: StorageEventLike) => void): void;
  removeEventListener(type: 'storage', listener: (event: StorageEventLike) => void): void;
}

/** The browser's `storage` events (changes made in other tabs), or null on the server. */
export function browserEvents(): StorageEventSource | null {
  if (typeof window === 'undefined') return null;
  return {
    addEventListener: (type, listener) => window.addEventListener(type, listener),
    removeEventListener: (type, listener) => window.removeEventListener(type, listener),
  };
}

/**
 * What a `storage` event means for the learner data on `storage`: `skip` for
 * another key or another storage area, `reread` when another tab cleared the
 * whole storage, or the new stored text (null: removed).
 */
export function readStorageEvent(event: StorageEventLike, storage: unknown): 'skip' | 'reread' | { raw: string | null } {
  if (event.storageArea !== undefined && event.storageArea !== null && event.storageArea !== storage) return 'skip';
  if (event.key === null) return 'reread';
  if (event.key !== PROGRESS_KEY) return 'skip';
  return { raw: event.newValue };
}
