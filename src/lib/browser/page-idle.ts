/**
 * Resolves once the page has loaded and the browser is idle (after 1.5 s at the latest). Work that
 * is not the page's first job waits for this: the learner-state code, and on workshop pages the
 * offline service worker, so neither competes with the text or an island's first render.
 */
export function pageIdle(): Promise<void> {
  return new Promise((resolve) => {
    const idle = () =>
      'requestIdleCallback' in window ? requestIdleCallback(() => resolve(), { timeout: 1500 }) : setTimeout(resolve, 200);
    if (document.readyState === 'complete') idle();
    else addEventListener('load', idle, { once: true });
  });
}
