import { test as base, expect } from '@playwright/test';

/**
 * A page fixture that records what a user would never want: console errors,
 * failed requests and requests to any other origin. Tests assert on `problems`.
 */
export const test = base.extend<{ problems: { consoleErrors: string[]; foreignRequests: string[]; failed: string[] } }>({
  problems: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL!).origin;
    const problems = { consoleErrors: [] as string[], foreignRequests: [] as string[], failed: [] as string[] };
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.consoleErrors.push(msg.text());
    });
    page.on('pageerror', (error) => problems.consoleErrors.push(error.message));
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.foreignRequests.push(url);
    });
    page.on('requestfailed', (request) => problems.failed.push(`${request.url()} ${request.failure()?.errorText ?? ''}`));
    await use(problems);
  },
});

export { expect };
