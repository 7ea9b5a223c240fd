import { test, expect } from './fixtures';

// Pages that only work with JavaScript say so when it is off, and keep still when it is on.
const pages = [
  { path: '/logboek/', note: '.jt-log__noscript', says: /werkt met JavaScript/, ready: '.jt-log[data-ready="true"]' },
  { path: '/voortgang/', note: '.jt-progress__noscript', says: /Zet JavaScript aan/, ready: 'html.jt-js' },
  { path: '/workshop/burgerkracht-en-loslaten/', note: '.jt-ws__noscript', says: /JavaScript nodig/, ready: '.jt-ws[data-ready="true"]' },
];

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const { path, note, says } of pages) {
    test(`${path} explains that it needs JavaScript`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator(note)).toBeVisible();
      await expect(page.locator(note)).toContainText(says);
    });
  }
});

test.describe('with JavaScript', () => {
  for (const { path, note, ready } of pages) {
    test(`${path} never shows the note and does not jump while it starts`, async ({ page, problems }) => {
      await page.goto(path);
      await expect(page.locator(ready)).toBeAttached();
      await expect(page.locator(note)).toBeHidden();
      // Layout shifts since navigation (buffered), as Lighthouse and Core Web Vitals count them.
      const shift = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            new PerformanceObserver((list) => {
              const entries = list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[];
              resolve(entries.filter((e) => !e.hadRecentInput).reduce((sum, e) => sum + e.value, 0));
            }).observe({ type: 'layout-shift', buffered: true });
            // With no shift at all the observer never fires.
            setTimeout(() => resolve(0), 500);
          }),
      );
      expect(shift).toBeLessThan(0.01);
      expect(problems.consoleErrors).toEqual([]);
    });
  }
});
