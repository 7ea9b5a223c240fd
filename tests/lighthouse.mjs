// The Lighthouse gate of `npm test`: mobile Lighthouse on every page type of the production build
// (dist/, built by the end-to-end step before it), served gzipped like any static host. It runs on
// its own, after the browser tests, and holds one run of each page type to the budgets of
// `npm run bench`: performance 95, accessibility 100, best practices 100, SEO 95. There is no
// second try: a page type that passes only sometimes has too little margin.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { BUDGETS, lighthouseFailures, measureLighthouse, serve } from '../bench/run.mjs';

const dist = join(fileURLToPath(new URL('../', import.meta.url)), 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('Geen build gevonden in dist/. Draai eerst npm run build.');
  process.exit(1);
}
const server = await serve(dist);
const origin = `http://127.0.0.1:${server.address().port}`;
const limits = BUDGETS.lighthouse;
const scores = await measureLighthouse(origin);
server.close();

console.log('Lighthouse (mobiel)   prestaties  toegankelijkheid  best practices  SEO');
for (const s of scores)
  console.log(
    `${s.type.padEnd(20)} ${String(s.performance).padStart(11)}  ${String(s.accessibility).padStart(16)}  ${String(s['best-practices']).padStart(14)}  ${String(s.seo).padStart(4)}`,
  );
const failures = lighthouseFailures(scores, limits);
console.log(`Grenzen: ${JSON.stringify(limits)}`);
if (failures.length) {
  console.error(`\nLighthouse onder de grens:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log(`\nLighthouse: alle ${scores.length} paginatypen halen de grens.`);
