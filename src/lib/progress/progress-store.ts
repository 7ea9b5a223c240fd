import { browserStorage, type StorageProblem } from '../browser/storage';
import { checkAction, type ProgressAction } from './actions';
import { createStamp, nowMs, systemClock } from './clock';
import { browserEvents, readStorageEvent, type StorageEventLike } from './cross-tab';
import { mergeStates, normalizeState, sameState } from './merge-states';
import { INVALID_NOTICES } from './messages';
import { STORAGE_NOTICES } from './storage-notices';
import { LEGACY_V0_KEY } from './storage-keys';
import { browserPersist, createPersistence } from './persistence';
import { emptyProgressState } from './progress-schema';
import { recoveryFor } from './recovery';
import { readStoredProgress } from './stored-data';
import type { ProgressListener, ProgressStore, ProgressStoreOptions, StoreStatus, WriteResult } from './store-types';
import { applyAction } from './transitions';

/**
 * Creates the learner-state store: it holds the state, runs every change
 * through `checkAction` and `applyAction`, saves it, and tells listeners.
 *
 * Why localStorage: it is synchronous, so the state is there before the first
 * render; other tabs hear about changes through the `storage` event; and the
 * data is small (some texts and ids, far below the ~5 MB limit). IndexedDB
 * would add asynchrony and code for no gain at this size.
 */
export function createProgressStore(options: ProgressStoreOptions = {}): ProgressStore {
  const storage = options.storage === undefined ? browserStorage() : options.storage;
  const events = options.events === undefined ? browserEvents() : options.events;
  const clock = options.now ?? systemClock;
  const persist = options.persist === undefined ? browserPersist() : options.persist;
  const stored = storage ? createPersistence(storage) : null;
  const stamp = createStamp(clock);

  let state = emptyProgressState();
  let status: StoreStatus = { persistent: false, reason: 'unavailable', notice: STORAGE_NOTICES.unavailable, recovery: null };
  // The stored text this store has already taken in (or written); null when the key is empty.
  let lastRaw: string | null = null;
  // Set when unreadable stored data could not be kept aside: writing now would wipe it.
  let blocked: StorageProblem | null = null;
  const listeners = new Set<ProgressListener>();

  const setStatus = (next: Partial<StoreStatus>) => {
    const merged = { ...status, ...next };
    if (
      merged.persistent !== status.persistent ||
      merged.reason !== status.reason ||
      merged.notice !== status.notice ||
      merged.recovery !== status.recovery
    ) {
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

  /** Reads stored text (ours, the prototype's or from another tab) and merges it into the state. */
  const absorb = (raw: string, fromLegacyKey: boolean) => {
    const read = readStoredProgress(raw, { now: new Date(nowMs(clock)).toISOString() });
    if (read.kind !== 'corrupt') {
      const merged = mergeStates(state, read.state);
      if (!sameState(merged, state)) state = merged;
    }
    if (read.kind !== 'ok') {
      // The prototype's key is never overwritten, so its text is safe where it is.
      let backupKey = fromLegacyKey ? LEGACY_V0_KEY : null;
      if (backupKey === null && stored) {
        const kept = stored.keepAside(raw, () => stamp());
        if ('key' in kept) backupKey = kept.key;
        else blocked = kept.problem;
      }
      if (backupKey === null && blocked === null) blocked = 'unavailable';
      setStatus({ recovery: recoveryFor(read, raw, backupKey, clock()) });
      if (blocked) setPersistence(blocked);
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
    if (!stored) return failure('unavailable');
    if (blocked) return failure(blocked);
    const raw = JSON.stringify(state);
    const written = stored.write(raw);
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

  /** Applies one checked action (or none) and saves: take in what another tab wrote, change, save. */
  const commit = (action: ProgressAction | null): WriteResult => {
    // Another tab may have written since we last looked, and its storage event
    // may not have arrived yet: take that in first so this write keeps it.
    if (stored && !blocked) {
      const raw = stored.read();
      if (raw !== undefined && raw !== null && raw !== lastRaw) absorb(raw, false);
    }
    const next = action === null ? state : applyAction(state, action, stamp);
    if (next !== state) {
      const normalized = normalizeState(next);
      if (!sameState(normalized, state)) state = normalized;
    }
    return save();
  };

  /** The one way in for a change: check it, then apply it. */
  const dispatch = (input: unknown): WriteResult => {
    const checked = checkAction(input);
    if (!checked.ok) return failure('invalid', checked.message);
    return transaction(() => commit(checked.action));
  };

  const onStorage = (event: StorageEventLike) => {
    const seen = readStorageEvent(event, storage);
    if (seen === 'skip') return;
    // 'reread': another tab called storage.clear(); read what is left.
    const raw = seen === 'reread' ? (stored?.read() ?? null) : seen.raw;
    if (raw === lastRaw) return;
    if (raw === null) {
      // Removed elsewhere (e.g. developer tools): keep what this tab has; the next write restores it.
      lastRaw = null;
      return;
    }
    transaction(() => absorb(raw, false));
  };

  // Start: read what is stored.
  if (stored) {
    const problem = stored.probe();
    const raw = stored.read();
    if (raw === undefined) {
      setPersistence('unavailable');
    } else {
      setPersistence(problem);
      if (raw !== null) {
        absorb(raw, false);
      } else {
        const legacy = stored.readLegacy();
        if (legacy !== null) {
          absorb(legacy, true);
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
    markSectionRead: (moduleId, slug) => dispatch({ type: 'section-read', moduleId, slug }),
    saveCheckAnswer: (moduleId, questionId, optionId, correct) =>
      dispatch({ type: 'check-answered', moduleId, questionId, optionId, correct }),
    saveScenarioRun: (scenarioId, run) => dispatch({ type: 'scenario-run-saved', scenarioId, ...run }),
    saveReflection: ({ id, moduleId, prompt, text }) => dispatch({ type: 'reflection-saved', id, moduleId, prompt, text }),
    deleteReflection: (id) => dispatch({ type: 'reflection-deleted', id }),
    saveWorksheet: ({ id, kind, title, values }) => dispatch({ type: 'worksheet-saved', id, kind, title, values }),
    deleteWorksheet: (id) => dispatch({ type: 'worksheet-deleted', id }),
    addReviewItems: (cards) => dispatch({ type: 'review-items-added', cards }),
    saveReviewCard: (card) => dispatch({ type: 'review-card-saved', card }),
    setLastPlace: ({ url, title }) => dispatch({ type: 'place-visited', url, title }),
    importData: (data) => dispatch({ type: 'imported', data }),
    markExported: () => dispatch({ type: 'exported' }),
    clearAll: () =>
      transaction(() => {
        stored?.removeAside();
        blocked = null;
        setStatus({ recovery: null });
        return commit({ type: 'cleared' });
      }),
    dismissRecovery: () =>
      transaction(() => {
        blocked = null;
        setStatus({ recovery: null });
        return commit(null);
      }),
    async requestPersistence() {
      if (!persist) return false;
      try {
        return (await persist()) === true;
      } catch {
        return false;
      }
    },
    destroy() {
      events?.removeEventListener('storage', onStorage);
      listeners.clear();
    },
  };
}
