import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { CHROME_ARGS, CHROMIUM_PATH } from './tests/support/chromium.mjs';

// The tests use the system's Chromium (Debian: apt-get install chromium); Playwright's own
// browser download is not available on our machines.
const chromium = CHROMIUM_PATH;
if (!existsSync(chromium)) {
  throw new Error(
    `Chromium niet gevonden op ${chromium}. Installeer het (Debian/Ubuntu: sudo apt-get install chromium) ` +
      'of geef het pad op met CHROMIUM_PATH=/pad/naar/chromium npm test.',
  );
}

const port = Number(process.env.E2E_PORT ?? 4329);

/** The specs that start the relay on E2E_PORTS.relay. */
const VOTING_SPECS = /vote-[^/]*\.spec\.ts$/;

const chromiumUse = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath: chromium,
    args: CHROME_ARGS,
  },
};

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
  },
  projects: [
    {
      name: 'chromium',
      // A project's testIgnore replaces the top-level one, so both exclusions live here. nginx.spec.ts runs
      // against nginx under a sub-path: playwright.nginx.config.ts (npm run test:nginx).
      testIgnore: [VOTING_SPECS, '**/nginx.spec.ts'],
      use: chromiumUse,
    },
    {
      // The voting specs share one relay port (the voting build points to it), so they run one at a time.
      name: 'voting',
      testMatch: VOTING_SPECS,
      workers: 1,
      use: chromiumUse,
    },
  ],
  webServer: {
    // Tests run against production builds, never the dev server: the default site and its variants.
    command: `node tests/support/serve-e2e.mjs`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 180_000,
    env: { ASTRO_TELEMETRY_DISABLED: '1', E2E_PORT: String(port) },
  },
});
