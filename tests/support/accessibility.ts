// The accessibility checks the browser tests share: axe against WCAG 2.1 A and AA, and reflow at 320 px.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The axe rule tags for WCAG 2.1 level A and AA, the level Dutch government sites must meet. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The axe violations on the page as it is now, one readable line each: an empty list means none. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target.join(' ')})`);
}

/** No axe violations, and no sideways scrolling at 320 CSS px (400 % zoom), in the state the page is in now. */
export async function accessibleAtAnyWidth(page: Page, state: string): Promise<void> {
  expect(await axeViolations(page), state).toEqual([]);
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: 320, height: 640 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${state}, at 320 px`).toBeLessThanOrEqual(0);
  await page.setViewportSize(size);
}
