import { listKeys, probeStorage, readItem, removeItem, writeItem, type StorageLike, type StorageProblem } from '../browser/storage';
import { CORRUPT_KEY_PREFIX, LEGACY_V0_KEY, PROGRESS_KEY } from './storage-keys';

/** The learner data's keys on one storage. Nothing here throws; nothing here knows the data's shape. */
export interface ProgressPersistence {
  /** Tries a small write: null when storage works, otherwise why not. */
  probe(): StorageProblem | null;
  /** The stored text; `undefined` when the storage cannot be read. */
  read(): string | null | undefined;
  /** The prototype's data (version 0), or null. */
  readLegacy(): string | null;
  /** Stores the text. */
  write(raw: string): { ok: true } | { ok: false; problem: StorageProblem };
  /**
   * Keeps unreadable text aside under `jt:v1:corrupt:<at()>`, or finds the key
   * that already holds it. Returns the key, or why it could not be kept.
   */
  keepAside(raw: string, at: () => string): { key: string } | { problem: StorageProblem };
  /** Removes the kept-aside copies and the prototype's data (for "alles wissen"). */
  removeAside(): void;
}

/** The learner data on `storage`. */
export function createPersistence(storage: StorageLike): ProgressPersistence {
  return {
    probe: () => probeStorage(storage),
    read() {
      const stored = readItem(storage, PROGRESS_KEY);
      return stored.ok ? stored.value : undefined;
    },
    readLegacy() {
      const legacy = readItem(storage, LEGACY_V0_KEY);
      return legacy.ok ? legacy.value : null;
    },
    write: (raw) => writeItem(storage, PROGRESS_KEY, raw),
    keepAside(raw, at) {
      const existing = listKeys(storage, CORRUPT_KEY_PREFIX).find((key) => ((r) => r.ok && r.value === raw)(readItem(storage, key)));
      if (existing) return { key: existing };
      const key = `${CORRUPT_KEY_PREFIX}${at()}`;
      const written = writeItem(storage, key, raw);
      return written.ok ? { key } : { problem: written.problem };
    },
    removeAside() {
      for (const key of [LEGACY_V0_KEY, ...listKeys(storage, CORRUPT_KEY_PREFIX)]) removeItem(storage, key);
    },
  };
}

/** Asks the browser not to evict the data, or null when it cannot be asked. */
export function browserPersist(): (() => Promise<boolean>) | null {
  if (typeof navigator === 'undefined' || typeof navigator.storage?.persist !== 'function') return null;
  return () => navigator.storage.persist();
}
