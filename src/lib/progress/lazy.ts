import type { ProgressClient } from './client';
import { pageIdle } from '../browser/page-idle';

let loading: Promise<ProgressClient> | undefined;

/**
 * The progress client (`client.ts`), loaded with a dynamic import once the
 * page is idle. Islands and scripts whose first job is not learner data (the
 * scenario player, the knowledge check) use this, so the client is not in
 * their first bundle. One promise for all callers, so writes keep their order.
 */
export function loadProgressClient(): Promise<ProgressClient> {
  loading ??= pageIdle()
    .then(() => import('./client'))
    .then(
      ({ progress }) => progress,
      (error: unknown) => {
        // A failed download (offline, new deploy) may work on the next try.
        loading = undefined;
        throw error;
      },
    );
  return loading;
}
