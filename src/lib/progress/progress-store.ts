import { applyImport, recoveryFileName } from './export-import';
import { INVALID_NOTICES, RECOVERY_NOTICES, STORAGE_NOTICES, partialRecoveryNotice } from './messages';
import { mergeStates, normalizeState, sameState } from './merge-states';
import { LEGACY_V0_KEY } from './migrations';
import { LIMITS, ProgressStateSchema, emptyProgressState, isLocalPath, isValidId, own, time, type ProgressState } from './progress-schema';
import {
  CORRUPT_KEY_PREFIX,
  PROGRESS_KEY,
  browserStorage,
  listKeys,
  probeStorage,
  readItem,
  removeItem,
  writeItem,
  type StorageLike,
  type StorageProblem,
} from './storage';
import { readStoredProgress } from './stored-data';

/**
 * What a write did. `saved: false` with `unavailable` or `quota`: the change
 * IS in memory (the learner loses nothing while the window is open) but not in
 * the browser's storage. `invalid`: the change was refused and nothing changed.
 */
export type WriteResult =
  | { saved: true }
  | {
      saved: false;
      /** Why it was not saved. */
      reason: StorageProblem | 'invalid';
      /** Dutch text for the learner. */
      message: string;
    };

/** Stored data that could not be read in full, kept aside so the learner can download it. */
export interface Recovery {
  /** `corrupt`: nothing readable; `partial`: some parts dropped; `newer-version`: from a newer version of the site. */
  kind: 'corrupt' | 'partial' | 'newer-version';
  /** The stored text exactly as it was, for a download. */
  raw: string;
  /** The storage key that still holds `raw`, or null when it could not be kept aside (then the store saves nothing until `dismissRecovery()`). */
  backupKey: string | null;
  /** How many parts were dropped (for `partial`). */
  droppedCount: number;
  /** Dutch names of the dropped parts (for `partial`, at most 50). */
  dropped: string[];
  /** Dutch text for the learner. */
  notice: string;
  /** A file name for the download, e.g. "ja-tenzij-onleesbare-gegevens-2026-11-30.txt". */
  fileName: string;
}

/** Whether changes reach the browser's storage, and what to tell the learner. */
export interface StoreStatus {
  /** True when the last write (or the start) reached storage. */
  persistent: boolean;
  /** Why not, when `persistent` is false. */
  reason: StorageProblem | null;
  /** Dutch text for the learner when `persistent` is false, otherwise null. */
  notice: string | null;
  /** Set when stored data could not be read in full; cleared by `dismissRecovery()`. */
  recovery: Recovery | null;
}

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

/** Options of `createProgressStore`. Leave one out to get the browser's own. */
export interface ProgressStoreOptions {
  /** The storage; default `window.localStorage` (null when blocked or on the server). Null: memory only. */
  storage?: StorageLike | null;
  /** Source of `storage` events from other tabs; default `window`. Null: no cross-tab sync. */
  events?: StorageEventSource | null;
  /** The clock; default `new Date()`. */
  now?: () => Date;
  /** Asks the browser not to evict the data; default `navigator.storage.persist`. Null: not available. */
  persist?: (() => Promise<boolean>) | null;
}

/** A reflection as the UI saves it; the store adds `created` and `updated`. */
export interface ReflectionInput {
  /** The prompt id, e.g. "a1-eigen-vakkennis" or "scenario:a1-plantsoen:0". */
  id: string;
  /** The module folder name, e.g. "01-burgerkracht-en-loslaten". */
  moduleId: string;
  /** The question as shown. */
  prompt: string;
  /** What the learner wrote (plain text; at most `LIMITS.reflectionText` characters). */
  text: string;
}

/** A scenario run as the UI saves it; the store adds `startedAt` and `updatedAt`. */
export interface ScenarioRunInput {
  /** Choice ids in order. An empty list starts a new run. */
  choices: readonly string[];
  /** The node the learner is at. */
  currentNodeId: string;
  /** The ending node when finished, otherwise null. */
  outcomeNodeId: string | null;
  /** Meter values by meter id. */
  meters: Readonly<Record<string, number>>;
}

/** The page the learner is on, for "verder waar u was". */
export interface PlaceInput {
  /** A path on this site, starting with "/", e.g. `location.pathname + location.hash`. */
  url: string;
  /** The page title; longer than `LIMITS.title` is shortened. */
  title: string;
}

/** Called after every change of the state or the status. */
export type ProgressListener = (state: ProgressState, status: StoreStatus) => void;

/** The learner-state store. See `index.ts` for an overview. */
export interface ProgressStore {
  /** The current state. The same object until something changes; never change it. */
  getState(): ProgressState;
  /** Whether data reaches storage, and notices for the learner. The same object until something changes. */
  status(): StoreStatus;
  /** Calls `listener` after local changes and after changes from another tab. Returns a function that stops it. */
  subscribe(listener: ProgressListener): () => void;
  /** Records that the learner read a section of a module (once: reading it again changes nothing). */
  markSectionRead(moduleId: string, slug: string): WriteResult;
  /** Records the learner's answer to a knowledge-check question; a new answer replaces the old one. */
  saveCheckAnswer(moduleId: string, questionId: string, optionId: string, correct: boolean): WriteResult;
  /** Saves the run of a scenario, replacing the previous one. */
  saveScenarioRun(scenarioId: string, run: ScenarioRunInput): WriteResult;
  /** Saves a reflection (new or changed). */
  saveReflection(input: ReflectionInput): WriteResult;
  /** Deletes a reflection, also in other open tabs. */
  deleteReflection(id: string): WriteResult;
  /** Remembers the page the learner is on. */
  setLastPlace(place: PlaceInput): WriteResult;
  /** Merges imported data (from `parseImport`) into the state; the newer entry wins. */
  importData(data: ProgressState): WriteResult;
  /** Deletes all learner data, also kept-aside copies, in this and other tabs. */
  clearAll(): WriteResult;
  /** Records that the learner just exported, for "Uw laatste export was op …". */
  markExported(): WriteResult;
  /** Asks the browser to keep the data when disk space runs low. Resolves to whether it agreed. */
  requestPersistence(): Promise<boolean>;
  /** Hides the recovery notice. If the unreadable data could not be kept aside, saving starts again (overwriting it). */
  dismissRecovery(): WriteResult;
  /** Stops listening to other tabs and drops all listeners. */
  destroy(): void;
}

function browserEvents(): StorageEventSource | null {
  if (typeof window === 'undefined') return null;
  return {
    addEventListener: (type, listener) => window.addEventListener(type, listener),
    removeEventListener: (type, listener) => window.removeEventListener(type, listener),
  };
}

function browserPersist(): (() => Promise<boolean>) | null {
  if (typeof navigator === 'undefined' || typeof navigator.storage?.persist !== 'function') return null;
  return () => navigator.storage.persist();
}

/** Every timestamp in a state, in ms. */
function allTimes(state: ProgressState): number[] {
  return [
    ...Object.values(state.sections).flatMap((slugs) => Object.values(slugs).map(time)),
    ...Object.values(state.checks).flatMap((answers) => Object.values(answers).map((a) => time(a.answeredAt))),
    ...Object.values(state.scenarios).map((r) => time(r.updatedAt)),
    ...Object.values(state.reflections).map((r) => time(r.updated)),
    ...Object.values(state.deletedReflections).map(time),
    ...[state.lastPlace?.at, state.lastExportAt, state.clearedAt].filter((t): t is string => typeof t === 'string').map(time),
  ];
}

/**
 * Creates the learner-state store.
 *
 * Why localStorage: it is synchronous, so the state is there before the first
 * render; other tabs hear about changes through the `storage` event; and the
 * data is small (some texts and ids, far below the ~5 MB limit). IndexedDB
 * would add asynchrony and code for no gain at this size.
 */
export function createProgressStore(options: ProgressStoreOptions = {}): ProgressStore {
  const storage = options.storage === undefined ? browserStorage() : options.storage;
  const events = options.events === undefined ? browserEvents() : options.events;
  const clock = options.now ?? (() => new Date());
  const persist = options.persist === undefined ? browserPersist() : options.persist;

  let state = emptyProgressState();
  let status: StoreStatus = { persistent: false, reason: 'unavailable', notice: STORAGE_NOTICES.unavailable, recovery: null };
  // The stored text this store has already taken in (or written); null when the key is empty.
  let lastRaw: string | null = null;
  // Set when unreadable stored data could not be kept aside: writing now would wipe it.
  let blocked: StorageProblem | null = null;
  let lastStamp = -Infinity;
  const listeners = new Set<ProgressListener>();

  // Strictly increasing, and later than every timestamp given, so a new
  // action always wins over what it replaces, even if the clock went back.
  const stamp = (...after: (string | number | null | undefined)[]): string => {
    const now = clock().getTime();
    const floor = Math.max(lastStamp + 1, ...after.map((t) => (typeof t === 'string' ? time(t) : typeof t === 'number' ? t : -Infinity) + 1));
    lastStamp = Math.max(Number.isFinite(now) ? now : Date.now(), floor);
    return new Date(lastStamp).toISOString();
  };

  const setStatus = (next: Partial<StoreStatus>) => {
    const merged = { ...status, ...next };
    if (merged.persistent !== status.persistent || merged.reason !== status.reason || merged.notice !== status.notice || merged.recovery !== status.recovery) {
      status = merged;
    }
  };
  const setPersistence = (problem: StorageProblem | null) =>
    setStatus({ persistent: problem === null, reason: problem, notice: problem === null ? null : STORAGE_NOTICES[problem] });

  const notify = () => {
    for (const listener of [...listeners]) {
      try {
        listener(state, status);
      } catch (error) {
        // One broken listener must not stop the others; report it without breaking this loop.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  };

  const keepAside = (raw: string, recovery: Omit<Recovery, 'raw' | 'backupKey' | 'notice' | 'fileName'> & { notice: string }, alreadySafeAt: string | null) => {
    let backupKey = alreadySafeAt;
    if (backupKey === null && storage) {
      backupKey = listKeys(storage, CORRUPT_KEY_PREFIX).find((key) => ((r) => r.ok && r.value === raw)(readItem(storage, key))) ?? null;
      if (backupKey === null) {
        const key = `${CORRUPT_KEY_PREFIX}${stamp()}`;
        const written = writeItem(storage, key, raw);
        if (written.ok) backupKey = key;
        else blocked = written.problem;
      }
    }
    if (backupKey === null && blocked === null) blocked = 'unavailable';
    const notice = backupKey === null ? `${recovery.notice} ${RECOVERY_NOTICES.notKeptAside}` : recovery.notice;
    setStatus({ recovery: { ...recovery, raw, backupKey, notice, fileName: recoveryFileName(clock()) } });
    if (blocked) setPersistence(blocked);
  };

  /** Reads stored text (ours or from another tab) and merges it into the state. */
  const absorb = (raw: string, fromLegacyKey: boolean) => {
    const now = clock().getTime();
    const read = readStoredProgress(raw, { now: new Date(Number.isFinite(now) ? now : Date.now()).toISOString() });
    const alreadySafeAt = fromLegacyKey ? LEGACY_V0_KEY : null;
    if (read.kind === 'corrupt') {
      const notice = read.problem === 'newer-version' ? RECOVERY_NOTICES.newerVersion : RECOVERY_NOTICES.corrupt;
      keepAside(raw, { kind: read.problem === 'newer-version' ? 'newer-version' : 'corrupt', droppedCount: 0, dropped: [], notice }, alreadySafeAt);
    } else {
      const merged = mergeStates(state, read.state);
      if (!sameState(merged, state)) state = merged;
      if (read.kind === 'partial') {
        keepAside(
          raw,
          { kind: 'partial', droppedCount: read.droppedCount, dropped: read.dropped, notice: partialRecoveryNotice(read.droppedCount) },
          alreadySafeAt,
        );
      }
    }
    if (!fromLegacyKey) lastRaw = raw;
  };

  const failure = (reason: StorageProblem | 'invalid', message?: string): WriteResult => ({
    saved: false,
    reason,
    message: message ?? (reason === 'invalid' ? INVALID_NOTICES.invalid : STORAGE_NOTICES[reason]),
  });

  // Writes even when nothing changed: that tells whether storage works now.
  // Browsers ignore a setItem with the same value, so other tabs hear nothing.
  const save = (): WriteResult => {
    if (!storage) return failure('unavailable');
    if (blocked) return failure(blocked);
    const raw = JSON.stringify(state);
    const written = writeItem(storage, PROGRESS_KEY, raw);
    if (!written.ok) {
      setPersistence(written.problem);
      return failure(written.problem);
    }
    lastRaw = raw;
    setPersistence(null);
    return { saved: true };
  };

  /** Runs `work` and tells the listeners if the state or the status changed. */
  const transaction = <T>(work: () => T): T => {
    const before = state;
    const statusBefore = status;
    const result = work();
    if (state !== before || status !== statusBefore) notify();
    return result;
  };

  /** Applies one change: take in what another tab wrote, change, validate, save. */
  const commit = (change: (current: ProgressState) => ProgressState | { invalid: string }): WriteResult => {
    // Another tab may have written since we last looked, and its storage event
    // may not have arrived yet: take that in first so this write keeps it.
    if (storage && !blocked) {
      const stored = readItem(storage, PROGRESS_KEY);
      if (stored.ok && stored.value !== null && stored.value !== lastRaw) absorb(stored.value, false);
    }
    const next = change(state);
    let result: WriteResult;
    if ('invalid' in next) {
      result = failure('invalid', next.invalid);
    } else {
      const checked = ProgressStateSchema.safeParse(next);
      if (!checked.success) {
        result = failure('invalid');
      } else {
        const normalized = normalizeState(checked.data);
        if (!sameState(normalized, state)) state = normalized;
        result = save();
      }
    }
    return result;
  };

  const write = (change: (current: ProgressState) => ProgressState | { invalid: string }) => transaction(() => commit(change));

  const onStorage = (event: StorageEventLike) => {
    if (event.storageArea !== undefined && event.storageArea !== null && event.storageArea !== storage) return;
    if (event.key !== null && event.key !== PROGRESS_KEY) return;
    // key null: another tab called storage.clear(); read what is left.
    const raw = event.key === null ? (storage ? ((r) => (r.ok ? r.value : null))(readItem(storage, PROGRESS_KEY)) : null) : event.newValue;
    if (raw === lastRaw) return;
    if (raw === null) {
      // Removed elsewhere (e.g. developer tools): keep what this tab has; the next write restores it.
      lastRaw = null;
      return;
    }
    transaction(() => absorb(raw, false));
  };

  // Start: read what is stored.
  if (storage) {
    const problem = probeStorage(storage);
    const stored = readItem(storage, PROGRESS_KEY);
    if (!stored.ok) {
      setPersistence('unavailable');
    } else {
      setPersistence(problem);
      if (stored.value !== null) {
        absorb(stored.value, false);
      } else {
        const legacy = readItem(storage, LEGACY_V0_KEY);
        if (legacy.ok && legacy.value !== null) {
          absorb(legacy.value, true);
          // Write the migrated data once, so the old key is not read again.
          if (problem === null && !blocked) save();
        }
      }
    }
  }
  events?.addEventListener('storage', onStorage);

  return {
    getState: () => state,
    status: () => status,

    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },

    markSectionRead(moduleId, slug) {
      if (!isValidId(moduleId) || !isValidId(slug)) return failure('invalid');
      return write((s) => {
        const read = own(s.sections, moduleId) ?? {};
        if (own(read, slug) !== undefined) return s;
        return { ...s, sections: { ...s.sections, [moduleId]: { ...read, [slug]: stamp() } } };
      });
    },

    saveCheckAnswer(moduleId, questionId, optionId, correct) {
      if (![moduleId, questionId, optionId].every(isValidId) || typeof correct !== 'boolean') return failure('invalid');
      return write((s) => {
        const answers = own(s.checks, moduleId) ?? {};
        const answeredAt = stamp(own(answers, questionId)?.answeredAt);
        return { ...s, checks: { ...s.checks, [moduleId]: { ...answers, [questionId]: { optionId, correct, answeredAt } } } };
      });
    },

    saveScenarioRun(scenarioId, run) {
      if (!isValidId(scenarioId)) return failure('invalid');
      return write((s) => {
        const previous = own(s.scenarios, scenarioId);
        const updatedAt = stamp(previous?.updatedAt);
        const startedAt = previous && run.choices.length > 0 ? previous.startedAt : updatedAt;
        const next = {
          choices: [...run.choices],
          currentNodeId: run.currentNodeId,
          outcomeNodeId: run.outcomeNodeId,
          meters: { ...run.meters },
          startedAt,
          updatedAt,
        };
        return { ...s, scenarios: { ...s.scenarios, [scenarioId]: next } };
      });
    },

    saveReflection({ id, moduleId, prompt, text }) {
      if (typeof text !== 'string') return failure('invalid');
      if (text.length > LIMITS.reflectionText) return failure('invalid', INVALID_NOTICES.textTooLong);
      if (!isValidId(id) || !isValidId(moduleId) || typeof prompt !== 'string') return failure('invalid');
      return write((s) => {
        const previous = own(s.reflections, id);
        if (previous && previous.text === text && previous.prompt === prompt && previous.moduleId === moduleId) return s;
        const updated = stamp(previous?.updated, own(s.deletedReflections, id));
        const deletedReflections = Object.fromEntries(Object.entries(s.deletedReflections).filter(([key]) => key !== id));
        const reflection = { id, moduleId, prompt: prompt.slice(0, LIMITS.prompt), text, created: previous?.created ?? updated, updated };
        return { ...s, reflections: { ...s.reflections, [id]: reflection }, deletedReflections };
      });
    },

    deleteReflection(id) {
      if (!isValidId(id)) return failure('invalid');
      return write((s) => {
        const previous = own(s.reflections, id);
        if (!previous) return s;
        const reflections = Object.fromEntries(Object.entries(s.reflections).filter(([key]) => key !== id));
        return { ...s, reflections, deletedReflections: { ...s.deletedReflections, [id]: stamp(previous.updated) } };
      });
    },

    setLastPlace({ url, title }) {
      if (typeof url !== 'string' || !isLocalPath(url) || typeof title !== 'string') return failure('invalid');
      return write((s) => ({ ...s, lastPlace: { url, title: title.slice(0, LIMITS.title), at: stamp(s.lastPlace?.at) } }));
    },

    importData(data) {
      const checked = ProgressStateSchema.safeParse(data);
      if (!checked.success) return failure('invalid');
      return write((s) => applyImport(s, checked.data));
    },

    clearAll() {
      return transaction(() => {
        if (storage) {
          for (const key of [LEGACY_V0_KEY, ...listKeys(storage, CORRUPT_KEY_PREFIX)]) removeItem(storage, key);
        }
        blocked = null;
        setStatus({ recovery: null });
        return commit((s) => ({ ...emptyProgressState(), clearedAt: stamp(...allTimes(s)) }));
      });
    },

    markExported() {
      return write((s) => ({ ...s, lastExportAt: stamp(s.lastExportAt) }));
    },

    async requestPersistence() {
      if (!persist) return false;
      try {
        return (await persist()) === true;
      } catch {
        return false;
      }
    },

    dismissRecovery() {
      return transaction(() => {
        blocked = null;
        setStatus({ recovery: null });
        return commit((s) => s);
      });
    },

    destroy() {
      events?.removeEventListener('storage', onStorage);
      listeners.clear();
    },
  };
}

let shared: ProgressStore | undefined;

/**
 * The page's one store on the browser's localStorage, shared by all islands.
 * Call it in the browser, after mount (in an effect), not during render: the
 * server has no storage and gets a fresh memory-only store on every call.
 */
export function getProgressStore(): ProgressStore {
  if (typeof window === 'undefined') return createProgressStore({ storage: null, events: null, persist: null });
  shared ??= createProgressStore();
  return shared;
}
