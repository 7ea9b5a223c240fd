import type { StorageLike, StorageProblem } from '../browser/storage';
import type { Clock } from './clock';
import type { StorageEventSource } from './cross-tab';
import type { ProgressState, ReviewCard, WorksheetEntry } from './progress-schema';

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

/** Options of `createProgressStore`. Leave one out to get the browser's own. */
export interface ProgressStoreOptions {
  /** The storage; default `window.localStorage` (null when blocked or on the server). Null: memory only. */
  storage?: StorageLike | null;
  /** Source of `storage` events from other tabs; default `window`. Null: no cross-tab sync. */
  events?: StorageEventSource | null;
  /** The clock; default `new Date()`. */
  now?: Clock;
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

/**
 * A worksheet as the UI saves it: `WorksheetEntry` without `created` and
 * `updated`, which the store sets (keeping `created` on a change). Title and
 * fields longer than `LIMITS.title` and `LIMITS.worksheetField` are refused.
 */
export type WorksheetInput = Omit<WorksheetEntry, 'created' | 'updated'>;

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
  /** Saves the run of a scenario, replacing the previous one; a run that reaches its ending joins `scenarioHistory`. */
  saveScenarioRun(scenarioId: string, run: ScenarioRunInput): WriteResult;
  /** Saves a reflection (new or changed). */
  saveReflection(input: ReflectionInput): WriteResult;
  /** Deletes a reflection, also in other open tabs. */
  deleteReflection(id: string): WriteResult;
  /** Saves a worksheet (new or changed). */
  saveWorksheet(entry: WorksheetInput): WriteResult;
  /** Deletes a worksheet, also in other open tabs. */
  deleteWorksheet(id: string): WriteResult;
  /** Adds cards to the review queue; a card whose `itemId` is in the queue already is left out. */
  addReviewItems(cards: readonly ReviewCard[]): WriteResult;
  /** Replaces (or adds) the card of `card.itemId`, after the learner answered it. */
  saveReviewCard(card: ReviewCard): WriteResult;
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
