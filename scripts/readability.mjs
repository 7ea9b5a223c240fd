#!/usr/bin/env node
// Prints a readability report per module: words, sentences, average sentence
// length and Flesch-Douma. Exits 1 when a module averages more than the limit.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { readability, MAX_AVERAGE_SENTENCE_LENGTH } from './readability-core.mjs';

const root = new URL('..', import.meta.url).pathname;
const modulesDir = join(root, 'modules');
const only = process.argv[2]?.replace(/^modules\//, '').replace(/\/$/, '');
const folders = (existsSync(modulesDir) ? readdirSync(modulesDir) : []).filter((f) => existsSync(join(modulesDir, f, 'index.mdx')) && (!only || f === only)).sort();

let failed = false;
const rows = folders.map((folder) => {
  const mdx = readFileSync(join(modulesDir, folder, 'index.mdx'), 'utf8');
  const code = /^code:\s*(\S+)/m.exec(mdx)?.[1] ?? '?';
  const r = readability(mdx);
  const ok = r.averageSentenceLength <= MAX_AVERAGE_SENTENCE_LENGTH;
  failed ||= !ok;
  return { code, folder, ...r, ok };
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
