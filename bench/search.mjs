// Benchmark of the site search: index size, load time and query latency, in Node and in
// Chromium, on the real content and on a generated 1,000-page index. In Chromium it measures the
// engine itself and the round trip through the site's search worker, as the page uses it. Not a
// test; run with `npm run bench:search`. Prints a table and writes bench/search-results.json.
import { gzipSync } from 'node:zlib';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import os from 'node:os';
import { build } from 'vite';
import { chromium } from '@playwright/test';
import { readSearchSource } from '../tests/support/content-reader.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const outDir = join(root, 'bench/.cache/search');
const ROUNDS = 5;
const SYNTHETIC_PAGES = 1000;
const SYNTHETIC_WORDS = 300;

// Search runs at every keystroke, so every prefix of these queries is measured.
const QUERIES = [
  'uitdaagrecht',
  'draagvlak',
  'buurtbudget',
  'participeren',
  'buurten',
  'initiatieven',
  'raad nieuwe stijl',
  'plantsoen adopteren',
  'G32',
  'terugkoppelen',
  'bewoners en gemeente',
  'de het een',
  'xyzzy',
  '"draagvlak"*:~^',
];
const TYPED = QUERIES.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)));

/** Bundles the search code once for Node and once for the browser, with the site's own Vite. */
async function bundle() {
  await build({
    configFile: false,
    root,
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      lib: {
        entry: { node: 'bench/search-node-entry.ts', browser: 'bench/search-browser-entry.ts', worker: 'bench/search-worker-entry.ts' },
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`,
      },
      rolldownOptions: { external: [/^node:/] },
    },
  });
  return import(pathToFileURL(join(outDir, 'node.js')).href);
}

/** A small seeded random generator, so every run generates the same pages. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * 1,000 pages of about 300 words: runs of real sentences from the site, with some words
 * joined into new compounds, as Dutch does, so the vocabulary grows as on a real larger site.
 */
function syntheticDocuments(realDocs) {
  const next = random(42);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const stream = realDocs.flatMap((d) => d.text.split(' '));
  const titles = realDocs.flatMap((d) => d.title.split(' '));
  const kinds = ['module', 'module', 'module', 'begrip', 'praktijk', 'scenario'];
  return Array.from({ length: SYNTHETIC_PAGES }, (_, i) => {
    const words = [];
    while (words.length < SYNTHETIC_WORDS) {
      const start = Math.floor(next() * (stream.length - 30));
      for (const word of stream.slice(start, start + 30)) {
        words.push(
          next() < 0.08
            ? `${word}${pick(stream)
                .toLowerCase()
                .replace(/[^\p{L}]/gu, '')}`
            : word,
        );
      }
    }
    return {
      kind: kinds[i % kinds.length],
      title: Array.from({ length: 3 + Math.floor(next() * 5) }, () => pick(titles)).join(' '),
      context: `Pagina ${i + 1}`,
      url: `/voorbeeld/${i + 1}/#deel`,
      headings: Array.from({ length: Math.floor(next() * 3) }, () => pick(titles)).join(' '),
      text: words.slice(0, SYNTHETIC_WORDS).join(' '),
    };
  });
}

const median = (values) => percentile(values, 50);
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Load time (JSON.parse + lunr.Index.load) and latency per keystroke query, in Node. */
function measureNode(search, text) {
  const loads = [];
  let engine;
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    engine = search.createSearchEngine(JSON.parse(text));
    loads.push(performance.now() - t0);
  }
  const times = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const query of TYPED) {
      const t0 = performance.now();
      engine.search(query);
      times.push(performance.now() - t0);
    }
  }
  return { loadMs: median(loads), p50Ms: percentile(times, 50), p95Ms: percentile(times, 95), queries: times.length };
}

/** The same in Chromium, with the browser bundle of the search code. */
async function measureChromium(page, name) {
  const result = await page.evaluate(
    async ({ name, typed, rounds }) => {
      const search = await import('/browser.js');
      const text = await (await fetch(`/${name}.json`)).text();
      const loads = [];
      let engine;
      for (let i = 0; i < rounds; i++) {
        const t0 = performance.now();
        engine = search.createSearchEngine(JSON.parse(text));
        loads.push(performance.now() - t0);
      }
      const times = [];
      for (let round = 0; round < rounds; round++) {
        for (const query of typed) {
          const t0 = performance.now();
          engine.search(query);
          times.push(performance.now() - t0);
        }
      }

      // The same queries through the search worker: from postMessage to the answer on the main thread.
      const worker = new Worker('/worker.js', { type: 'module' });
      let id = 0;
      const ask = (request) =>
        new Promise((resolve, reject) => {
          const mine = ++id;
          const onMessage = (event) => {
            if (event.data.id !== mine) return;
            worker.removeEventListener('message', onMessage);
            if (event.data.type === 'failed') reject(new Error(event.data.reason));
            else resolve(event.data);
          };
          worker.addEventListener('message', onMessage);
          worker.postMessage({ ...request, id: mine, url: `/${name}.json` });
        });
      const t0 = performance.now();
      await ask({ type: 'load' });
      const workerLoad = performance.now() - t0;
      const roundTrips = [];
      for (let round = 0; round < rounds; round++) {
        for (const query of typed) {
          const t1 = performance.now();
          await ask({ type: 'search', query });
          roundTrips.push(performance.now() - t1);
        }
      }
      worker.terminate();
      return { loads, times, workerLoad, roundTrips };
    },
    { name, typed: TYPED, rounds: ROUNDS },
  );
  return {
    loadMs: median(result.loads),
    p50Ms: percentile(result.times, 50),
    p95Ms: percentile(result.times, 95),
    queries: result.times.length,
    worker: { loadMs: result.workerLoad, p50Ms: percentile(result.roundTrips, 50), p95Ms: percentile(result.roundTrips, 95) },
  };
}

async function withChromium(files, run) {
  let config;
  try {
    config = (await import(pathToFileURL(join(root, 'playwright.config.ts')).href)).default;
  } catch (error) {
    console.warn(`Chromium overgeslagen: ${error.message}`);
    return undefined;
  }
  const { executablePath, args } = config.projects[0].use.launchOptions;
  const browser = await chromium.launch({ executablePath, args });
  try {
    const page = await browser.newPage();
    // Everything is served from memory; the browser makes no network request.
    await page.route('http://bench.invalid/**', (route) => {
      const path = new URL(route.request().url()).pathname;
      const file = files[path];
      if (!file) return route.fulfill({ status: 404, body: '' });
      return route.fulfill({ status: 200, contentType: file.type, body: file.body });
    });
    await page.goto('http://bench.invalid/');
    return { version: browser.version(), results: await run(page) };
  } finally {
    await browser.close();
  }
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
const ms = (value) => (value === undefined ? '–' : value.toFixed(2));

async function main() {
  const search = await bundle();

  const realDocs = search.searchDocuments(readSearchSource(root));
  const indexes = [];
  for (const [name, docs] of [
    ['echt', realDocs],
    ['gegenereerd-1000', syntheticDocuments(realDocs)],
  ]) {
    const t0 = performance.now();
    const data = search.buildSearchData(docs);
    const buildMs = performance.now() - t0;
    const text = JSON.stringify(data);
    // The same index as lunr's own JSON, with the same result data, gzip only: what the packing saves.
    const lunrJson = JSON.stringify({ index: search.buildIndex(docs).toJSON(), docs: data.docs });
    indexes.push({
      name,
      documents: docs.length,
      rawBytes: Buffer.byteLength(text),
      gzipBytes: gzipSync(text).length,
      lunrJsonGzipBytes: gzipSync(lunrJson).length,
      buildMs,
      text,
      node: measureNode(search, text),
    });
  }

  const files = {
    '/': { type: 'text/html; charset=utf-8', body: '<!doctype html><html lang="nl"><meta charset="utf-8"><title>bench</title>' },
  };
  for (const name of readdirSync(outDir).filter((f) => f.endsWith('.js'))) {
    files[`/${name}`] = { type: 'text/javascript; charset=utf-8', body: readFileSync(join(outDir, name), 'utf8') };
  }
  for (const index of indexes) files[`/${index.name}.json`] = { type: 'application/json; charset=utf-8', body: index.text };
  const browser = await withChromium(files, async (page) => {
    const results = {};
    for (const index of indexes) results[index.name] = await measureChromium(page, index.name);
    return results;
  });

  const report = {
    date: new Date().toISOString(),
    node: process.version,
    chromium: browser?.version ?? null,
    cpus: os.cpus().length,
    queries: { typed: TYPED.length, rounds: ROUNDS, note: 'elke prefix van elke zoekvraag, zoals bij zoeken tijdens het typen' },
    indexes: indexes.map(({ text, ...index }) => ({ ...index, chromium: browser?.results[index.name] ?? null })),
  };

  const rows = [
    [
      'index',
      'pagina’s',
      'ruw KB',
      'gzip KB',
      'lunr-JSON gzip KB',
      'bouwen ms',
      'laden Node ms',
      'p50 Node ms',
      'p95 Node ms',
      'laden Chromium ms',
      'p50 Chromium ms',
      'p95 Chromium ms',
      'laden worker ms',
      'p95 worker ms',
    ],
    ...report.indexes.map((i) => [
      i.name,
      String(i.documents),
      kb(i.rawBytes),
      kb(i.gzipBytes),
      kb(i.lunrJsonGzipBytes),
      ms(i.buildMs),
      ms(i.node.loadMs),
      ms(i.node.p50Ms),
      ms(i.node.p95Ms),
      ms(i.chromium?.loadMs),
      ms(i.chromium?.p50Ms),
      ms(i.chromium?.p95Ms),
      ms(i.chromium?.worker.loadMs),
      ms(i.chromium?.worker.p95Ms),
    ]),
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  console.log(
    `\nZoeken: ${TYPED.length} zoekvragen (elke toetsaanslag) × ${ROUNDS} rondes · Node ${report.node} · Chromium ${report.chromium ?? 'niet gemeten'} · ${report.cpus} cores\n`,
  );
  console.log(line(rows[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows.slice(1)) console.log(line(row));

  const file = join(root, 'bench/search-results.json');
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nGeschreven: bench/search-results.json`);
}

await main();
