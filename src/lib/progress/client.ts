import { pageIdle } from '../browser/page-idle';
import { STORAGE_NOTICES } from './storage-notices';
import type { ProgressState, ReviewCard } from './progress-schema';
import type { PlaceInput, ProgressStore, ReflectionInput, ScenarioRunInput, StoreStatus, WorksheetInput, WriteResult } from './store-types';

/**
 * The typed way in for islands and page scripts. It holds no learner data
 * and no zod: the store itself (`shared-store.ts`, with validation) is loaded
 * with a dynamic import once the page has loaded and the browser is idle, so
 * it never competes with the text or an island's first render. Writes made
 * before that wait for it; nothing is lost.
 *
 * Read with `useProgress(select)` (src/lib/hooks/use-progress.ts) in an
 * island, or `subscribe` + `current` in a script; write with the functions.
 */
export interface ProgressClient {
  /** The store once loaded, else null. Read `getState()` and `status()` from it; write through the functions below. */
  current(): Pick<ProgressStore, 'getState' | 'status'> | null;
  /** Calls `listener` when the store has loaded and after every change (also from another tab). Returns a stop function. */
  subscribe(listener: () => void): () => void;
  /** Loads the store (once); resolves with the state and status. */
  read(): Promise<{ state: ProgressState; status: StoreStatus }>;
  markSectionRead(moduleId: string, slug: string): Promise<WriteResult>;
  saveCheckAnswer(moduleId: string, questionId: string, optionId: string, correct: boolean): Promise<WriteResult>;
  saveScenarioRun(scenarioId: string, run: ScenarioRunInput): Promise<WriteResult>;
  saveReflection(input: ReflectionInput): Promise<WriteResult>;
  deleteReflection(id: string): Promise<WriteResult>;
  saveWorksheet(entry: WorksheetInput): Promise<WriteResult>;
  deleteWorksheet(id: string): Promise<WriteResult>;
  addReviewItems(cards: ReviewCard[]): Promise<WriteResult>;
  saveReviewCard(card: ReviewCard): Promise<WriteResult>;
  setLastPlace(place: PlaceInput): Promise<WriteResult>;
  importData(data: ProgressState): Promise<WriteResult>;
  markExported(): Promise<WriteResult>;
  clearAll(): Promise<WriteResult>;
  dismissRecovery(): Promise<WriteResult>;
  requestPersistence(): Promise<boolean>;
}

/** A client on the store that `load` gives; tests pass a store on fake storage. */
export function createProgressClient(load: () => Promise<ProgressStore>): ProgressClient {
  let store: ProgressStore | null = null;
  let loading: Promise<ProgressStore> | null = null;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of [...listeners]) listener();
  };

  const ready = (): Promise<ProgressStore> => {
    loading ??= load().then(
      (loaded) => {
        store = loaded;
        loaded.subscribe(notify);
        notify();
        return loaded;
      },
      (error: unknown) => {
        // A failed download (offline, new deploy) may work on the next try.
        loading = null;
        throw error;
      },
    );
    return loading;
  };

  // Without the store nothing can be kept: say so, as the store itself would without storage.
  const notSaved: WriteResult = { saved: false, reason: 'unavailable', message: STORAGE_NOTICES.unavailable };
  const write =
    <A extends unknown[]>(change: (store: ProgressStore, ...args: A) => WriteResult) =>
    (...args: A): Promise<WriteResult> =>
      ready().then(
        (loaded) => change(loaded, ...args),
        () => notSaved,
      );

  return {
    current: () => store,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    read: () => ready().then((loaded) => ({ state: loaded.getState(), status: loaded.status() })),
    markSectionRead: write((s, moduleId: string, slug: string) => s.markSectionRead(moduleId, slug)),
    saveCheckAnswer: write((s, moduleId: string, questionId: string, optionId: string, correct: boolean) =>
      s.saveCheckAnswer(moduleId, questionId, optionId, correct),
    ),
    saveScenarioRun: write((s, scenarioId: string, run: ScenarioRunInput) => s.saveScenarioRun(scenarioId, run)),
    saveReflection: write((s, input: ReflectionInput) => s.saveReflection(input)),
    deleteReflection: write((s, id: string) => s.deleteReflection(id)),
    saveWorksheet: write((s, entry: WorksheetInput) => s.saveWorksheet(entry)),
    deleteWorksheet: write((s, id: string) => s.deleteWorksheet(id)),
    addReviewItems: write((s, cards: ReviewCard[]) => s.addReviewItems(cards)),
    saveReviewCard: write((s, card: ReviewCard) => s.saveReviewCard(card)),
    setLastPlace: write((s, place: PlaceInput) => s.setLastPlace(place)),
    importData: write((s, data: ProgressState) => s.importData(data)),
    markExported: write((s) => s.markExported()),
    clearAll: write((s) => s.clearAll()),
    dismissRecovery: write((s) => s.dismissRecovery()),
    requestPersistence: () =>
      ready().then(
        (loaded) => loaded.requestPersistence(),
        () => false,
      ),
  };
}

/** The page's client on the page's one store. */
export const progress: ProgressClient = createProgressClient(() =>
  pageIdle()
    .then(() => import('./shared-store'))
    .then(({ getProgressStore }) => getProgressStore()),
);
