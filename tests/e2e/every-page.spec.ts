import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { allRoutes } from '../support/routes';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

for (const route of allRoutes()) {
  test.describe(`page ${route}`, () => {
    test('answers 200 with one h1, lang="nl", no console error, no foreign request and no cookie', async ({ page, problems, context }) => {
      const response = await page.goto(route);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page).toHaveTitle(/Ja, tenzij/);
      await page.waitForLoadState('networkidle');
      expect(problems.consoleErrors).toEqual([]);
      expect(problems.foreignRequests).toEqual([]);
      expect(problems.failed).toEqual([]);
      expect(await context.cookies()).toEqual([]);
    });

    test('has no WCAG 2.1 A/AA violations (axe)', async ({ page }) => {
      await page.goto(route);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.length}× ${v.help} (${v.nodes[0]?.target.join(' ')})`);
      expect(summary).toEqual([]);
    });
  });
}

test('an unknown address shows a helpful 404 page', async ({ page }) => {
  const response = await page.goto('/bestaat-niet/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet');
  await expect(page.getByRole('link', { name: 'Naar de startpagina' })).toBeVisible();
});
