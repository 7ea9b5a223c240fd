import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { contentIds, moduleFolders } from '../support/content-files';
import { holdIslandScript } from '../support/held-island';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Waits until the /zoeken/ island has hydrated, so typed keys are not lost. */
async function searchPageReady(page: Page) {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(page.locator('.jt-search[data-ready]')).toHaveCount(1);
}

test('from the header: "/" focuses the field, typing shows results, ↓ and Enter open the section', async ({ page, problems }) => {
  const indexRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('zoekindex.json')) indexRequests.push(request.url());
  });
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(indexRequests, 'the index loads only when search is used').toEqual([]);

  await page.keyboard.press('/');
  const field = page.getByRole('searchbox', { name: 'Zoek in modules, begrippen en praktijk' });
  await expect(field).toBeFocused();
  await page.keyboard.type('loting');
  const panel = page.locator('[data-jt-search-panel]');
  await expect(panel.locator('a.jt-search-result__link').first()).toBeVisible();
  await expect(page.locator('[data-jt-search-status]')).toContainText(/resultaten? voor ‘loting’/);
  expect(indexRequests.length).toBe(1);

  // Escape closes the panel; typing opens it again.
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(field).toBeFocused();
  await page.keyboard.press('Backspace');
  await page.keyboard.type('g');
  await expect(panel.locator('a.jt-search-result__link').first()).toBeVisible();

  await page.keyboard.press('ArrowDown');
  const first = panel.locator('a.jt-search-result__link').first();
  await expect(first).toBeFocused();
  const href = (await first.getAttribute('href'))!;
  expect(href).toBe('/modules/afwegen-en-mandaat/#wie-zat-er-aan-tafel');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(href);
  await expect(page.locator('#wie-zat-er-aan-tafel')).toBeInViewport();
  expect(problems.consoleErrors).toEqual([]);
});

test('"/" is typed as a character while the focus is in a text field', async ({ page }) => {
  await page.goto('/zoeken/');
  await searchPageReady(page);
  const field = page.getByRole('searchbox', { name: 'Waar zoekt u naar?' });
  await page.keyboard.press('/');
  await expect(field).toBeFocused();
  await page.keyboard.type('a/b');
  await expect(field).toHaveValue('a/b');
});

test('the search page reads ?q=, groups results, marks matches and moves through results with the arrow keys', async ({
  page,
  problems,
}) => {
  await page.goto('/zoeken/?q=initiatieven');
  await searchPageReady(page);
  const field = page.getByRole('searchbox', { name: 'Waar zoekt u naar?' });
  await expect(field).toHaveValue('initiatieven');
  await expect(page.locator('.jt-search__status')).toHaveAttribute('aria-live', 'polite');
  await expect(page.locator('.jt-search__status')).toContainText(/\d+ resultaten voor ‘initiatieven’/);
  await expect(page.getByRole('heading', { level: 2, name: /^Begrippen/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Modules/ })).toBeVisible();
  await expect(page.locator('.jt-search-results mark.nl-mark', { hasText: /^initiatief$/i }).first()).toBeVisible();

  const links = page.locator('.jt-search-results a.jt-search-result__link');
  await field.focus();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(field).toBeFocused();

  await field.fill('participeren');
  await expect(page).toHaveURL(/\?q=participeren$/);
  await expect(page.locator('.jt-search-results mark.nl-mark', { hasText: /^participatie$/i }).first()).toBeVisible();

  // A word inside a compound finds the compound: budget → buurtbudget.
  await field.fill('budget');
  await expect(page.locator('.jt-search-results a.jt-search-result__link', { hasText: /^Buurtbudget$/ })).toBeVisible();
  await expect(page.locator('.jt-search-results mark.nl-mark', { hasText: /^buurtbudget$/i }).first()).toBeVisible();
  expect(problems.consoleErrors).toEqual([]);
});

test('typing on the search page shows results from the search worker and announces how many there are', async ({ page, problems }) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto('/zoeken/');
  await searchPageReady(page);
  const field = page.getByRole('searchbox', { name: 'Waar zoekt u naar?' });
  await field.click();
  await page.keyboard.type('draagvlak');
  const status = page.getByRole('status');
  await expect(status).toHaveText(/^\d+ resultaten voor ‘draagvlak’\.$/);
  const terms = page.getByRole('list', { name: /^Begrippen/ });
  await expect(terms.getByRole('link', { name: 'Draagvlak', exact: true })).toHaveAttribute('href', '/begrippen/#draagvlak');
  // The count the status announces is the number of results on the page.
  const announced = Number(/^(\d+)/.exec((await status.textContent())!)![1]);
  await expect(
    page
      .getByRole('main')
      .getByRole('listitem')
      .filter({ has: page.locator('a.jt-search-result__link') }),
  ).toHaveCount(announced);
  await expect(page.getByRole('heading', { name: 'Alles op een rij' })).toBeHidden();
  expect(
    workers.some((url) => url.includes('search.worker')),
    'the index is loaded and queried in a worker',
  ).toBe(true);

  await field.fill('budget');
  await expect(status).toHaveText(/resultaten? voor ‘budget’/);
  await expect(page.getByRole('link', { name: 'Buurtbudget', exact: true })).toBeVisible();
  expect(problems.consoleErrors).toEqual([]);
});

for (const [what, pattern] of [
  ['the index', '**/zoekindex.json'],
  ['the search worker', '**/search.worker*'],
] as const) {
  test(`when ${what} does not load, the page says so in Dutch and links to the full list`, async ({ page }) => {
    await page.route(pattern, (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto('/zoeken/?q=draagvlak');
    await searchPageReady(page);
    await expect(page.getByRole('status')).toHaveText('Zoeken lukt nu niet. Gebruik de lijst met alles op een rij.');
    const link = page.getByRole('link', { name: 'in de lijst Alles op een rij' });
    await expect(link).toBeVisible();
    const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await link.click();
    await expect(page).toHaveURL(/#alles-op-een-rij$/);
    await expect(page.getByRole('heading', { name: 'Alles op een rij' })).toBeInViewport();
    await expect(page.getByRole('link', { name: 'Draagvlak', exact: true })).toHaveAttribute('href', '/begrippen/#draagvlak');
  });
}

test('words typed on the search page before its script arrived are kept and searched', async ({ page }) => {
  const release = await holdIslandScript(page, 'SearchPage');
  await page.goto('/zoeken/', { waitUntil: 'domcontentloaded' });
  await page.getByLabel('Waar zoekt u naar?').fill('loting');
  release();
  await searchPageReady(page);
  await expect(page.getByLabel('Waar zoekt u naar?')).toHaveValue('loting');
  await expect(page.locator('.jt-search-results a.jt-search-result__link').first()).toBeVisible();
  await expect(page).toHaveURL(/\/zoeken\/\?q=loting$/);
});

test('no results, only stop words and query syntax give a helpful state, never an error', async ({ page, problems }) => {
  await page.goto('/zoeken/?q=xyzzy');
  await searchPageReady(page);
  await expect(page.locator('.jt-search__status')).toHaveText('Geen resultaten voor ‘xyzzy’.');
  const help = page.locator('.jt-search__empty');
  await expect(help.getByRole('link', { name: 'Uitdaagrecht' })).toBeVisible();
  await expect(help.getByRole('link', { name: 'Ambtenaren' })).toHaveAttribute('href', '/ambtenaren/');
  await expect(help.getByRole('link', { name: 'Raads- en collegeleden' })).toHaveAttribute('href', '/bestuurders/');
  await expect(help.getByRole('link', { name: 'Trainers' })).toHaveAttribute('href', '/trainers/');

  const field = page.getByRole('searchbox', { name: 'Waar zoekt u naar?' });
  await field.fill('de het een');
  await expect(page.locator('.jt-search__status')).toContainText('alleen heel gewone woorden');
  for (const input of ['"draagvlak"', 'title:draagvlak*', '+~^-', 'draagvlak '.repeat(300)]) {
    await field.fill(input);
    await expect(page.locator('.jt-search__status')).not.toBeEmpty();
  }
  expect(problems.consoleErrors).toEqual([]);
});

test('every result links to an anchor that exists on its page', async ({ request }) => {
  const data = (await (await request.get('/zoekindex.json')).json()) as { docs: [string, string, string, string, string][] };
  const pages = new Map<string, string>();
  for (const [, , , url] of data.docs) {
    const [path, hash] = url.split('#');
    if (!pages.has(path!)) pages.set(path!, await (await request.get(path!)).text());
    if (hash) expect(pages.get(path!), url).toContain(`id="${hash}"`);
  }
});

test('axe finds no WCAG 2.1 A/AA violations on /zoeken/ with results, nor with the header panel open', async ({ page }) => {
  await page.goto('/zoeken/?q=draagvlak');
  await searchPageReady(page);
  await expect(page.locator('.jt-search-results a').first()).toBeVisible();
  const onPage = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = (results: typeof onPage) =>
    results.violations.map((v) => `${v.id}: ${v.nodes.length}× ${v.help} (${v.nodes[0]?.target.join(' ')})`);
  expect(summary(onPage)).toEqual([]);

  await page.getByRole('searchbox', { name: 'Zoek in modules, begrippen en praktijk' }).fill('buurt');
  await expect(page.locator('[data-jt-search-panel] a.jt-search-result__link').first()).toBeVisible();
  expect(summary(await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze())).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header form opens /zoeken/, which lists every module, its sections, the cases and all terms', async ({ page }) => {
    await page.goto('/begrippen/');
    await page.getByRole('searchbox', { name: 'Zoek in modules, begrippen en praktijk' }).fill('buurt');
    await page.getByRole('button', { name: 'Zoeken' }).press('Enter');
    await expect(page).toHaveURL(/\/zoeken\/\?q=buurt$/);
    await expect(page.locator('noscript')).toHaveCount(1);

    const listing = page.locator('.jt-search-index');
    const modules = listing.locator('.jt-search-index__modules > li');
    await expect(modules).toHaveCount(moduleFolders().length);
    for (const folder of moduleFolders()) {
      const path = `/modules/${folder.replace(/^\d{2}-/, '')}/`;
      await expect(listing.locator(`a[href="${path}"]`)).toHaveCount(1);
      expect(await listing.locator(`a[href^="${path}#"]`).count(), path).toBeGreaterThanOrEqual(3);
    }
    await expect(listing.locator('a[href^="/begrippen/#"]')).toHaveCount(contentIds('content/begrippen').length);
    await expect(listing.locator('a[href^="/praktijk/"]')).toHaveCount(contentIds('content/praktijk').length);
    await listing.getByRole('link', { name: 'Uitdaagrecht', exact: true }).click();
    await expect(page).toHaveURL(/\/begrippen\/#uitdaagrecht$/);
  });
});
