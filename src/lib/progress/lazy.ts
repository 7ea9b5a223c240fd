import type { ProgressClient } from './client';

/**
 * Resolves once the page has loaded and the browser is idle (after 1.5 s at
 * the latest). Learner-state code waits for this, so it never competes with
 * the text or an island's first render.
 */
export function pageIdle(): Promise<void> {
  return new Promise((resolve) => {
    const idle = () =>
      'requestIdleCallback' in window ? requestIdleCallback(() => resolve(), { timeout: 1500 }) : setTimeout(resolve, 200);
    if (document.readyState === 'complete') idle();
    else addEventListener('load', idle, { once: true });
  });
}

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
