// Serves a build of the site with the project's own nginx configuration, under the
// sub-path /leren/, for tests/e2e/nginx.spec.ts (playwright.nginx.config.ts starts it).
// Steps: build with SITE_BASE=/leren/ into a temporary folder (dist/ is left alone),
// render deploy/nginx for that build, check it with `nginx -t`, then run nginx in the
// foreground until Playwright stops it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BASE = '/leren/';
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so';
const port = Number(process.env.JT_NGINX_PORT);
const nginx = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const root = fileURLToPath(new URL('../../', import.meta.url));
const work = join(tmpdir(), `jt-nginx-${port}`);

/** @param {string} message @returns {never} */
const fail = (message) => {
  console.error(message);
  process.exit(1);
};
/** @param {string} command @param {string[]} args @param {NodeJS.ProcessEnv} [env] */
const run = (command, args, env) => {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) fail(`${command} ${args.join(' ')} mislukte (code ${result.status}).`);
};

if (!Number.isInteger(port) || port <= 0) fail('JT_NGINX_PORT ontbreekt: start deze server via playwright.nginx.config.ts.');
if (!existsSync(nginx) || !existsSync(BROTLI_MODULE)) {
  fail(
    `nginx met de brotli-module niet gevonden (${nginx}, ${BROTLI_MODULE}). Installeer ze ` +
      '(Debian/Ubuntu: sudo apt-get install nginx libnginx-mod-http-brotli-filter) of geef het pad op met NGINX_PATH=/pad/naar/nginx.',
  );
}

rmSync(work, { recursive: true, force: true });
const siteDir = join(work, 'root', BASE);
const confDir = join(work, 'conf');
const runtimeDir = join(work, 'run');
mkdirSync(runtimeDir, { recursive: true });

run('npx', ['astro', 'build', '--outDir', siteDir], { SITE_BASE: BASE, ASTRO_TELEMETRY_DISABLED: '1' });
run(process.execPath, [
  'deploy/nginx/render-config.mjs',
  '--dist',
  siteDir,
  '--base',
  BASE,
  '--root',
  join(work, 'root'),
  '--listen',
  `127.0.0.1:${port}`,
  '--brotli',
  '--standalone',
  confDir,
  '--runtime-dir',
  runtimeDir,
  '--access-log',
  'off',
]);
const conf = join(confDir, 'nginx.conf');
run(nginx, ['-t', '-q', '-e', 'stderr', '-c', conf]);

const server = spawn(nginx, ['-e', 'stderr', '-c', conf, '-g', 'daemon off;'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill('SIGTERM'));
server.on('exit', (code) => {
  rmSync(work, { recursive: true, force: true });
  process.exit(code ?? 0);
});
