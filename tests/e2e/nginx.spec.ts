import { test, expect } from './fixtures';
import type { APIResponse } from '@playwright/test';
import { allRoutes } from '../support/routes';

// Runs through playwright.nginx.config.ts: the site built with SITE_BASE=/leren/ and
// served by the project's nginx configuration (deploy/nginx).
const BASE = '/leren';
const at = (route: string) => `${BASE}${route}`;
const MODULE = '/modules/burgerkracht-en-loslaten/';

/** A Content-Security-Policy as directive name → sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

function expectSecurityHeaders(response: APIResponse) {
  const headers = response.headers();
  expect(headers['strict-transport-security']).toMatch(/^max-age=\d{7,}/);
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['content-security-policy']).toContain("frame-ancestors 'self'");
}

test('pages carry the policy as built, the security headers and revalidation, compressed', async ({ request }) => {
  const response = await request.get(at(MODULE), { headers: { 'Accept-Encoding': 'br' } });
  expect(response.status()).toBe(200);
  expectSecurityHeaders(response);
  expect(response.headers()['cache-control']).toBe('no-cache');
  expect(response.headers()['content-encoding']).toBe('br');

  // The header allows exactly what the page's own <meta> policy allows, plus frame-ancestors.
  const html = await response.text();
  const meta = html.match(/<meta http-equiv="content-security-policy" content="([^"]*)"/i)?.[1];
  expect(meta).toBeTruthy();
  const fromPage = directives(meta!);
  const fromHeader = directives(response.headers()['content-security-policy']!);
  for (const [name, sources] of fromPage) expect(fromHeader.get(name), name).toEqual(sources);
  expect([...fromHeader.keys()].sort()).toEqual([...fromPage.keys(), 'frame-ancestors'].sort());
  expect(response.headers()['content-security-policy']).not.toContain('unsafe-inline');

  const gzip = await request.get(at('/zoekindex.json'), { headers: { 'Accept-Encoding': 'gzip' } });
  expect(gzip.headers()['content-encoding']).toBe('gzip');
});

test('hashed assets are cached for a year; the service worker and its list are revalidated', async ({ page, request }) => {
  await page.goto(at(MODULE));
  const stylesheet = await page.locator('link[rel="stylesheet"]').first().getAttribute('href');
  expect(stylesheet).toMatch(/^\/leren\/_astro\//);
  const asset = await request.get(stylesheet!);
  expect(asset.status()).toBe(200);
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expectSecurityHeaders(asset);

  for (const file of ['/sw.js', '/precache.json']) {
    const response = await request.get(at(file));
    expect(response.status(), file).toBe(200);
    expect(response.headers()['cache-control'], file).toBe('no-cache');
  }
  expect((await request.get(at('/sw.js'))).headers()['content-type']).toMatch(/^(application|text)\/javascript/);
});

test('an unknown address gets the site’s own 404 page, and the path without slash leads to the site', async ({ page, request }) => {
  const missing = await page.goto(at('/bestaat-niet/'));
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ja, tenzij' }).first()).toHaveAttribute('href', '/leren/');
  const bare = await request.get(BASE, { maxRedirects: 0 });
  expect(bare.status()).toBe(301);
  expect(bare.headers()['location']).toBe('/leren/');
  expect((await request.get('/andere-site/')).status()).toBe(404);
});

// Every page loads under the sub-path with nothing blocked by the policy and no request
// outside /leren/. Ten pages per test, so both workers share the load and no test runs long.
const routes = allRoutes();
const PER_TEST = 10;
const parts = Array.from({ length: Math.ceil(routes.length / PER_TEST) }, (_, i) => routes.slice(i * PER_TEST, (i + 1) * PER_TEST));
parts.forEach((part, index) => {
  test(`every page works under /leren/ (part ${index + 1} of ${parts.length})`, async ({ page, problems }) => {
    const outside: string[] = [];
    const failed: string[] = [];
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (url.protocol.startsWith('http') && !url.pathname.startsWith(`${BASE}/`)) outside.push(url.pathname);
    });
    // Status codes rather than failed requests: moving to the next page aborts what is still loading.
    page.on('response', (res) => {
      if (res.status() >= 400) failed.push(`${new URL(res.url()).pathname} ${res.status()}`);
    });
    for (const route of part) {
      const response = await page.goto(at(route), { waitUntil: 'load' });
      if (response?.status() !== 200) failed.push(`${route} ${response?.status()}`);
    }
    expect(failed).toEqual([]);
    expect(outside).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });
});

test('search finds pages under /leren/, with and without the results panel', async ({ page, problems }) => {
  await page.goto(at('/'));
  const field = page.getByRole('searchbox', { name: 'Zoek in modules, begrippen en praktijk' });
  await field.fill('buurtbudget');
  const first = page.locator('[data-jt-search-panel] a.jt-search-result__link').first();
  await expect(first).toBeVisible();
  expect(await first.getAttribute('href')).toMatch(/^\/leren\//);
  await field.press('Enter');
  await expect(page).toHaveURL(/\/leren\/zoeken\/\?q=buurtbudget$/);
  await expect(page.getByRole('heading', { level: 2, name: /^Begrippen/ })).toBeVisible();
  expect(problems.consoleErrors).toEqual([]);
});

test('the service worker takes the sub-path as its scope and serves the site offline', async ({ page, context }) => {
  await page.goto(at('/workshop/burgerkracht-en-loslaten/'));
  const scope = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
    return registration.scope;
  });
  expect(new URL(scope).pathname).toBe('/leren/');
  await context.setOffline(true);
  await page.goto(at('/begrippen/'));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto(at(MODULE));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Burgerkracht zien en loslaten');
  await context.setOffline(false);
});
