#!/usr/bin/env node
// Builds a generated copy of the site (bench/run.mjs makes it: the real modules copied up to
// 300 times) to see how build time grows. The copies repeat module codes and route positions
// on purpose, which the module set check rightly refuses; for this build only, a Vite plugin
// swaps that check for one that accepts them. The site's own code knows nothing of the bench.
// Usage: node bench/synthetic-build.mjs <copy-root>
import { build } from 'astro';
import { resolve } from 'node:path';

const SET_CHECK = '/src/lib/content/check-module-set.ts';

/** @returns {import('vite').Plugin} */
function acceptRepeatedModules() {
  return {
    name: 'jt-bench-accept-repeated-modules',
    enforce: 'pre',
    load(id) {
      if (id.split('?')[0].endsWith(SET_CHECK)) return 'export function checkModuleSet() { return []; }';
      return undefined;
    },
  };
}

const root = process.argv[2];
if (!root) {
  console.error('Gebruik: node bench/synthetic-build.mjs <map met de kopie van de site>');
  process.exit(2);
}
await build({ root: resolve(root), logLevel: 'warn', vite: { plugins: [acceptRepeatedModules()] } });
