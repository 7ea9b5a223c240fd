import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { workshopMaterials } from '../support/materials';
import { sheetsFor } from '../../src/lib/guide/print-sheets';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const workshops = workshopMaterials();

/** Pages in a PDF, and whether each is landscape, read from the page objects' MediaBox. */
function pdfPages(pdf: Buffer): Array<{ landscape: boolean }> {
  const text = pdf.toString('latin1');
  const pages = [...text.matchAll(/\/Type\s*\/Page(?![a-zA-Z])[\s\S]*?\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g)];
  return pages.map((m) => ({ landscape: Number(m[3]) - Number(m[1]) > Number(m[4]) - Number(m[2]) }));
}

test('every workshop has printable materials besides the hand-out', () => {
  for (const { code, printed } of workshops) expect(printed.filter((p) => p.id !== 'hand-out').length, code).toBeGreaterThan(0);
});

for (const { slug, code, printed, materials } of workshops) {
  test.describe(`materials of workshop ${code}`, () => {
    test('the guide links every printed material, and the overview lists them', async ({ page }) => {
      await page.goto(`/modules/${slug}/draaiboek/`);
      const list = page.getByRole('heading', { name: 'Materialen', level: 2 }).locator('xpath=following-sibling::ul[1]');
      for (const { text, id } of printed) {
        const href = id === 'hand-out' ? `/workshop/${slug}/hand-out/` : `/workshop/${slug}/materiaal/${id}/`;
        await expect(list.getByRole('link', { name: text, exact: true })).toHaveAttribute('href', href);
      }
      await page.getByRole('link', { name: `Al het materiaal om te printen voor workshop ${code}` }).click();
      await expect(page.getByRole('heading', { level: 1 })).toContainText(`Materiaal voor workshop ${code}`);
      for (const material of materials) await expect(page.getByRole('link', { name: material.title, exact: true })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Hand-out voor deelnemers' })).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(results.violations.map((v) => v.id)).toEqual([]);
    });

    test('the presenter view links every printed material', async ({ page }) => {
      await page.goto(`/workshop/${slug}/presentator/`);
      await expect(page.locator('.jt-wp[data-ready="true"]')).toBeVisible();
      const panel = page.getByRole('region', { name: 'Materiaal om te printen' });
      for (const { text, id } of printed) {
        const href = id === 'hand-out' ? `/workshop/${slug}/hand-out/` : `/workshop/${slug}/materiaal/${id}/`;
        await expect(panel.getByRole('link', { name: text, exact: true })).toHaveAttribute('href', href);
      }
      await panel.getByRole('link', { name: 'Alle materiaal op een rij' }).click();
      await expect(page).toHaveURL(new RegExp(`/workshop/${slug}/materiaal/$`));
    });

    for (const material of materials) {
      test(`${material.title}: accessible, reflows at 320 px and prints on ${sheetsFor(material.layout, material.items.length)} A4 without clipping`, async ({
        page,
      }) => {
        await page.setViewportSize({ width: 320, height: 800 });
        await page.goto(`/workshop/${slug}/materiaal/${material.id}/`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(material.title);
        for (const item of material.items) await expect(page.getByRole('region', { name: item.title })).toBeVisible();
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        expect(results.violations.map((v) => `${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
        await expect(page.getByRole('button', { name: `${material.title} afdrukken` })).toBeVisible();

        await page.setViewportSize({ width: 1280, height: 900 });
        await page.emulateMedia({ media: 'print' });
        for (const item of material.items) {
          const region = page.getByRole('region', { name: item.title });
          // Nothing inside a card, poster or page may stick out of its box: on paper that text would be cut off or overlap the next card.
          const overflow = await region.evaluate((box) => {
            const outer = box.getBoundingClientRect();
            const out: string[] = [];
            if (box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1) out.push('the box scrolls');
            for (const el of box.querySelectorAll('*')) {
              const r = el.getBoundingClientRect();
              if (r.width === 0 && r.height === 0) continue;
              if (r.bottom > outer.bottom + 1 || r.right > outer.right + 1) out.push(el.textContent?.slice(0, 40) ?? el.tagName);
            }
            return out;
          });
          expect(overflow, item.title).toEqual([]);
          // Black on white: no colour carries meaning, so a black-and-white copy loses nothing.
          const colours = await region.evaluate((box) => [
            ...new Set([box, ...box.querySelectorAll('*')].map((el) => getComputedStyle(el).color)),
          ]);
          expect(colours).toEqual(['rgb(0, 0, 0)']);
        }
        await expect(page.getByRole('button', { name: `${material.title} afdrukken` })).toBeHidden();

        const pages = pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: false }));
        expect(pages).toHaveLength(sheetsFor(material.layout, material.items.length));
        for (const p of pages) expect(p.landscape).toBe(material.layout === 'poster');
      });
    }
  });
}
