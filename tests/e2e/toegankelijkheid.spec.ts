import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { allRoutes } from '../support/routes';

test('the footer leads to the toegankelijkheidsverklaring, which states an honest status and a contact', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Toegankelijkheid' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Toegankelijkheidsverklaring');
  // No manual WCAG-EM audit has been done or planned: by the Dutch model that is status D.
  await expect(page.getByRole('heading', { level: 2, name: 'Status: D, voldoet niet' })).toBeVisible();
  await expect(page.getByText('Er is nog geen handmatig onderzoek gedaan.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Wat nog niet goed is' })).toBeVisible();
  const contact = page.locator('main').getByRole('link', { name: 'webredactie@ja-tenzij.example' });
  await expect(contact).toHaveAttribute('href', 'mailto:webredactie@ja-tenzij.example');
});

test('the lists of tested pages and tests come from the test suite and open by keyboard', async ({ page }) => {
  await page.goto('/toegankelijkheid/');
  const routes = allRoutes();
  const pages = page.getByText(`De ${routes.length} pagina's die elke keer getest worden`);
  await pages.focus();
  await page.keyboard.press('Enter');
  const list = page.locator('details', { has: pages }).getByRole('listitem');
  await expect(list).toHaveCount(routes.length);
  await expect(list.getByRole('link', { name: '/toegankelijkheid/', exact: true })).toBeVisible();

  const all = page.getByText(/^Alle \d+ automatische tests, per bestand$/);
  await all.focus();
  await page.keyboard.press('Enter');
  // This very test is listed: the page reads the spec files when the site is built.
  const allTests = page.locator('details', { has: all });
  await expect(allTests.getByText('the lists of tested pages and tests come from the test suite and open by keyboard')).toBeVisible();
  await expect(allTests.getByRole('heading', { level: 3, name: 'toegankelijkheid.spec.ts' })).toBeVisible();

  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
