import { pageIdle } from '../browser/page-idle';

/**
 * Registers the offline service worker (public/sw.js). Only the workshop pages
 * call this: a trainer who opens a workshop once gets the whole site cached for
 * a session without wifi, while learners who never open a workshop get no
 * service worker and no cache. The worker's scope is the site's base path, so
 * once installed it also serves the module, draaiboek and scenario pages offline.
 */
export function registerServiceWorker(): void {
  // The dev server has no precache list; only a production build works offline.
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  // Installing caches the whole site (about 190 files): it waits until the workshop has started,
  // so it never competes with the page's first render.
  void pageIdle()
    .then(() => navigator.serviceWorker.register(`${base}sw.js`, { scope: base }))
    .catch(() => {
      // Without a service worker the workshop still works online; nothing to tell the trainer mid-session.
    });
}
