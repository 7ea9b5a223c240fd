import { test, expect } from './fixtures';

test('the skip link is the first stop, is visible when focused, and moves focus to the content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Naar de inhoud' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  // The next Tab lands inside the main content, not back in the header.
  await page.keyboard.press('Tab');
  const inMain = await page.evaluate(() => document.activeElement?.closest('main') !== null);
  expect(inMain).toBe(true);
});

test('keyboard focus is clearly visible on links', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const style = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const cs = getComputedStyle(el);
    return { tag: el.tagName, outline: cs.outlineStyle, width: parseFloat(cs.outlineWidth), bg: cs.backgroundColor };
  });
  expect(style.tag).toBe('A');
  expect(style.outline).not.toBe('none');
  expect(style.width).toBeGreaterThanOrEqual(2);
});

test('a learner reaches a module from the home page by keyboard alone', async ({ page }) => {
  await page.goto('/');
  const route = page.getByRole('link', { name: 'Ik werk bij de gemeente' });
  await route.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/ambtenaren\/$/);
  const firstModule = page.getByRole('main').getByRole('link', { name: /^A1 / });
  await firstModule.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/modules\/[a-z-]+\/$/);
  await expect(page.getByRole('blockquote')).toContainText('burgerkracht');
});

test('the layout has no horizontal scrolling at 320 px wide', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const route of ['/', '/ambtenaren/', '/begrippen/']) {
    await page.goto(route);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, route).toBeLessThanOrEqual(0);
  }
});

/** Presses Tab until the focused link has this accessible text. */
async function tabToLink(page: import('@playwright/test').Page, text: RegExp) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() =>
      document.activeElement?.tagName === 'A' ? (document.activeElement.textContent?.replace(/\s+/g, ' ').trim() ?? '') : '',
    );
    if (text.test(focused)) return;
  }
  throw new Error(`Met Tab geen link ${text} gevonden`);
}

for (const { entry, url, next } of [
  { entry: /^Ik werk bij de gemeente$/, url: /\/ambtenaren\/$/, next: /^A1 / },
  { entry: /^Ik ben raads- of collegelid$/, url: /\/bestuurders\/$/, next: /^B1 / },
  { entry: /^Ik begeleid een groep$/, url: /\/trainers\/$/, next: /^Workshop A1|^Draaiboek A1/ },
]) {
  test(`keyboard only: from home through the route ${url}`, async ({ page }) => {
    await page.goto('/');
    await tabToLink(page, entry);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(url);
    await tabToLink(page, next);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page).not.toHaveURL(url);
  });
}
