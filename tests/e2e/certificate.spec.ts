import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { accessibleAtAnyWidth } from '../support/accessibility';
import { importProgress, learnerReady, storedProgress } from '../support/learner-journeys';
import type { ModuleOutline } from '../../src/lib/content/module-outline';
import { formatDate } from '../../src/lib/text/dates';

const NAME = 'Fatima Bouzid';

/** The modules as the built site describes them (the data its own pages use for progress). */
async function readOutlines(page: Page): Promise<ModuleOutline[]> {
  await page.goto('/voortgang/');
  return JSON.parse((await page.locator('#jt-module-outlines').textContent())!) as ModuleOutline[];
}

const moment = (day: number) => new Date(Date.UTC(2026, 10, day, 10)).toISOString();

/**
 * An export file (data version 1, as an older export would be) in which the given modules
 * are afgerond, each on its own day of November 2026: every section read, every question
 * answered, the scenario finished and a reflection written.
 */
function exportWith(finished: { outline: ModuleOutline; day: number }[]) {
  const data = {
    version: 1,
    sections: {} as Record<string, Record<string, string>>,
    checks: {} as Record<string, Record<string, unknown>>,
    scenarios: {} as Record<string, unknown>,
    reflections: {} as Record<string, unknown>,
    deletedReflections: {},
    lastPlace: null,
    lastExportAt: null,
    clearedAt: null,
  };
  for (const { outline, day } of finished) {
    const at = moment(day);
    data.sections[outline.id] = Object.fromEntries(outline.sectionSlugs.map((slug) => [slug, at]));
    data.checks[outline.id] = Object.fromEntries(outline.questionIds.map((q) => [q, { optionId: 'a', correct: true, answeredAt: at }]));
    if (outline.scenarioId)
      data.scenarios[outline.scenarioId] = {
        choices: ['gekozen'],
        currentNodeId: 'einde',
        outcomeNodeId: 'einde',
        meters: {},
        startedAt: at,
        updatedAt: at,
      };
    const prompt = outline.reflections[0]!;
    data.reflections[prompt.id] = {
      id: prompt.id,
      moduleId: outline.id,
      prompt: 'Vraag',
      text: 'Mijn antwoord.',
      created: at,
      updated: at,
    };
  }
  return { app: 'ja-tenzij', version: 1, exportedAt: moment(28), data };
}

test('after finishing the route for civil servants, a dated certificate with the typed name prints on one A4', async ({ page }) => {
  const outlines = await readOutlines(page);
  const route = outlines.filter((o) => o.audience === 'ambtenaar');
  const council = outlines.filter((o) => o.audience === 'bestuurder');
  await importProgress(page, exportWith([...route.map((outline, i) => ({ outline, day: 10 + i })), { outline: council[0]!, day: 20 }]));

  await page.goto('/deelnamebewijs/');
  const certificate = page.getByRole('article', { name: 'Deelnamebewijs' });
  await expect(certificate).toBeVisible();
  await expect(certificate).toContainText('de route voor ambtenaren');
  for (const [i, outline] of route.entries()) {
    await expect(certificate.getByRole('row', { name: new RegExp(`${outline.code} .*${formatDate(moment(10 + i))}`) })).toBeVisible();
  }
  await expect(certificate).toContainText(`Afgegeven op ${formatDate(new Date())}.`);
  await expect(certificate).toContainText('Dit bewijs bevestigt deelname aan zelfstudie. Het is geen erkende opleiding en geen diploma');

  // The council route is not finished: its open modules are listed, with links.
  const councilRoute = page.getByRole('region', { name: 'Route voor raads- en collegeleden' });
  await expect(councilRoute).toContainText(`U hebt 1 van de ${council.length} modules van deze route afgerond.`);
  for (const outline of council.slice(1)) {
    await expect(councilRoute.getByRole('link', { name: `${outline.code} ${outline.title}` })).toHaveAttribute('href', outline.href);
  }
  await expect(councilRoute.getByRole('link', { name: `${council[0]!.code} ${council[0]!.title}` })).toHaveCount(0);
  await accessibleAtAnyWidth(page, 'een route af, een route open');

  // Printing asks for the name first.
  await page.evaluate(() => {
    window.print = () => {
      (window as unknown as { printed: string }).printed = document.documentElement.dataset['printCertificate'] ?? '';
    };
  });
  await page.getByRole('button', { name: 'Druk dit bewijs af' }).click();
  const name = page.getByLabel('Uw naam op het bewijs');
  await expect(name).toBeFocused();
  await expect(page.getByText('Vul eerst uw naam in.')).toBeVisible();
  await accessibleAtAnyWidth(page, 'naam ontbreekt');
  await name.fill(NAME);
  await expect(certificate).toContainText(NAME);
  await page.getByRole('button', { name: 'Druk dit bewijs af' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed?: string }).printed)).toBe('ambtenaar');

  // On paper: only the certificate, on one A4 page.
  await page.emulateMedia({ media: 'print' });
  await expect(certificate).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  await expect(name).toBeHidden();
  await expect(councilRoute).toBeHidden();
  await expect(page.getByRole('button').filter({ visible: true })).toHaveCount(0);
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  expect((pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length).toBe(1);
  await page.emulateMedia({ media: 'screen' });

  // The name stays on the page only: not stored, gone after a reload.
  expect(JSON.stringify(await storedProgress(page))).not.toContain(NAME);
  expect(await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }))).not.toContain(NAME);
  await page.reload();
  await expect(page.getByLabel('Uw naam op het bewijs')).toHaveValue('');
});

test('with both routes finished, each certificate prints on its own', async ({ page }) => {
  const outlines = await readOutlines(page);
  await importProgress(page, exportWith(outlines.map((outline, i) => ({ outline, day: 1 + i }))));
  await page.goto('/deelnamebewijs/');
  const certificates = page.getByRole('article', { name: 'Deelnamebewijs' });
  await expect(certificates).toHaveCount(2);
  await page.getByLabel('Uw naam op het bewijs').fill(NAME);

  // Printed from the browser's menu: both, one page each.
  await page.emulateMedia({ media: 'print' });
  const both = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  expect((both.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length).toBe(2);
  await page.emulateMedia({ media: 'screen' });

  // With the button of the second route: only that one.
  await page.evaluate(() => {
    window.print = () => {};
  });
  await page.getByRole('region', { name: 'Route voor raads- en collegeleden' }).getByRole('button', { name: 'Druk dit bewijs af' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(certificates.filter({ visible: true })).toHaveCount(1);
  await expect(certificates.filter({ visible: true })).toContainText('de route voor raads- en collegeleden');
});

test('before any module is finished, the page lists what is still open for each route', async ({ page }) => {
  await page.goto('/deelnamebewijs/');
  await learnerReady(page);
  await expect(page.getByRole('article', { name: 'Deelnamebewijs' })).toHaveCount(0);
  await expect(page.getByLabel('Uw naam op het bewijs')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Route voor ambtenaren' })).toContainText('U hebt 0 van de');
  await expect(page.getByRole('region', { name: 'Route voor ambtenaren' }).getByRole('link').first()).toContainText('A1');
  await accessibleAtAnyWidth(page, 'niets af');
});
