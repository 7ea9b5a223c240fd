import { createProgressStore } from './progress-store';
import type { ProgressStore } from './store-types';

let shared: ProgressStore | undefined;

/**
 * The page's one store on the browser's localStorage, shared by all islands
 * and scripts (they reach it through `client.ts`). On the server, which has no
 * storage, every call gives a fresh memory-only store.
 */
export function getProgressStore(): ProgressStore {
  if (typeof window === 'undefined') return createProgressStore({ storage: null, events: null, persist: null });
  shared ??= createProgressStore();
  return shared;
}
