// Puts one package together from a build: the course's pages, the pages every package carries, the
// styles, scripts, fonts and images they use, and the control file with its schemas.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, walkSync, ELEMENT_NODE } from 'ultrahtml';
import { MANIFEST, MANIFEST_FILE, SCHEMA_FILES } from './manifests.mjs';
import { rewritePage, decodeAttribute } from './rewrite-html.mjs';
import { rewriteStylesheet } from './rewrite-css.mjs';
import { builtFileExists, fileOfSitePath, isSitePath, splitSiteUrl } from './site-paths.mjs';

/**
 * Pages every package carries besides its modules: the glossary the modules link to, the log book (where
 * the learner exports the reflections that never go to the LMS), the privacy page that says so, and the
 * accessibility statement.
 */
export const SUPPORT_PAGES = ['/begrippen/', '/logboek/', '/privacy/', '/toegankelijkheid/'];
/** Case pages a module links to come along, so a reference in the text still leads somewhere. */
const LINKED_SECTIONS = ['/praktijk/'];
/** Never in a package: the offline service worker and its list, and the site-wide search index. */
const NEVER = new Set(['sw.js', 'precache.json', 'zoekindex.json']);

const schemaDir = new URL('./schemas/', import.meta.url);
const encoder = new TextEncoder();

/**
 * @param {{ buildDir: string, course: import('./courses.mjs').LmsCourse, format: 'scorm12' | 'scorm2004' | 'cmi5', meta: object }} options
 *   meta: the page's <meta name="jt-lms"> content for this package
 * @returns {{ files: Map<string, Uint8Array>, pages: string[] }}
 */
export function assemblePackage({ buildDir, course, format, meta }) {
  const read = (file) => readFileSync(join(buildDir, file));
  const pageFile = (path) => fileOfSitePath(path);

  /** @type {Map<string, string[]>} module folder → its page files */
  const moduleFiles = new Map();
  const launch = new Map();
  for (const m of course.modules) {
    const files = [pageFile(m.path), pageFile(`${m.path}scenario/`)].filter((f) => builtFileExists(buildDir, f));
    moduleFiles.set(m.folder, files);
    launch.set(m.folder, files[0]);
  }
  const pages = new Set([...moduleFiles.values()].flat());
  const startFile = pageFile(course.startPath);
  pages.add(startFile);
  for (const path of SUPPORT_PAGES) pages.add(pageFile(path));
  for (const file of [...moduleFiles.values()].flat())
    for (const path of linkedPages(read(file).toString('utf8'), LINKED_SECTIONS))
      if (builtFileExists(buildDir, pageFile(path))) pages.add(pageFile(path));

  const included = (file) => (file.endsWith('.html') ? pages.has(file) : !NEVER.has(file) && builtFileExists(buildDir, file));
  const files = new Map();
  const pending = [];
  for (const file of [...pages].sort()) {
    const result = rewritePage(read(file).toString('utf8'), { file, included, startFile, meta });
    files.set(file, encoder.encode(result.html));
    pending.push(...result.assets);
  }

  // Styles and scripts name what they load (fonts; chunks a script imports), so follow them.
  const builtAssets = readdirSync(join(buildDir, '_astro')).map((name) => `_astro/${name}`);
  while (pending.length) {
    const file = /** @type {string} */ (pending.pop());
    if (files.has(file)) continue;
    if (file.endsWith('.css')) {
      const result = rewriteStylesheet(read(file).toString('utf8'), file);
      files.set(file, encoder.encode(result.css));
      pending.push(...result.assets);
    } else if (file.endsWith('.js')) {
      const code = read(file).toString('utf8');
      if (/["'`]\/_astro\//.test(code)) throw new Error(`${file} laadt bestanden vanaf de hoofdmap van de site; bouw met LMS_FORMAT`);
      if (code.includes('serviceWorker.register')) throw new Error(`${file} registreert een service worker; die hoort niet in een pakket`);
      files.set(file, read(file));
      for (const other of builtAssets) if (other !== file && code.includes(other.slice('_astro/'.length))) pending.push(other);
    } else {
      files.set(file, read(file));
    }
  }

  const sharedFiles = [...files.keys()].filter((f) => ![...moduleFiles.values()].flat().includes(f)).sort();
  const control = MANIFEST[format]({ course, masteryScore: meta.masteryScore, launch, moduleFiles, sharedFiles });
  files.set(MANIFEST_FILE[format], encoder.encode(control));
  const schemas = SCHEMA_FILES[format];
  for (const name of schemas.files) files.set(name, readFileSync(new URL(`${schemas.folder}/${name}`, schemaDir)));
  return { files, pages: [...pages].sort() };
}

/** The site paths under `sections` that a page links to ("/praktijk/pilot-doe-democratie/"). */
function linkedPages(html, sections) {
  const found = new Set();
  walkSync(parse(html), (node) => {
    if (node.type !== ELEMENT_NODE || node.name !== 'a' || !node.attributes.href) return;
    const { path } = splitSiteUrl(decodeAttribute(node.attributes.href));
    if (isSitePath(path) && sections.some((section) => path.startsWith(section) && path !== section)) found.add(path);
  });
  return found;
}
