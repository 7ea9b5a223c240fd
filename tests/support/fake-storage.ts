import type { StorageEventLike, StorageEventSource } from '../../src/lib/progress/cross-tab';
import type { StorageLike } from '../../src/lib/browser/storage';

/** How a fake quota error looks: as in current browsers, as in old Firefox, or a plain object (jsdom-like). */
export type QuotaErrorStyle = 'standard' | 'firefox' | 'plain';

/** The error browsers throw when storage is full. */
export function quotaExceededError(style: QuotaErrorStyle = 'standard'): unknown {
  if (style === 'firefox') return new DOMException('Persistent storage maximum size reached', 'NS_ERROR_DOM_QUOTA_REACHED');
  if (style === 'plain') return { name: 'QuotaExceededError', code: 22, message: 'The quota has been exceeded.' };
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

/** The error browsers throw when the learner blocks site data. */
export function securityError(): DOMException {
  return new DOMException('The operation is insecure.', 'SecurityError');
}

/**
 * How the fake behaves:
 * - `ok`: a working storage;
 * - `throw`: every access throws a SecurityError (storage disabled or blocked);
 * - `quota`: reads work, every `setItem` throws a QuotaExceededError (storage full, or old Safari's private window);
 * - `read-only`: reads work, `setItem` and `removeItem` throw a SecurityError.
 */
export type FakeStorageMode = 'ok' | 'throw' | 'quota' | 'read-only';

/** Options of `FakeStorage`. */
export interface FakeStorageOptions {
  /** Items already stored, e.g. `{ 'jt:v1:progress': '{not json' }`. */
  items?: Record<string, string>;
  mode?: FakeStorageMode;
  /** The most characters (keys plus values) it holds; a write beyond it throws a QuotaExceededError. */
  quota?: number | null;
  quotaErrorStyle?: QuotaErrorStyle;
}

/** An in-memory Web Storage that can throw on access, fill up, or hold corrupt data. */
export class FakeStorage implements StorageLike {
  readonly items = new Map<string, string>();
  mode: FakeStorageMode;
  quota: number | null;
  quotaErrorStyle: QuotaErrorStyle;
  /** Every `setItem` that changed a value, in order. */
  readonly writes: { key: string; value: string }[] = [];
  /** Called after every successful change (for `FakeTabs`). */
  onChange: ((key: string, newValue: string | null) => void) | null = null;

  constructor(options: FakeStorageOptions = {}) {
    for (const [key, value] of Object.entries(options.items ?? {})) this.items.set(key, value);
    this.mode = options.mode ?? 'ok';
    this.quota = options.quota ?? null;
    this.quotaErrorStyle = options.quotaErrorStyle ?? 'standard';
  }

  private guard(): void {
    if (this.mode === 'throw') throw securityError();
  }

  get length(): number {
    this.guard();
    return this.items.size;
  }

  key(index: number): string | null {
    this.guard();
    return [...this.items.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    this.guard();
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    this.guard();
    if (this.mode === 'read-only') throw securityError();
    if (this.mode === 'quota') throw quotaExceededError(this.quotaErrorStyle);
    const value_ = String(value);
    if (this.quota !== null) {
      const others = [...this.items].filter(([k]) => k !== key).reduce((sum, [k, v]) => sum + k.length + v.length, 0);
      if (others + key.length + value_.length > this.quota) throw quotaExceededError(this.quotaErrorStyle);
    }
    // As in browsers: setting the same value changes nothing and fires no event.
    if (this.items.get(key) === value_) return;
    this.items.set(key, value_);
    this.writes.push({ key, value: value_ });
    this.onChange?.(key, value_);
  }

  removeItem(key: string): void {
    this.guard();
    if (this.mode === 'read-only') throw securityError();
    const had = this.items.delete(key);
    if (had) this.onChange?.(key, null);
  }

  clear(): void {
    this.guard();
    this.items.clear();
  }

  /** The stored item, bypassing `mode` (for assertions). */
  peek(key: string): string | undefined {
    return this.items.get(key);
  }

  /** Keys that start with `prefix`, bypassing `mode`. */
  keys(prefix = ''): string[] {
    return [...this.items.keys()].filter((k) => k.startsWith(prefix));
  }
}

type Listener = (event: StorageEventLike) => void;

/** A source of `storage` events that a test fires by hand. */
export class FakeStorageEvents implements StorageEventSource {
  readonly listeners = new Set<Listener>();

  addEventListener(_type: 'storage', listener: Listener): void {
    this.listeners.add(listener);
  }

  removeEventListener(_type: 'storage', listener: Listener): void {
    this.listeners.delete(listener);
  }

  /** Fires a `storage` event, as the browser does when another tab changes `key`. */
  emit(key: string | null, newValue: string | null, storageArea?: unknown): void {
    for (const listener of [...this.listeners]) listener({ key, newValue, ...(storageArea === undefined ? {} : { storageArea }) });
  }
}

/**
 * Several tabs on one storage. A write in one tab queues a `storage` event for
 * every other tab, as browsers do; `deliver()` fires them, so a test can write
 * in two tabs before either hears of the other.
 */
export class FakeTabs {
  private readonly queue: (() => void)[] = [];
  private readonly tabs: { events: FakeStorageEvents; storage: StorageLike }[] = [];
  private writing: { events: FakeStorageEvents; storage: StorageLike } | null = null;

  constructor(readonly storage: FakeStorage = new FakeStorage()) {
    storage.onChange = (key, newValue) => {
      for (const tab of this.tabs) {
        if (tab !== this.writing) this.queue.push(() => tab.events.emit(key, newValue, tab.storage));
      }
    };
  }

  /** A new tab: its own view of the shared storage and its own event source. */
  open(): { storage: StorageLike; events: FakeStorageEvents } {
    const shared = this.storage;
    const events = new FakeStorageEvents();
    const tab = { events, storage: undefined as unknown as StorageLike };
    const as = <T>(work: () => T): T => {
      this.writing = tab;
      try {
        return work();
      } finally {
        this.writing = null;
      }
    };
    tab.storage = {
      get length() {
        return shared.length;
      },
      key: (index) => shared.key(index),
      getItem: (key) => shared.getItem(key),
      setItem: (key, value) => as(() => shared.setItem(key, value)),
      removeItem: (key) => as(() => shared.removeItem(key)),
    };
    this.tabs.push(tab);
    return tab;
  }

  /** Fires every queued `storage` event. */
  deliver(): void {
    while (this.queue.length > 0) this.queue.shift()?.();
  }

  /** How many events wait. */
  get pending(): number {
    return this.queue.length;
  }
}

/** A clock that starts at `start` and moves `stepMs` on every call. */
export function steppingClock(start = '2026-11-30T09:00:00.000Z', stepMs = 60_000): () => Date {
  let next = Date.parse(start);
  return () => {
    const now = new Date(next);
    next += stepMs;
    return now;
  };
}

/** A clock that shows `at` until the test moves it with `set`. */
export function manualClock(at = '2026-11-30T09:00:00.000Z'): { now: () => Date; set: (to: string) => void } {
  let current = Date.parse(at);
  return {
    now: () => new Date(current),
    set: (to) => {
      current = Date.parse(to);
    },
  };
}
