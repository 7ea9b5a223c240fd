import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The list of files the service worker caches, written next to the built site. */
export const MANIFEST_FILE = 'precache.json';
/** The hand-written service worker in public/, copied into the build. */
export const SERVICE_WORKER_FILE = 'sw.js';
/** Replaced in the built sw.js by the build's version, so every new build is a new service worker. */
export const VERSION_PLACEHOLDER = '__JT_PRECACHE_VERSION__';

/** What dist/precache.json holds. */
export interface PrecacheManifest {
  /** A hash over every built file: changes exactly when the site changes. */
  version: string;
  /** Paths relative to the site's base, as the browser asks for them ("" is the home page, "modules/x/" a page). */
  files: string[];
}

/** The address of a built file relative to the base: "a/index.html" is served as "a/", the home page as "". */
export function urlForFile(path: string): string {
  const posix = path.split(sep).join('/');
  if (posix === 'index.html') return '';
  return posix.endsWith('/index.html') ? posix.slice(0, -'index.html'.length) : posix;
}

/** Whether a built file belongs in the offline cache: not the worker, its list, source maps or hidden files. */
export function shouldPrecache(path: string): boolean {
  const posix = path.split(sep).join('/');
  if (posix === SERVICE_WORKER_FILE || posix === MANIFEST_FILE) return false;
  if (posix.endsWith('.map')) return false;
  return !posix.split('/').some((part) => part.startsWith('.'));
}

/**
 * Builds the manifest from the built files. The version hashes every file's
 * path and content, the service worker's own source included, so a change to
 * any of them gives a new version.
 */
export function buildPrecacheManifest(files: ReadonlyArray<{ path: string; content: string | Uint8Array }>): PrecacheManifest {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const all = createHash('sha256');
  for (const file of sorted) {
    const hash = createHash('sha256').update(file.content).digest('hex');
    all.update(`${file.path.split(sep).join('/')}\0${hash}\n`);
  }
  return {
    version: all.digest('hex').slice(0, 16),
    files: sorted.filter((f) => shouldPrecache(f.path)).map((f) => urlForFile(f.path)),
  };
}

/** Puts the version into the service worker's source. */
export function stampServiceWorker(source: string, version: string): string {
  if (!source.includes(VERSION_PLACEHOLDER)) {
    throw new Error(`${SERVICE_WORKER_FILE} mist de tekst ${VERSION_PLACEHOLDER}; daar komt de versie van de build.`);
  }
  return source.split(VERSION_PLACEHOLDER).join(version);
}

async function listFiles(root: string, dir = root): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = join(dir, entry.name);
      return entry.isDirectory() ? listFiles(root, full) : Promise.resolve([relative(root, full)]);
    }),
  );
  return nested.flat();
}

/**
 * Astro integration: after the build, writes dist/precache.json (every built
 * file plus a content-hash version) and stamps that version into dist/sw.js.
 */
export function precacheManifest(): AstroIntegration {
  return {
    name: 'jt-precache-manifest',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const paths = (await listFiles(root)).filter((p) => p !== MANIFEST_FILE);
        const files = await Promise.all(paths.map(async (path) => ({ path, content: await readFile(join(root, path)) })));
        const manifest = buildPrecacheManifest(files);
        await writeFile(join(root, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
        const workerPath = join(root, SERVICE_WORKER_FILE);
        await writeFile(workerPath, stampServiceWorker(await readFile(workerPath, 'utf8'), manifest.version));
        logger.info(`${MANIFEST_FILE}: ${manifest.files.length} bestanden, versie ${manifest.version}`);
      },
    },
  };
}
