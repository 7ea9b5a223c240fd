import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const MODULE = '/modules/burgerkracht-en-loslaten/';
// A4 (210 mm) less the page margins in print.css (2 × 16 mm), in CSS px.
const A4_CONTENT_WIDTH = Math.floor(((210 - 2 * 16) / 25.4) * 96);

/** Elements whose content is wider than the page or cut off by their own box. */
async function clippedOrTooWide(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const found: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.right > width + 1) found.push(`${name(el)} reaches ${Math.round(box.right)} px of ${width}`);
      const style = getComputedStyle(el);
      const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible';
      if (clips && el.tagName !== 'TEXTAREA' && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)) {
        found.push(`${name(el)} cuts off its content`);
      }
    }
    if (document.documentElement.scrollWidth > width) found.push(`the page is ${document.documentElement.scrollWidth} px wide`);
    return found;
  });
}

test('a module prints as an A4 reader: no navigation or controls, link addresses written out, feedback folded away', async ({ page }) => {
  await page.setViewportSize({ width: A4_CONTENT_WIDTH, height: 1000 });
  await page.goto(MODULE);
  await page.waitForLoadState('networkidle');
  // Answer a question on screen first: its feedback must still stay off the paper.
  const firstQuestion = page.getByRole('group', { name: /Vraag 1 van/ });
  await firstQuestion.getByRole('radio').first().check();
  const feedback = firstQuestion.locator('[data-feedback]');
  await expect(feedback).toContainText('juist.');

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Naar de inhoud' })).toBeHidden();
  await expect(page.getByRole('link', { name: 'Speel het scenario' })).toBeHidden();
  await expect(page.getByRole('button').filter({ visible: true })).toHaveCount(0);
  await expect(page.getByRole('searchbox')).toBeHidden();

  // The text and the questions are there; the feedback and the explanations are not.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Kennischeck' })).toBeVisible();
  await expect(firstQuestion.getByRole('radio').first()).toBeVisible();
  await expect(feedback).toBeHidden();
  await expect(page.getByText(/Bekijk het juiste antwoord/).first()).toBeHidden();
  await expect(page.getByText(/: juist\./).first()).toBeHidden();

  // Links to other pages and sites carry their address on paper; glossary terms do not,
  // or every other sentence would be broken up by an address.
  const links = await page
    .locator('main a[href]')
    .evaluateAll((all) =>
      all.filter((a) => a.checkVisibility()).map((a) => ({ href: a.getAttribute('href')!, after: getComputedStyle(a, '::after').content })),
    );
  const addressed = links.filter(({ href }) => /^(https?:|\/)/.test(href) && !href.includes('/begrippen/#'));
  expect(addressed.length).toBeGreaterThan(3);
  for (const { href, after } of addressed) expect(after, href).toBe(`" (${href})"`);
  for (const { href, after } of links.filter(({ href }) => href.includes('/begrippen/#'))) expect(after, href).toBe('none');

  expect(await clippedOrTooWide(page)).toEqual([]);
});

test('the printed module is a PDF of a plausible number of A4 pages', async ({ page }) => {
  await page.goto(MODULE);
  await page.emulateMedia({ media: 'print' });
  const words = (await page.locator('main').innerText()).split(/\s+/).filter(Boolean).length;
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
  // An A4 page holds roughly 250 to 800 words of this mix of text, boxes and questions:
  // far fewer pages means text went missing, far more means the layout fell apart.
  expect(pages).toBeGreaterThanOrEqual(Math.floor(words / 800));
  expect(pages).toBeLessThanOrEqual(Math.ceil(words / 250));
  test.info().annotations.push({ type: 'print', description: `${words} words on ${pages} A4 pages` });
});
