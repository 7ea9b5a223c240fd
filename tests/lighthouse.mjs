// The Lighthouse gate of `npm test`: mobile Lighthouse on every page type of the production build
// (dist/, built by the end-to-end step before it). It runs on its own, after the browser tests.
// Accessibility 100, best practices 100 and SEO 95 are exact and fail the run below budget.
// Performance is a simulation whose score moves ±3 between runs on a 2-core machine, so here it
// fails only below a floor of 90 (best of three runs); `npm run bench` holds it to the budget of 95.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { BUDGETS, lighthouseFailures, measureLighthouse, serve } from '../bench/run.mjs';

const PERFORMANCE_FLOOR = 90;
const dist = join(fileURLToPath(new URL('../', import.meta.url)), 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('Geen build gevonden in dist/. Draai eerst npm run build.');
  process.exit(1);
}
const server = await serve(dist);
const origin = `http://127.0.0.1:${server.address().port}`;
const scores = await measureLighthouse(origin, 3);
server.close();

console.log('Lighthouse (mobiel)   prestaties  toegankelijkheid  best practices  SEO');
for (const s of scores) console.log(`${s.type.padEnd(20)} ${String(s.performance).padStart(11)}  ${String(s.accessibility).padStart(16)}  ${String(s['best-practices']).padStart(14)}  ${String(s.seo).padStart(4)}`);
const limits = { ...BUDGETS.lighthouse, performance: PERFORMANCE_FLOOR };
const failures = lighthouseFailures(scores, limits);
console.log(`Grenzen in de test: ${JSON.stringify(limits)} (budget voor prestaties in npm run bench: ${BUDGETS.lighthouse.performance})`);
if (failures.length) {
  console.error(`\nLighthouse onder de grens:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log(`\nLighthouse: alle ${scores.length} paginatypen halen de grens.`);
