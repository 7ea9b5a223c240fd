import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const MODULE = '/modules/burgerkracht-en-loslaten/';
const SEARCH_LABEL = 'Zoek in modules, begrippen en praktijk';

async function expectNoAxeViolations(page: Page, state: string) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.length}× ${v.help} (${v.nodes[0]?.target.join(' ')})`),
    state,
  ).toEqual([]);
}

/**
 * A <summary> that opens a panel. Browsers announce it as a button with its open or closed
 * state, but Playwright gives <summary> no role, so it is found by its element and text.
 */
const disclosure = (page: Page, name: string) => page.locator('summary').filter({ hasText: name });

/** The module's summary, as its meta description carries it. */
async function summaryStart(page: Page) {
  const summary = (await page.locator('meta[name="description"]').getAttribute('content'))!;
  return page.getByText(summary.split(' ').slice(0, 6).join(' ')).first();
}

for (const width of [320, 360, 390]) {
  test.describe(`on a ${width} px phone`, () => {
    test.use({ viewport: { width, height: 640 } });

    test('the header is one short row, and the module heading and summary are on the first screen', async ({ page }) => {
      await page.goto(MODULE);
      const header = await page.getByRole('banner').boundingBox();
      expect(header!.height).toBeLessThanOrEqual(100);
      const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
      expect(heading!.y + heading!.height).toBeLessThanOrEqual(640);
      const summary = await (await summaryStart(page)).boundingBox();
      // At least the first line of the summary is on the screen.
      expect(summary!.y + 30).toBeLessThanOrEqual(640);
      await expect(disclosure(page, 'Menu')).toBeVisible();
      await expect(disclosure(page, 'Zoeken')).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page, 'closed');
    });

    test('the menu and the search open and close with the keyboard', async ({ page }) => {
      await page.goto(MODULE);
      const menu = disclosure(page, 'Menu');
      await menu.focus();
      await page.keyboard.press('Enter');
      const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
      await expect(nav.getByRole('link', { name: 'Ambtenaren' })).toBeVisible();
      await expectNoAxeViolations(page, 'menu open');
      await page.keyboard.press('Tab');
      await expect(nav.getByRole('link', { name: 'Ambtenaren' })).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(menu).toBeFocused();
      await expect(nav).toBeHidden();

      // Tab from the menu button reaches the search button; Enter opens it with the cursor in the field.
      await page.keyboard.press('Tab');
      const searchButton = disclosure(page, 'Zoeken');
      await expect(searchButton).toBeFocused();
      await page.keyboard.press('Enter');
      const field = page.getByRole('searchbox', { name: SEARCH_LABEL });
      await expect(field).toBeFocused();
      expect((await field.boundingBox())!.width).toBeGreaterThan(width / 2);
      await expectNoAxeViolations(page, 'search open');
      await page.keyboard.type('loslaten');
      await expect(page.locator('[data-jt-search-status]')).toContainText('loslaten');
      await expectNoAxeViolations(page, 'search results');
      // The first Escape closes the results, the second the search itself.
      await page.keyboard.press('Escape');
      await expect(page.locator('[data-jt-search-panel]')).toBeHidden();
      await expect(field).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(searchButton).toBeFocused();
      // Folded away again: the search form is a 1 px, clipped box until it gets the focus.
      expect((await page.getByRole('search', { name: 'Zoeken op de site' }).boundingBox())!.width).toBeLessThanOrEqual(1);
    });

    test('"/" puts the cursor in the search field and unfolds it', async ({ page }) => {
      await page.goto(MODULE);
      await page.getByRole('heading', { level: 1 }).click();
      await page.keyboard.press('/');
      const field = page.getByRole('searchbox', { name: SEARCH_LABEL });
      await expect(field).toBeFocused();
      expect((await field.boundingBox())!.width).toBeGreaterThan(width / 2);
      await page.keyboard.type('buurt');
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\/zoeken\/\?q=buurt$/);
    });
  });
}

test.describe('on a phone without JavaScript', () => {
  test.use({ viewport: { width: 360, height: 640 }, javaScriptEnabled: false });

  test('the menu opens and the search form sends the reader to the search page', async ({ page }) => {
    await page.goto(MODULE);
    await disclosure(page, 'Menu').click();
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Begrippen' })).toBeVisible();
    await disclosure(page, 'Zoeken').click();
    const field = page.getByRole('searchbox', { name: SEARCH_LABEL });
    expect((await field.boundingBox())!.width).toBeGreaterThan(180);
    await field.fill('uitdaagrecht');
    await field.press('Enter');
    await expect(page).toHaveURL(/\/zoeken\/\?q=uitdaagrecht$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});

test.describe('on a desktop screen', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the header keeps its row of links and its search field, without the phone buttons', async ({ page }) => {
    await page.goto(MODULE);
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    for (const name of ['Ambtenaren', 'Raad en college', 'Trainers', 'Programma', 'Begrippen', 'Praktijk']) {
      await expect(nav.getByRole('link', { name })).toBeVisible();
    }
    await expect(page.getByRole('searchbox', { name: SEARCH_LABEL })).toBeVisible();
    await expect(disclosure(page, 'Menu')).toBeHidden();
    await expect(disclosure(page, 'Zoeken')).toBeHidden();
    await expect(page.getByText('leren over participatie')).toBeVisible();
  });
});
