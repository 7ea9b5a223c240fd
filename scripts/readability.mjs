#!/usr/bin/env node
// Prints a readability report per module: words, sentences, average sentence
// length and Flesch-Douma. Exits 1 when a module averages more than the limit.
// The modules are read as the build reads them (tests/support/content-reader.ts).
import { readModules } from '../tests/support/content-reader.ts';
import { proseUnits, readability, MAX_AVERAGE_SENTENCE_LENGTH } from './readability-core.mjs';

const only = process.argv[2]?.replace(/^modules\//, '').replace(/\/$/, '');
const modules = readModules().filter((m) => !only || m.id === only);

let failed = false;
const rows = modules.map(({ id, data, digest }) => {
  const code = data && typeof data === 'object' && typeof data.code === 'string' ? data.code : '?';
  const r = readability(proseUnits(digest));
  const ok = r.averageSentenceLength <= MAX_AVERAGE_SENTENCE_LENGTH;
  failed ||= !ok;
  return { code, folder: id, ...r, ok };
});

console.log('Leesbaarheid per module (gemiddelde zinslengte hoogstens ' + MAX_AVERAGE_SENTENCE_LENGTH + ' woorden)\n');
console.log('code  woorden  zinnen  gem. zinslengte  Flesch-Douma  map');
for (const r of rows) {
  console.log(
    `${r.code.padEnd(5)} ${String(r.words).padStart(7)}  ${String(r.sentences).padStart(6)}  ${r.averageSentenceLength.toFixed(1).padStart(15)}  ${r.fleschDouma.toFixed(1).padStart(12)}  ${r.folder}${r.ok ? '' : '  <- te lange zinnen'}`,
  );
}
if (rows.length === 0) console.log('(geen modules gevonden)');
process.exit(failed ? 1 : 0);
