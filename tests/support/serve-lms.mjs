// The LMS end-to-end run's server (playwright.lms.config.ts): makes the packages the tests play
// (npm run package:lms for two courses, all three formats) and serves, like an LMS file server:
//   /harness/          the test LMS page (tests/lms/harness.html)
//   /scorm-again/…     scorm-again's browser builds, the LMS side of SCORM
//   /pkg/<zip>/…       the files of dist-lms/<zip>.zip, read from the zip itself
//   /lrs/…             a fake cmi5 LMS and learning record store (fake-lrs-server.mjs)
// A folder address is not answered with its index.html, as Moodle's file server does not either:
// every link in a package must name its file.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { fakeLrs } from './fake-lrs-server.mjs';
import { CONTENT_TYPES } from '../../bench/serve.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const port = Number(process.env.JT_LMS_PORT ?? Number(process.env.E2E_PORT ?? 4329) + 2000);
export const E2E_COURSES = ['a1-burgerkracht-en-loslaten', 'route-bestuurders'];

// LMS_E2E_REUSE=1 keeps the packages of an earlier run (while writing tests); normally they are made fresh.
if (process.env.LMS_E2E_REUSE !== '1' || !existsSync(join(root, 'dist-lms/sizes.json'))) {
  const made = spawnSync(process.execPath, ['scripts/package-lms.mjs', '--course', E2E_COURSES.join(',')], { cwd: root, stdio: 'inherit' });
  if (made.status !== 0) process.exit(made.status ?? 1);
}

const packages = new Map();
const unzipped = (name) => {
  if (!packages.has(name)) {
    const file = join(root, 'dist-lms', `${name}.zip`);
    packages.set(name, existsSync(file) ? unzipSync(readFileSync(file)) : null);
  }
  return packages.get(name);
};

function find(pathname) {
  if (pathname === '/harness/') return readFileSync(join(root, 'tests/lms/harness.html'));
  const scorm = /^\/scorm-again\/(scorm12|scorm2004)\.min\.js$/.exec(pathname);
  if (scorm) return readFileSync(join(root, 'node_modules/scorm-again/dist', `${scorm[1]}.min.js`));
  const inPackage = /^\/pkg\/([^/]+)\/(.+)$/.exec(pathname);
  return inPackage ? unzipped(inPackage[1])?.[inPackage[2]] : undefined;
}

const lrs = fakeLrs(`http://127.0.0.1:${port}`);
const server = createServer(async (req, res) => {
  let payload = '';
  for await (const chunk of req) payload += chunk;
  if (lrs(req, res, payload)) return;
  const { pathname } = new URL(req.url ?? '/', 'http://x');
  const body = find(decodeURIComponent(pathname));
  if (!body) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Niet gevonden');
    return;
  }
  const ext = pathname === '/harness/' ? '.html' : extname(pathname);
  res.writeHead(200, { 'content-type': CONTENT_TYPES[ext] ?? 'application/octet-stream' }).end(body);
});
server.listen(port, '127.0.0.1');
process.on('SIGTERM', () => server.close(() => process.exit(0)));
