import { test, expect } from './fixtures';

// Pages that only work with JavaScript say so when it is off, and keep still when it is on.
// `ready` is the mark each page sets once its script has run (not something a reader sees).
const pages = [
  { path: '/logboek/', says: /werkt met JavaScript/, ready: '.jt-log[data-ready="true"]' },
  { path: '/voortgang/', says: /Zet JavaScript aan/, ready: 'html.jt-js' },
  { path: '/opfrissen/', says: /Opfrissen werkt met JavaScript/, ready: '.jt-review[data-ready="true"]' },
  { path: '/deelnamebewijs/', says: /Het deelnamebewijs werkt met JavaScript/, ready: '.jt-certificates[data-ready="true"]' },
  { path: '/workshop/burgerkracht-en-loslaten/', says: /JavaScript nodig/, ready: '.jt-ws[data-ready="true"]' },
  { path: '/werkbladen/ja-tenzij-toets/', says: /werkt met JavaScript/, ready: '.jt-sheet[data-ready="true"]' },
];

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const { path, says } of pages) {
    test(`${path} explains that it needs JavaScript`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByText(says)).toBeVisible();
    });
  }
});

test.describe('with JavaScript', () => {
  for (const { path, says, ready } of pages) {
    test(`${path} never shows the note and does not jump while it starts`, async ({ page, problems }) => {
      await page.goto(path);
      await expect(page.locator(ready)).toBeAttached();
      await expect(page.getByText(says)).toBeHidden();
      // Layout shifts since navigation, as Lighthouse and Core Web Vitals count them. With `buffered`,
      // the entries so far are in the observer's buffer at once, so takeRecords() reads them without waiting.
      const shift = await page.evaluate(() => {
        const observer = new PerformanceObserver(() => {});
        observer.observe({ type: 'layout-shift', buffered: true });
        const entries = observer.takeRecords() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[];
        observer.disconnect();
        return entries.filter((e) => !e.hadRecentInput).reduce((sum, e) => sum + e.value, 0);
      });
      expect(shift).toBeLessThan(0.01);
      expect(problems.consoleErrors).toEqual([]);
    });
  }
});
