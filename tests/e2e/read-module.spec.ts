import { test, expect } from './fixtures';
import { moduleRoutes } from '../support/routes';

test.describe('reading a module without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the whole module is readable: question, objectives, sections, explained answers and sources', async ({ page }) => {
    for (const route of moduleRoutes()) {
      await page.goto(route);
      await expect(page.locator('.jt-question').first()).toContainText(/Leervraag [AB]\d uit het programma/);
      expect((await page.locator('.jt-question p').first().textContent())!.length).toBeGreaterThan(60);
      await expect(page.getByRole('heading', { name: 'Wat u leert' })).toBeVisible();
      const sections = page.locator('.jt-prose h2');
      expect(await sections.count()).toBeGreaterThanOrEqual(3);
      await expect(page.getByRole('heading', { name: 'Bronnen' })).toBeVisible();
      // Without JavaScript the explanation of every knowledge-check answer is one click away.
      const explained = page.locator('.jt-check__explained');
      expect(await explained.count()).toBeGreaterThanOrEqual(5);
      await explained.first().locator('summary').click();
      await expect(explained.first().locator('li').first()).toBeVisible();
    }
  });
});

test('the table of contents jumps to each section and the route links onwards', async ({ page }) => {
  const [first] = moduleRoutes();
  await page.goto(first!);
  const toc = page.getByRole('navigation', { name: 'Inhoud van deze module' });
  const firstEntry = toc.getByRole('link').first();
  const text = (await firstEntry.textContent())!.trim();
  await firstEntry.click();
  await expect(page.getByRole('heading', { level: 2, name: text })).toBeInViewport();
  await expect(page.getByRole('link', { name: /Volgende module/ })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Kruimelpad' }).getByRole('link', { name: 'Ambtenaren' })).toBeVisible();
});

test('a module prints without header, footer and navigation', async ({ page }) => {
  const [first] = moduleRoutes();
  await page.goto(first!);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.jt-header')).toBeHidden();
  await expect(page.locator('.jt-footer')).toBeHidden();
  await expect(page.locator('.jt-pagination')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the knowledge check explains each answer right away and keeps a score', async ({ page }) => {
  const [first] = moduleRoutes();
  await page.goto(first!);
  const question = page.locator('fieldset[data-question]').first();
  const total = await page.locator('fieldset[data-question]').count();
  // Before answering, the full explanation is hidden so it does not give the answer away.
  await expect(question.locator('.jt-check__explained')).toBeHidden();
  const wrong = question.locator('input[data-correct="false"]').first();
  await wrong.check();
  await expect(question.locator('[data-feedback]')).toContainText('Niet juist.');
  await question.locator('input[data-correct="true"]').check();
  await expect(question.locator('[data-feedback]')).toContainText('Juist.');
  await expect(page.locator('[data-score]')).toHaveText(`U hebt 1 van de ${total} vragen beantwoord, 1 goed.`);
  await expect(question.locator('.jt-check__explained')).toBeVisible();
  await page.getByRole('button', { name: 'Antwoorden wissen en opnieuw doen' }).click();
  await expect(page.locator('[data-score]')).toBeHidden();
});
