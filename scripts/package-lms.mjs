#!/usr/bin/env node
// npm run package:lms: SCORM 1.2, SCORM 2004 (4th edition) and cmi5 packages of every module and of both
// routes, in dist-lms/. One site build per format (LMS_FORMAT set, so pages carry <meta name="jt-lms">
// and start the LMS bridge); every package of that format is cut from it, with its own course id and
// modules in the meta. Options: --format scorm12,cmi5 and --course a1-burgerkracht-en-loslaten,route-ambtenaren
// to build only some. Writes dist-lms/sizes.json for the benchmark. See docs/lms.md.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse, walkSync, ELEMENT_NODE } from 'ultrahtml';
import { lmsCourses, lmsModules } from './lms/courses.mjs';
import { assemblePackage } from './lms/assemble.mjs';
import { zipPackage } from './lms/zip.mjs';
import { decodeAttribute } from './lms/rewrite-html.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const outDir = join(root, 'dist-lms');
const FORMATS = ['scorm12', 'scorm2004', 'cmi5'];
const site = process.env.SITE_URL ?? 'https://ja-tenzij.example';

const { values } = parseArgs({ options: { format: { type: 'string' }, course: { type: 'string' } } });
const list = (value) =>
  value
    ?.split(',')
    .map((v) => v.trim())
    .filter(Boolean);
const formats = list(values.format) ?? FORMATS;
for (const format of formats) if (!FORMATS.includes(format)) fail(`onbekend formaat "${format}"; kies uit ${FORMATS.join(', ')}`);

function fail(message) {
  console.error(`package:lms: ${message}`);
  process.exit(1);
}

/** The <title> (without " | Ja, tenzij") and meta description of a built page, and its jt-lms meta. */
function pageHead(html) {
  const head = { title: '', description: '', lms: undefined };
  walkSync(parse(html), (node) => {
    if (node.type !== ELEMENT_NODE) return;
    if (node.name === 'title')
      head.title = node.children
        .map((c) => c.value ?? '')
        .join('')
        .replace(/ \| Ja, tenzij$/, '');
    if (node.name === 'meta' && node.attributes.name === 'description') head.description = decodeAttribute(node.attributes.content);
    if (node.name === 'meta' && node.attributes.name === 'jt-lms') head.lms = JSON.parse(decodeAttribute(node.attributes.content));
  });
  return head;
}

const started = performance.now();
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const allModules = lmsModules(root).map((m) => m.folder);
const results = [];
let buildSeconds = 0;

for (const format of formats) {
  const buildDir = join(outDir, '.build', format);
  const buildStarted = performance.now();
  const build = spawnSync('npx', ['astro', 'build', '--outDir', buildDir], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      // The packager makes every URL relative; the build must use root paths to begin with.
      SITE_BASE: '/',
      LMS_FORMAT: format,
      LMS_COURSE_ID: new URL('lms/', `${site.replace(/\/$/, '')}/`).href,
      LMS_MODULES: allModules.join(','),
    },
  });
  if (build.status !== 0) fail(`de bouw voor ${format} faalde (code ${build.status})`);
  buildSeconds += (performance.now() - buildStarted) / 1000;

  const read = (path) => readFileSync(join(buildDir, path.replace(/^\//, ''), 'index.html'), 'utf8');
  const courses = lmsCourses({ site, projectRoot: root, routePage: (path) => pageHead(read(path)) });
  const wanted = list(values.course);
  for (const name of wanted ?? []) if (!courses.some((c) => c.name === name)) fail(`onbekende cursus "${name}"`);
  const built = pageHead(read(courses[0].startPath)).lms;
  if (!built) fail(`de pagina's van de ${format}-bouw hebben geen <meta name="jt-lms">`);

  for (const course of courses.filter((c) => !wanted || wanted.includes(c.name))) {
    const meta = { ...built, courseId: course.id, moduleIds: course.modules.map((m) => m.folder) };
    const { files, pages } = assemblePackage({ buildDir, course, format, meta });
    const zip = zipPackage(files);
    const file = `ja-tenzij-${course.name}-${format}.zip`;
    writeFileSync(join(outDir, file), zip);
    results.push({
      file,
      format,
      course: course.name,
      kind: course.kind,
      modules: meta.moduleIds,
      bytes: zip.length,
      files: files.size,
      pages,
    });
  }
  rmSync(buildDir, { recursive: true, force: true });
}
rmSync(join(outDir, '.build'), { recursive: true, force: true });

const totalSeconds = (performance.now() - started) / 1000;
writeFileSync(
  join(outDir, 'sizes.json'),
  `${JSON.stringify({ date: new Date().toISOString(), buildSeconds, totalSeconds, packages: results }, null, 2)}\n`,
);
console.log('\nPakket                                                       bestanden   grootte');
for (const r of results) console.log(`${r.file.padEnd(60)} ${String(r.files).padStart(9)}  ${(r.bytes / 1024).toFixed(0).padStart(5)} KB`);
console.log(`\n${results.length} pakketten in dist-lms/ in ${totalSeconds.toFixed(1)} s (waarvan bouwen ${buildSeconds.toFixed(1)} s).`);
