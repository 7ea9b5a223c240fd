import { defineConfig } from '@playwright/test';
import shared from './playwright.config';

// The LMS packages in a stand-in learning system: tests/lms/ plays them in tests/lms/harness.html with
// scorm-again (SCORM 1.2 and 2004) and a fake learning record store (cmi5). The server first makes the
// packages (npm run package:lms for two courses), so it needs no site build. Its port sits 2000 above
// the e2e port, so parallel runs with different E2E_PORTs do not collide.
const port = Number(process.env.JT_LMS_PORT ?? Number(process.env.E2E_PORT ?? 4329) + 2000);

const chromium = shared.projects!.find((project) => project.name === 'chromium')!;

export default defineConfig({
  ...shared,
  testDir: 'tests/lms',
  testIgnore: [],
  testMatch: '*.spec.ts',
  projects: [{ name: 'lms', use: chromium.use! }],
  use: { ...shared.use, baseURL: `http://127.0.0.1:${port}` },
  webServer: {
    command: 'node tests/support/serve-lms.mjs',
    url: `http://127.0.0.1:${port}/harness/`,
    reuseExistingServer: false,
    timeout: 300_000,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    env: { JT_LMS_PORT: String(port), ASTRO_TELEMETRY_DISABLED: '1', LMS_E2E_REUSE: process.env.LMS_E2E_REUSE ?? '' },
  },
});
