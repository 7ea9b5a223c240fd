/*
 * Ja, tenzij: the offline service worker for workshops (hand-written, no library).
 *
 * - install:  fetches precache.json (written by src/integrations/precache-manifest.ts
 *             after every build) and caches every file it lists in "jt-precache-<version>".
 * - activate: deletes the caches of older versions and takes control of open pages.
 * - fetch:    same-origin GET requests inside the site are answered from the cache
 *             first, so a session on poor wifi does not wait for the network; anything
 *             not cached goes to the network. Offline, an unknown page gets the 404 page.
 *
 * The build replaces the placeholder below by the build's version, so a new build is a
 * new service worker: the browser installs it next to the old one, and on activation the
 * old cache is deleted. The worker's own address decides the base path (SITE_BASE).
 */
const VERSION = '__JT_PRECACHE_VERSION__';
const PREFIX = 'jt-precache-';
const CACHE = `${PREFIX}${VERSION}`;
const SCOPE = new URL('./', self.location.href);

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const response = await fetch(new URL('precache.json', SCOPE), { cache: 'no-store' });
      if (!response.ok) throw new Error(`precache.json: ${response.status}`);
      const manifest = await response.json();
      const cache = await caches.open(CACHE);
      // "no-cache" revalidates with the server, so an old copy in the HTTP cache never ends up in a new version.
      await cache.addAll(manifest.files.map((file) => new Request(new URL(file, SCOPE), { cache: 'no-cache' })));
      // The new version takes over at once: its cache is complete, and pages load their scripts at start.
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((name) => name.startsWith(PREFIX) && name !== CACHE).map((name) => caches.delete(name)));
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== SCOPE.origin || !url.pathname.startsWith(SCOPE.pathname)) return;
  event.respondWith(respond(request));
});

async function respond(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request, { ignoreSearch: true, ignoreVary: true });
  if (cached) return cached;
  try {
    return await fetch(request);
  } catch (error) {
    if (request.mode === 'navigate') {
      const notFound = await cache.match(new URL('404.html', SCOPE));
      if (notFound) return new Response(notFound.body, { status: 404, headers: notFound.headers });
    }
    throw error;
  }
}
