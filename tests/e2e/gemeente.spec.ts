import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { allRoutes, moduleRoutes } from '../support/routes';
import { root } from '../support/content-files';

// The second example municipality (examples/gemeente.voorbeeld-tweede.yaml), built by
// tests/support/serve-e2e.mjs into its own folder before the tests, one build after the other.
const secondDist = join(root, 'dist-e2e', 'lindewaard');
const SECOND_ORIGIN = 'http://lindewaard.test';

const html = (dist: string, route: string) => readFileSync(join(dist, route, 'index.html'), 'utf8');
/** The stylesheets a built page links to, read from the same build. */
const linkedCss = (dist: string, page: string) =>
  [...page.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readFileSync(join(dist, m[1]!), 'utf8')).join('\n');

/** Serves the second build to the browser under its own origin, straight from the folder. */
async function serveSecond(page: Page) {
  const types: Record<string, string> = {
    '.html': 'text/html',
    '.css': 'text/css',
    '.js': 'text/javascript',
    '.svg': 'image/svg+xml',
    '.json': 'application/json',
    '.woff2': 'font/woff2',
  };
  await page.route(`${SECOND_ORIGIN}/**`, async (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname);
    const file = join(secondDist, path.endsWith('/') ? `${path}index.html` : path);
    if (!existsSync(file)) return route.fulfill({ status: 404, body: 'niet gevonden' });
    return route.fulfill({ status: 200, body: readFileSync(file), contentType: types[extname(file)] ?? 'application/octet-stream' });
  });
}

test.describe('a second municipality from one settings file', () => {
  test.beforeAll(() => {
    expect(existsSync(join(secondDist, 'index.html')), `geen build in ${secondDist}`).toBe(true);
  });

  test('every page changes its name, logo, contact, links and theme', () => {
    for (const route of allRoutes()) {
      const second = html(secondDist, route);
      const first = html(join(root, 'dist'), route);
      expect(second, route).toContain('is het open leerplatform van de gemeente Lindewaard.');
      expect(second, route).toContain('alt="Logo van de gemeente Lindewaard"');
      expect(second, route).toContain('href="mailto:digitaal@lindewaard.example"');
      expect(second, route).toContain('<meta name="theme-color" content="#1b6b45"');
      expect(linkedCss(secondDist, second), route).toContain('#1b6b45');
      // The default build on the same page: the programme's own wording and theme, nothing of the second municipality.
      expect(first, route).toContain('is het open leerplatform van onze gemeente.');
      expect(first, route).not.toContain('Lindewaard');
      expect(linkedCss(join(root, 'dist'), first), route).not.toContain('#1b6b45');
    }
  });

  test('texts from MDX and YAML use the name, and module boxes show the local links', async ({ page }) => {
    await serveSecond(page);
    await page.goto(`${SECOND_ORIGIN}/modules/van-nee-maar-naar-ja-tenzij/`);
    await expect(page.getByText('Kijk wat de vrijwilligerspolis van de gemeente Lindewaard dekt.')).toBeVisible();
    const box = page.getByRole('complementary', { name: 'In Lindewaard' });
    await expect(box.getByRole('link', { name: 'De participatieverordening van de gemeente Lindewaard' })).toHaveAttribute(
      'href',
      'https://www.lindewaard.example/participatieverordening',
    );
    await expect(box.getByRole('link', { name: /uitdaagrecht/ })).toHaveAttribute('href', 'https://www.lindewaard.example/uitdaagrecht');
    await expect(box.getByRole('link', { name: 'initiatief@lindewaard.example' })).toHaveAttribute(
      'href',
      'mailto:initiatief@lindewaard.example',
    );
    // The theme reaches the page: the header band has the second municipality's green.
    await expect(page.locator('header').first()).toHaveCSS('background-color', 'rgb(27, 107, 69)');
    await expect(page.getByRole('img', { name: 'Logo van de gemeente Lindewaard' })).toBeVisible();

    await page.goto(`${SECOND_ORIGIN}/modules/teleurstelling-voorkomen/scenario/`);
    await expect(page.getByText('U bent sinds kort wethouder openbare ruimte in de gemeente Lindewaard.').first()).toBeVisible();
  });

  test('axe finds no violations on pages with the second theme, logo and boxes', async ({ page }) => {
    await serveSecond(page);
    for (const route of ['/', moduleRoutes()[1]!, '/toegankelijkheid/']) {
      await page.goto(`${SECOND_ORIGIN}${route}`);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(
        results.violations.map(
          (v) => `${route} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')}) ${v.nodes[0]?.failureSummary ?? ''}`,
        ),
      ).toEqual([]);
    }
  });
});

test('with the default settings no module shows an empty "In onze gemeente" box', async ({ page }) => {
  for (const route of moduleRoutes()) {
    await page.goto(route);
    await expect(page.getByRole('complementary', { name: 'In onze gemeente' })).toHaveCount(0);
  }
  await expect(page.getByRole('contentinfo')).toContainText('Ja, tenzij is het open leerplatform van onze gemeente.');
});

test('security.txt follows RFC 9116 and has not lapsed', async ({ request, baseURL }) => {
  const response = await request.get('/.well-known/security.txt');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('text/plain');
  const text = await response.text();
  expect(text).toMatch(/^Contact: (mailto:|https:\/\/)\S+$/m);
  expect(text).toMatch(/^Preferred-Languages: nl, en$/m);
  expect(text).toMatch(/^Canonical: https?:\/\/\S+\/\.well-known\/security\.txt$/m);
  const expires = new Date(/^Expires: (\S+)$/m.exec(text)![1]!);
  expect(expires.getTime()).toBeGreaterThan(Date.now());
  expect(expires.getTime()).toBeLessThanOrEqual(Date.now() + 366 * 24 * 3600 * 1000);
  expect(baseURL).toBeTruthy();
});
