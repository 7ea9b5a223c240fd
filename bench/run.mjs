// The site's benchmark: page weight per page type, build time (real site and with 100 and
// 300 generated modules), scenario step time, search query time and Lighthouse scores.
// Writes bench/results.json, prints a table, and exits 1 when a budget is exceeded.
// It is a benchmark, not a test: run it with `npm run bench` on a quiet machine.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { measureRelay, printRelay, relayFailures, startRelayProcess } from './relay.mjs';
import { serve } from './serve.mjs';
import { CHROME_ARGS, CHROMIUM_PATH as chromiumPath } from '../tests/support/chromium.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const KB = 1024;
const DOCX_CHUNK = /\/_astro\/docx\.[\w-]+\.js$/;

export { serve };

export const BUDGETS = {
  moduleJsBeforeInteractionGzip: 20 * KB,
  // A phone on the venue's Wi-Fi: the voting page before the Socket.IO client loads on joining.
  phoneJsBeforeInteractionGzip: 20 * KB,
  scenarioJsAllInGzip: 35 * KB,
  cssPerPageGzip: 30 * KB,
  totalTransferPerPage: 250 * KB,
  realBuildSeconds: 60,
  // Linear growth: the cost per module at 300 modules may be at most 1.5× the cost at 100.
  buildGrowthFactor: 1.5,
  lighthouse: { performance: 95, accessibility: 100, 'best-practices': 100, seo: 95 },
  // The real site's /zoekindex.json, gzip, and the time per query while typing (p95, in Chromium, both the
  // engine itself and the round trip through the search worker that the page uses).
  searchIndexGzip: 80 * KB,
  searchQueryP95Ms: 10,
  // npm run package:lms: the zip of one module (SCORM 1.2, SCORM 2004 or cmi5) and of a whole route.
  lmsModulePackageBytes: 500 * KB,
  lmsRoutePackageBytes: 750 * KB,
};

const PAGES = [
  { type: 'home', path: '/' },
  { type: 'route', path: '/ambtenaren/' },
  { type: 'module', path: '/modules/burgerkracht-en-loslaten/' },
  { type: 'scenario', path: '/modules/burgerkracht-en-loslaten/scenario/', play: 2 },
  { type: 'leerlogboek', path: '/logboek/' },
  { type: 'werkblad', path: '/werkbladen/ja-tenzij-toets/' },
  { type: 'zoeken', path: '/zoeken/?q=draagvlak' },
  { type: 'workshop', path: '/workshop/burgerkracht-en-loslaten/' },
  { type: 'opfrissen', path: '/opfrissen/' },
  { type: 'deelnamebewijs', path: '/deelnamebewijs/' },
];

/** The participants' phone page, in a build with a relay address (PUBLIC_RELAY_URL). */
const PHONE_PAGE = { type: 'stem (telefoon)', path: '/stem/' };

/**
 * The page types named in BENCH_PAGES (comma-separated, e.g. BENCH_PAGES=zoeken), or all of them: to
 * measure one page type several times without the whole site.
 */
export function selectedPages(filter = process.env.BENCH_PAGES) {
  const types = (filter ?? '')
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  return types.length ? PAGES.filter((p) => types.includes(p.type)) : PAGES;
}

function run(command, args, { quiet = false, env = {} } = {}) {
  const started = performance.now();
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: quiet ? 'pipe' : 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} faalde (${result.status}): ${result.stderr?.toString().slice(-2000) ?? ''}`);
  return (performance.now() - started) / 1000;
}

/** A tiny static server for dist/: the benchmark measures the files, not a dev server. */
export async function measurePages(origin, pages = PAGES) {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROME_ARGS });
  const results = [];
  for (const spec of pages) {
    const page = await browser.newPage();
    const responses = [];
    page.on('response', async (response) => {
      try {
        const body = await response.body();
        responses.push({ url: response.url(), type: response.request().resourceType(), raw: body.length, gzip: gzipSync(body).length });
      } catch {
        // Redirects and aborted requests have no body.
      }
    });
    await page.goto(origin + spec.path, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    // "Before interaction" = requested before the load event, by the page's own clock (not by when
    // Playwright happens to report a response, which races with the load event).
    const timing = await page.evaluate(() => ({
      load: performance.getEntriesByType('navigation')[0].loadEventStart,
      started: Object.fromEntries(performance.getEntriesByType('resource').map((e) => [e.name, e.startTime])),
    }));
    const beforeLoad = (r) => (timing.started[r.url] ?? 0) < timing.load;
    let stepMs;
    if (spec.play) {
      await page.locator('.jt-scenario[data-ready="true"]').waitFor();
      const times = [];
      for (let i = 0; i < spec.play; i++) {
        times.push(await timeClick(page, '.jt-choice'));
        times.push(await timeClick(page, '.jt-scenario__actions .nl-button--primary'));
      }
      stepMs = times.reduce((a, b) => a + b, 0) / times.length;
      await page.waitForLoadState('networkidle');
    }
    const sum = (list, key) => list.reduce((s, r) => s + r[key], 0);
    const js = responses.filter((r) => r.type === 'script');
    const css = responses.filter((r) => r.type === 'stylesheet');
    const noImages = responses.filter((r) => r.type !== 'image');
    results.push({
      type: spec.type,
      path: spec.path,
      jsBeforeInteraction: { raw: sum(js.filter(beforeLoad), 'raw'), gzip: sum(js.filter(beforeLoad), 'gzip') },
      jsAllIn: { raw: sum(js, 'raw'), gzip: sum(js, 'gzip') },
      css: { raw: sum(css, 'raw'), gzip: sum(css, 'gzip') },
      totalTransferGzip: sum(noImages, 'gzip'),
      requests: responses.length,
      // The Word writer (docx) loads only when a learner asks for a download, never with a page.
      docxRequests: responses.filter((r) => DOCX_CHUNK.test(r.url)).length,
      ...(stepMs !== undefined ? { scenarioStepMs: Number(stepMs.toFixed(2)) } : {}),
    });
    await page.close();
  }
  await browser.close();
  return results;
}

/** Time from a click to the next rendered frame with the changed DOM. */
async function timeClick(page, selector) {
  return page.evaluate(async (sel) => {
    const target = document.querySelector(sel);
    const stage = document.querySelector('.jt-scenario__stage');
    const changed = new Promise((resolve) =>
      new MutationObserver((_m, observer) => (observer.disconnect(), resolve())).observe(stage, {
        childList: true,
        subtree: true,
        characterData: true,
      }),
    );
    const start = performance.now();
    target.click();
    await changed;
    await new Promise((resolve) => requestAnimationFrame(() => resolve()));
    return performance.now() - start;
  }, selector);
}

/** Gzip size of an island with everything it imports (its component, the renderer and their chunks, static and dynamic). */
export function islandWeight(distDir, html) {
  const entries = [...html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)].map((m) => m[1]);
  const seen = new Set();
  const visit = (url) => {
    const file = join(distDir, url.replace(/^\//, ''));
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*\(?\s*"(\.\/[^"]+\.js)"/g)) visit(join(url, '..', m[1]).replaceAll('\\', '/'));
  };
  entries.forEach(visit);
  return [...seen].reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);
}

/**
 * Lighthouse (mobile, its default) per page type. A performance score under budget is measured again,
 * up to `attempts` times, and the best run counts: on a 2-core machine a single run can be disturbed.
 */
/**
 * Mobile Lighthouse scores of every page type, `runs` times each. Every run is returned and every run
 * must meet the budget: a page that passes only on its best try has no margin and fails on a busy day.
 */
export async function measureLighthouse(origin, runs = 1, pages = selectedPages()) {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: ['--headless=new', ...CHROME_ARGS] });
  const scores = [];
  try {
    for (const spec of pages) {
      for (let run = 1; run <= runs; run++) {
        const { lhr } = await lighthouse(origin + spec.path, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        scores.push({
          type: spec.type,
          path: spec.path,
          run,
          ...Object.fromEntries(Object.entries(lhr.categories).map(([id, c]) => [id, Math.round((c.score ?? 0) * 100)])),
        });
      }
    }
  } finally {
    chrome.kill();
  }
  return scores;
}

/** Budget failures in a list of Lighthouse scores, in Dutch. */
export function lighthouseFailures(scores, limits = BUDGETS.lighthouse) {
  const failures = [];
  for (const s of scores) {
    for (const [category, minimum] of Object.entries(limits))
      if (s[category] < minimum)
        failures.push(`${s.type} (${s.path}, meting ${s.run}): Lighthouse ${category} ${s[category]} < ${minimum}`);
  }
  return failures;
}

/** Builds a copy of the site with `count` modules (copies of the real seven) to see how build time grows. */
function syntheticBuild(count) {
  const dir = join(os.tmpdir(), `jt-bench-${count}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // tests/ too: the accessibility statement is built from the e2e suite's titles and routes (src/lib/accessibility/evidence.ts).
  for (const item of [
    'src',
    'content',
    'public',
    'scripts',
    'tests',
    'gemeente.config.yaml',
    'astro.config.mjs',
    'package.json',
    'tsconfig.json',
  ])
    cpSync(join(root, item), join(dir, item), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  const real = readdirSync(join(root, 'modules'))
    .filter((f) => existsSync(join(root, 'modules', f, 'index.mdx')))
    .sort();
  for (let i = 0; i < count; i++) {
    const source = real[i % real.length];
    // The first copy of each real module keeps its folder name: worksheets, guides and scenarios name their module.
    const name = i < real.length ? source : `m${String(i).padStart(3, '0')}-${source.slice(3)}`;
    cpSync(join(root, 'modules', source), join(dir, 'modules', name), { recursive: true });
  }
  // The copies repeat module codes on purpose; synthetic-build.mjs lets the set check pass them.
  const seconds = run(process.execPath, [join(root, 'bench/synthetic-build.mjs'), dir], { quiet: true });
  rmSync(dir, { recursive: true, force: true });
  return seconds;
}

function searchFigures() {
  run('npm', ['run', 'bench:search'], { quiet: true });
  return JSON.parse(readFileSync(join(root, 'bench/search-results.json'), 'utf8'));
}

const fmt = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

/**
 * The LMS package sizes from the last `npm run package:lms` (dist-lms/sizes.json), or null when there is
 * none: the benchmark does not build the 27 packages itself, it reports the ones on disk.
 */
export function lmsPackageSizes(dir = join(root, 'dist-lms')) {
  const file = join(dir, 'sizes.json');
  if (!existsSync(file)) return null;
  const { date, totalSeconds, packages } = JSON.parse(readFileSync(file, 'utf8'));
  const largest = (kind) =>
    Object.fromEntries(
      ['scorm12', 'scorm2004', 'cmi5'].map((format) => [
        format,
        Math.max(0, ...packages.filter((p) => p.kind === kind && p.format === format).map((p) => p.bytes)),
      ]),
    );
  return { date, totalSeconds, count: packages.length, largestModule: largest('module'), largestRoute: largest('route') };
}

/** Budget failures of the LMS package sizes, in Dutch. */
export function lmsFailures(lms, budgets = BUDGETS) {
  if (!lms) return [];
  const failures = [];
  for (const [format, bytes] of Object.entries(lms.largestModule))
    if (bytes > budgets.lmsModulePackageBytes)
      failures.push(`LMS-pakket module (${format}): ${fmt(bytes)} > ${fmt(budgets.lmsModulePackageBytes)}`);
  for (const [format, bytes] of Object.entries(lms.largestRoute))
    if (bytes > budgets.lmsRoutePackageBytes)
      failures.push(`LMS-pakket route (${format}): ${fmt(bytes)} > ${fmt(budgets.lmsRoutePackageBytes)}`);
  return failures;
}

async function main() {
  const realBuildSeconds = run('npx', ['astro', 'build']);
  const server = await serve(join(root, 'dist'));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const pages = await measurePages(origin);
  const scores = process.env.BENCH_SKIP_LIGHTHOUSE ? [] : await measureLighthouse(origin, 3);
  server.close();
  // The phone page exists only in a build with a relay address, and it connects once the page is idle.
  // It is measured as a municipality runs it: with its relay up and accepting the site's origin, so
  // Lighthouse judges the page and not a refused connection. The server reads files per request, so
  // it can start (and name the origin the relay must accept) before the build that needs the relay's URL.
  if (selectedPages().some((p) => p.type === 'workshop')) {
    const votingServer = await serve(join(root, 'dist-bench/stemmen'));
    const votingOrigin = `http://127.0.0.1:${votingServer.address().port}`;
    const relay = await startRelayProcess(votingOrigin);
    try {
      run('npx', ['astro', 'build', '--outDir', 'dist-bench/stemmen'], { quiet: true, env: { PUBLIC_RELAY_URL: relay.url } });
      pages.push(...(await measurePages(votingOrigin, [PHONE_PAGE])));
      if (!process.env.BENCH_SKIP_LIGHTHOUSE) scores.push(...(await measureLighthouse(votingOrigin, 3, [PHONE_PAGE])));
    } finally {
      relay.child.kill('SIGTERM');
      votingServer.close();
    }
  }
  // BENCH_QUICK=1 skips the slow 100/300-module builds while iterating on page weight.
  const build100 = process.env.BENCH_QUICK ? Number.NaN : syntheticBuild(100);
  const build300 = process.env.BENCH_QUICK ? Number.NaN : syntheticBuild(300);
  const search = searchFigures();
  const relay = await measureRelay();
  run('npx', ['astro', 'build'], { quiet: true }); // leave dist/ as the real site

  const failures = [];
  const check = (ok, text) => ok || failures.push(text);
  for (const p of pages) {
    check(p.css.gzip <= BUDGETS.cssPerPageGzip, `${p.type}: CSS ${fmt(p.css.gzip)} gzip > ${fmt(BUDGETS.cssPerPageGzip)}`);
    check(
      p.totalTransferGzip <= BUDGETS.totalTransferPerPage,
      `${p.type}: ${fmt(p.totalTransferGzip)} totaal > ${fmt(BUDGETS.totalTransferPerPage)}`,
    );
    check(p.docxRequests === 0, `${p.type}: de Word-code (docx) laadt al voordat iemand een download vraagt`);
  }
  const phone = pages.find((p) => p.type === PHONE_PAGE.type);
  if (phone)
    check(
      phone.jsBeforeInteraction.gzip <= BUDGETS.phoneJsBeforeInteractionGzip,
      `stem (telefoon): JS voor interactie ${fmt(phone.jsBeforeInteraction.gzip)} gzip > ${fmt(BUDGETS.phoneJsBeforeInteractionGzip)}`,
    );
  const moduleJs = pages.find((p) => p.type === 'module').jsBeforeInteraction.gzip;
  check(
    moduleJs <= BUDGETS.moduleJsBeforeInteractionGzip,
    `module: JS voor interactie ${fmt(moduleJs)} gzip > ${fmt(BUDGETS.moduleJsBeforeInteractionGzip)}`,
  );
  // The island's own weight: what the scenario player needs to run. The page also loads the site-wide
  // learner-state code when idle; that is in the page's "JS totaal" column.
  const scenarioHtml = readFileSync(join(root, 'dist/modules/burgerkracht-en-loslaten/scenario/index.html'), 'utf8');
  const scenarioJs = islandWeight(join(root, 'dist'), scenarioHtml);
  check(
    scenarioJs <= BUDGETS.scenarioJsAllInGzip,
    `scenario-eiland: JS alles bij elkaar ${fmt(scenarioJs)} gzip > ${fmt(BUDGETS.scenarioJsAllInGzip)}`,
  );
  check(realBuildSeconds <= BUDGETS.realBuildSeconds, `build ${realBuildSeconds.toFixed(1)} s > ${BUDGETS.realBuildSeconds} s`);
  const perModule100 = build100 / 100;
  const perModule300 = build300 / 300;
  check(
    process.env.BENCH_QUICK || perModule300 <= perModule100 * BUDGETS.buildGrowthFactor,
    `build groeit sneller dan lineair: ${perModule100.toFixed(3)} s per module bij 100, ${perModule300.toFixed(3)} s bij 300`,
  );
  failures.push(...lighthouseFailures(scores));
  failures.push(...relayFailures(relay));
  const lms = lmsPackageSizes();
  failures.push(...lmsFailures(lms));
  // The real site's index, measured in Chromium by bench/search.mjs; a missing figure fails the run.
  const realIndex = search.indexes?.find((i) => i.name === 'echt');
  const queryP95 = realIndex?.chromium?.p95Ms;
  const workerP95 = realIndex?.chromium?.worker?.p95Ms;
  check(
    typeof queryP95 === 'number' && typeof workerP95 === 'number',
    'zoeken: geen meting van de echte index in bench/search-results.json',
  );
  if (typeof queryP95 === 'number')
    check(queryP95 <= BUDGETS.searchQueryP95Ms, `zoeken: p95 ${queryP95.toFixed(1)} ms > ${BUDGETS.searchQueryP95Ms} ms`);
  if (typeof workerP95 === 'number')
    check(workerP95 <= BUDGETS.searchQueryP95Ms, `zoeken via de worker: p95 ${workerP95.toFixed(1)} ms > ${BUDGETS.searchQueryP95Ms} ms`);
  if (realIndex)
    check(
      realIndex.gzipBytes <= BUDGETS.searchIndexGzip,
      `zoeken: index ${fmt(realIndex.gzipBytes)} gzip > ${fmt(BUDGETS.searchIndexGzip)}`,
    );

  const results = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, node: process.version },
    budgets: BUDGETS,
    realBuildSeconds,
    scenarioIslandGzip: scenarioJs,
    build: { modules100Seconds: build100, modules300Seconds: build300 },
    pages,
    lighthouse: scores,
    search,
    relay,
    lms,
    failures,
  };
  writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);

  console.log('\nPagina          JS voor interactie (gz)  JS totaal (gz)  CSS (gz)  Totaal (gz)  Verzoeken  Stap (ms)');
  for (const p of pages) {
    console.log(
      `${p.type.padEnd(15)} ${fmt(p.jsBeforeInteraction.gzip).padStart(23)}  ${fmt(p.jsAllIn.gzip).padStart(14)}  ${fmt(p.css.gzip).padStart(8)}  ${fmt(p.totalTransferGzip).padStart(11)}  ${String(p.requests).padStart(9)}  ${p.scenarioStepMs ?? ''}`,
    );
  }
  if (scores.length) {
    console.log('\nLighthouse (mobiel)  prestaties  toegankelijkheid  best practices  SEO');
    for (const s of scores)
      console.log(
        `${`${s.type} #${s.run}`.padEnd(20)} ${String(s.performance).padStart(10)}  ${String(s.accessibility).padStart(16)}  ${String(s['best-practices']).padStart(14)}  ${String(s.seo).padStart(4)}`,
      );
  }
  console.log(`\nScenario-eiland (speler, Preact, XState, alles bij elkaar): ${fmt(scenarioJs)} gzip`);
  const generated = process.env.BENCH_QUICK
    ? '100 en 300 modules overgeslagen (BENCH_QUICK)'
    : `100 modules ${build100.toFixed(1)} s; 300 modules ${build300.toFixed(1)} s`;
  console.log(`\nBuild: echte site ${realBuildSeconds.toFixed(1)} s; ${generated}`);
  if (typeof queryP95 === 'number')
    console.log(
      `Zoeken: index ${fmt(realIndex.gzipBytes)} gzip; p95 per zoekvraag ${queryP95.toFixed(1)} ms in Chromium, ${workerP95?.toFixed(1) ?? '–'} ms via de worker`,
    );
  printRelay(relay);
  if (lms)
    console.log(
      `LMS-pakketten (${lms.count}, npm run package:lms in ${lms.totalSeconds.toFixed(1)} s): grootste module ${Object.entries(
        lms.largestModule,
      )
        .map(([format, bytes]) => `${format} ${fmt(bytes)}`)
        .join(', ')}; grootste route ${Object.entries(lms.largestRoute)
        .map(([format, bytes]) => `${format} ${fmt(bytes)}`)
        .join(', ')}`,
    );
  else console.log('LMS-pakketten: geen dist-lms/sizes.json; draai eerst npm run package:lms');
  console.log(failures.length ? `\nBudget overschreden:\n- ${failures.join('\n- ')}` : '\nAlle budgetten gehaald.');
  process.exit(failures.length ? 1 : 0);
}

// Only when run as a script: tests/lighthouse.mjs imports the measuring functions.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
