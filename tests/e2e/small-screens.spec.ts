import { test, expect } from './fixtures';
import { allRoutes } from '../support/routes';

// 320 CSS px wide is what a 1280 px screen shows at 400 % zoom (WCAG 1.4.10 Reflow).
test.describe('at 320 CSS px (400 % zoom)', () => {
  test.use({ viewport: { width: 320, height: 256 } });

  test('no page scrolls sideways', async ({ page }) => {
    const wide: string[] = [];
    for (const route of allRoutes().filter((r) => !r.startsWith('/workshop/') || r.endsWith('/hand-out/') || r === '/workshop/')) {
      await page.goto(route);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) wide.push(`${route} (${overflow} px)`);
    }
    expect(wide).toEqual([]);
  });
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('the page does not scroll smoothly and meters do not animate', async ({ page }) => {
    await page.goto('/modules/burgerkracht-en-loslaten/scenario/');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
    // The choices are enabled once the player has hydrated.
    await expect(page.getByRole('list', { name: 'Wat doet u?' }).getByRole('button').first()).toBeEnabled();
    const durations = await page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .map((el) => getComputedStyle(el).transitionDuration)
        .filter((d) => d.split(',').some((part) => parseFloat(part) > 0)),
    );
    expect(durations).toEqual([]);
  });
});
