/**
 * Learner state: everything a learner reads, answers, plays and writes, kept
 * in the browser only (localStorage, key `jt:v1:progress`). No DOM, no UI.
 *
 * ```ts
 * const store = getProgressStore();            // in the browser, after mount; tests: createProgressStore({ storage, events, now, persist })
 * store.getState();                            // ProgressState, the same object until it changes
 * store.status();                              // { persistent, reason: 'unavailable' | 'quota' | null, notice, recovery }
 * const stop = store.subscribe((state, status) => …);   // local changes and changes from other tabs
 *
 * // Every write returns { saved: true } or { saved: false, reason, message }.
 * // 'unavailable' / 'quota': the change is kept in memory, not in storage; show `message`, offer export.
 * // 'invalid': refused, nothing changed.
 * store.markSectionRead(moduleId, slug);     // state.sections[moduleId] is { [slug]: readAt }; readSections(state, moduleId) lists the slugs
 * store.saveCheckAnswer(moduleId, questionId, optionId, correct);
 * store.saveScenarioRun(scenarioId, { choices, currentNodeId, outcomeNodeId, meters });   // choices: [] starts a new run
 *                                              // a run that reaches its ending joins state.scenarioHistory[scenarioId] (oldest first, at most 50)
 * store.saveReflection({ id, moduleId, prompt, text });
 * store.deleteReflection(id);
 * store.saveWorksheet({ id, kind, title, values });   // values: { [fieldId]: text }; the store sets created/updated
 * store.deleteWorksheet(id);
 * store.addReviewItems(cards);                 // ReviewCard[]; items already in state.review keep their card
 * store.saveReviewCard(card);                  // after a review answer: replaces the card
 * store.setLastPlace({ url: location.pathname + location.hash, title: document.title });
 * store.importData(result.data);               // after parseImport(text, store.getState()) returned ok
 * store.markExported();                        // after a download of exportJson / exportMarkdown
 * store.clearAll();
 * await store.requestPersistence();            // navigator.storage.persist(), true when granted
 * store.dismissRecovery();                     // after the learner saw (and downloaded) status().recovery.raw
 * store.destroy();                             // stop listening to other tabs
 *
 * exportJson(state); exportMarkdown(state, titles); exportFileName('json' | 'md');
 * parseImport(text, current) → { ok: true, data, preview } | { ok: false, message, problems };
 * applyImport(current, data); mergeStates(a, b);           // pure; newest entry wins
 * moduleStatus(state, outline);                 // outline: the content's ModuleOutline, or any { id, sectionSlugs, questionIds, scenarioId, reflections }
 * lastExportText(state);                       // "Uw laatste export was op 30 november 2026."
 * ```
 *
 * Islands and page scripts do not import this file (it would put zod in their
 * first bundle): they use `client.ts`, which loads the store when the page is
 * idle, and read through `useProgress` (src/lib/hooks/use-progress.ts).
 *
 * Where things live: `actions.ts` checks every change (the one validation
 * point), `transitions.ts` applies it (pure), `clock.ts` dates it,
 * `persistence.ts` and `cross-tab.ts` talk to localStorage and other tabs,
 * `progress-store.ts` ties these together; `export*.ts`, `import*.ts` and
 * `merge-states.ts` handle files and merges.
 *
 * Ids: `moduleId` is the module's folder name ("01-burgerkracht-en-loslaten"),
 * as the content collections use it; reflection ids are the `<Reflectie id>`
 * ("a1-eigen-vakkennis") or "scenario:<scenarioId>:<index>" for debriefs.
 *
 * Reflection text, worksheet text, prompts and titles are data: render them as text, never as HTML.
 * Reflections and worksheets are private: never send them anywhere (an LMS bridge leaves them out).
 * Every read of stored data is validated (zod); unreadable data is kept aside
 * under `jt:v1:corrupt:<timestamp>`, never wiped, and offered for download.
 */
export { createProgressStore } from './progress-store';
export { getProgressStore } from './shared-store';
export type {
  PlaceInput,
  ProgressListener,
  ProgressStore,
  ProgressStoreOptions,
  Recovery,
  ReflectionInput,
  ScenarioRunInput,
  StoreStatus,
  WorksheetInput,
  WriteResult,
} from './store-types';
export { ProgressActionSchema, checkAction, type ProgressAction } from './actions';
export { applyAction } from './transitions';
export { createStamp, type Clock, type Stamp } from './clock';
export type { StorageEventLike, StorageEventSource } from './cross-tab';
export { EXPORT_APP, exportJson, exportableData, type ExportEnvelope } from './export';
export { exportMarkdown, type LogbookTitles } from './export-markdown';
export { exportFileName, recoveryFileName } from './file-names';
export { MAX_IMPORT_BYTES, checkImportSize, parseImport, type ImportResult } from './import';
export { applyImport, previewImport, type ChangeCounts, type ImportPreview, type ReflectionSummary } from './import-merge';
export { mergeStates, sameState } from './merge-states';
export { moduleStatus, type ModuleParts, type ModuleProgress, type ModuleStatusValue } from './module-status';
export { INVALID_NOTICES, RECOVERY_NOTICES, STORAGE_NOTICES, lastExportText } from './messages';
export { formatDate } from '../text/dates';
export { migrate } from './migrations';
export {
  LIMITS,
  PROGRESS_VERSION,
  ProgressStateSchema,
  emptyProgressState,
  readSections,
  type CheckAnswer,
  type FinishedRun,
  type LastPlace,
  type ProgressState,
  type Reflection,
  type ReviewCard,
  type ScenarioRun,
  type SectionsRead,
  type WorksheetEntry,
} from './progress-schema';
export { CORRUPT_KEY_PREFIX, LEGACY_V0_KEY, PROGRESS_KEY } from './storage-keys';
export type { StorageLike, StorageProblem } from '../browser/storage';
