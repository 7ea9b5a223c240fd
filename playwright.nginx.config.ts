import { defineConfig } from '@playwright/test';
import shared from './playwright.config';

// The hosting test: the site built with SITE_BASE=/leren/, served by the project's nginx
// configuration (deploy/nginx) instead of `astro preview`. Its port sits 1000 above the
// e2e port, so parallel runs with different E2E_PORTs do not collide.
const port = Number(process.env.JT_NGINX_PORT ?? Number(process.env.E2E_PORT ?? 4329) + 1000);

const chromium = shared.projects!.find((project) => project.name === 'chromium')!;

export default defineConfig({
  ...shared,
  testIgnore: [],
  testMatch: 'nginx.spec.ts',
  // Its own single project: the shared projects ignore nginx.spec.ts and match the voting specs.
  projects: [{ name: 'nginx', testMatch: 'nginx.spec.ts', use: chromium.use! }],
  use: { ...shared.use, baseURL: `http://127.0.0.1:${port}` },
  webServer: {
    command: 'node tests/support/nginx-server.mjs',
    url: `http://127.0.0.1:${port}/leren/`,
    reuseExistingServer: false,
    timeout: 180_000,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    env: { JT_NGINX_PORT: String(port), ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
