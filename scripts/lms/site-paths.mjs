// Site paths (as the built pages write them, root-absolute) and the files they stand for in a build
// folder and in a package, which keeps the site's folder layout.
import { existsSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';

/** The file a root-absolute site path names: "/begrippen/" → "begrippen/index.html", "/_astro/a.css" → "_astro/a.css". */
export function fileOfSitePath(path) {
  const clean = decodeURI(path.replace(/^\/+/, ''));
  return clean === '' || clean.endsWith('/') ? `${clean}index.html` : clean;
}

/** Whether `path` is a root-absolute path on this site (not "//host/…", not a URL, not "#…"). */
export function isSitePath(value) {
  return value.startsWith('/') && !value.startsWith('//');
}

/** Splits "/a/b/?q=1#x" into the path and the rest ("?q=1#x"). */
export function splitSiteUrl(value) {
  const at = value.search(/[?#]/);
  return at === -1 ? { path: value, rest: '' } : { path: value.slice(0, at), rest: value.slice(at) };
}

/** A relative URL from the page `fromFile` to the package file `toFile` ("../../_astro/a.css"). */
export function relativeUrl(fromFile, toFile) {
  const relative = posix.relative(posix.dirname(fromFile), toFile);
  return relative === '' ? posix.basename(toFile) : relative;
}

/** Whether the build folder has this file (a page's index.html or an asset). */
export function builtFileExists(buildDir, file) {
  const full = join(buildDir, file);
  return existsSync(full) && statSync(full).isFile();
}
