// Zips a package the same way every time: files in sorted order, one fixed date, so the same site
// gives the same bytes (an LMS administrator can compare a new package with the old one).
import { zipSync } from 'fflate';

// The date every file in the zip carries (DOS time has no time zone and starts in 1980).
const FIXED_DATE = new Date(2026, 0, 1, 0, 0, 0);
// Already compressed: storing them saves time and gains nothing.
const STORED = /\.(woff2?|png|jpe?g|webp|gif|zip)$/i;

/** @param {Map<string, Uint8Array>} files package path → contents */
export function zipPackage(files) {
  /** @type {import('fflate').Zippable} */
  const entries = {};
  for (const name of [...files.keys()].sort()) {
    entries[name] = [files.get(name), { level: STORED.test(name) ? 0 : 9, mtime: FIXED_DATE }];
  }
  return zipSync(entries);
}
