// The end-to-end run's servers, started by Playwright's webServer. It builds every site variant the
// tests need one after the other (two Astro builds at once would share .astro/ and Vite's cache),
// then serves them: the default site with `astro preview`, the variants with the bench's static server.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serve } from '../../bench/serve.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const base = Number(process.env.E2E_PORT ?? 4329);
const ports = { site: base, votingSite: base + 1, relay: base + 2 };
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

function build(args, extraEnv = {}) {
  const result = spawnSync('npx', ['astro', 'build', ...args], { cwd: root, stdio: 'inherit', env: { ...env, ...extraEnv } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// Variants first, the default site last, so dist/ is the default build for the Lighthouse gate.
// E2E_SKIP_VARIANTS=1 saves two builds in a targeted run that uses neither variant.
if (process.env.E2E_SKIP_VARIANTS !== '1') {
  build(['--outDir', 'dist-e2e/stemmen'], { PUBLIC_RELAY_URL: `http://127.0.0.1:${ports.relay}` });
  build(['--outDir', 'dist-e2e/lindewaard'], { GEMEENTE_CONFIG: 'examples/gemeente.voorbeeld-tweede.yaml' });
}
build([]);

if (existsSync(`${root}dist-e2e/stemmen`)) await serve(`${root}dist-e2e/stemmen`, ports.votingSite);
// --ignore-lock: Astro allows one preview per project otherwise, and a developer may have one open.
const preview = spawn('npx', ['astro', 'preview', '--ignore-lock', '--port', String(ports.site), '--host', '127.0.0.1'], {
  cwd: root,
  stdio: 'inherit',
  env,
});
const stop = () => {
  preview.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
preview.on('exit', (code) => process.exit(code ?? 0));
