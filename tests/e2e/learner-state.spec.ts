import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { chooseImportFile, learnerReady } from '../support/learner-journeys';

const MODULE = '/modules/burgerkracht-en-loslaten/';
const SCENARIO = `${MODULE}scenario/`;
const TEXT = 'Ik laat de bewoners het plan maken. Ik geef advies over de bomen.';

async function writeFirstReflection(page: Page, text: string) {
  const field = page.locator('[data-reflection-id] textarea').first();
  await field.fill(text);
  await expect(page.locator('[data-reflection-id] [data-save-state]').first()).toContainText('Opgeslagen om');
  return field;
}

async function playTwoChoices(page: Page) {
  await page.goto(SCENARIO);
  await expect(page.locator('.jt-scenario[data-ready="true"]')).toBeVisible();
  for (let i = 0; i < 2; i++) {
    await page.locator('.jt-choice').first().click();
    await page.getByRole('button', { name: 'Verder' }).click();
  }
  await expect(page.locator('.jt-scenario__step')).toHaveText('Stap 3');
}

test('answers, a reflection and half a scenario survive a reload, and "Verder waar u was" resumes the scenario', async ({ page }) => {
  await page.goto(MODULE);
  await learnerReady(page);
  const question = page.locator('fieldset[data-question]').first();
  await question.locator('input[data-correct="true"]').check();
  await writeFirstReflection(page, TEXT);

  await playTwoChoices(page);

  await page.goto(MODULE);
  await learnerReady(page);
  await expect(page.locator('fieldset[data-question]').first().locator('input[data-correct="true"]')).toBeChecked();
  await expect(page.locator('fieldset[data-question]').first().locator('[data-feedback]')).toContainText('Juist.');
  await expect(page.locator('[data-reflection-id] textarea').first()).toHaveValue(TEXT);
  await expect(page.locator('[data-module-progress]').first()).toContainText('Bezig');
  await expect(page.locator('[data-module-progress]').first()).toContainText('Scenario: bezig');

  await page.reload();
  await learnerReady(page);
  await expect(page.locator('[data-reflection-id] textarea').first()).toHaveValue(TEXT);

  // The scenario was the last place visited before the module page: resume from home.
  const left = await playTwoChoicesAndLeave(page);
  await page.goto('/');
  await learnerReady(page);
  const resume = page.locator('[data-resume] a');
  await expect(resume).toHaveText(/^Scenario: /);
  await resume.click();
  await expect(page.locator('.jt-scenario[data-ready="true"]')).toBeVisible();
  await expect(page.locator('.jt-scenario__resume')).toContainText('U gaat verder waar u was gebleven');
  await expect(page.locator('.jt-scenario__step')).toHaveText('Stap 3');
  // The run that comes back is the second one, with its own situation and meters.
  await expect(page.locator('.jt-scenario__title')).toHaveText(left.title);
  expect((await page.locator('.jt-scenario__status').innerText()).trim()).toBe(left.meters);
});

/**
 * Plays a new run of two choices (other ones than `playTwoChoices`) and leaves
 * once it is saved. Returns what the meters said, to compare after resuming.
 */
async function playTwoChoicesAndLeave(page: Page) {
  await page.goto(SCENARIO);
  await expect(page.locator('.jt-scenario[data-ready="true"]')).toBeVisible();
  await learnerReady(page);
  // The earlier run resumes at step 3; start over so these two choices are the run that must come back.
  await expect(page.locator('.jt-scenario__step')).toHaveText('Stap 3');
  await page.getByRole('button', { name: 'Opnieuw beginnen' }).click();
  await expect(page.locator('.jt-scenario__step')).toHaveText('Stap 1');
  for (let i = 0; i < 2; i++) {
    await page.locator('.jt-choice').last().click();
    await page.getByRole('button', { name: 'Verder' }).click();
  }
  await expect(page.locator('.jt-scenario__step')).toHaveText('Stap 3');
  const title = (await page.locator('.jt-scenario__title').textContent())!.trim();
  const meters = (await page.locator('.jt-scenario__status').innerText()).trim();
  // The run is saved after the move is shown; leave only once it is there.
  const scenarioId = (await page.locator('.jt-scenario').getAttribute('data-scenario-id'))!;
  await expect
    .poll(() =>
      page.evaluate((id) => JSON.parse(localStorage.getItem('jt:v1:progress') ?? '{}').scenarios?.[id]?.choices.length, scenarioId),
    )
    .toBe(2);
  return { title, meters };
}

test('export, wipe and import bring everything back; a broken file changes nothing', async ({ page }, testInfo) => {
  await page.goto(MODULE);
  await learnerReady(page);
  await writeFirstReflection(page, TEXT);

  await page.goto('/logboek/');
  await expect(page.locator('.jt-log[data-ready="true"]')).toBeVisible();
  await expect(page.locator('.jt-log__text')).toHaveText(TEXT);
  expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations).toEqual([]);

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download als JSON' }).click();
  const download = await downloadPromise;
  const file = testInfo.outputPath('export.json');
  await download.saveAs(file);
  expect(JSON.parse(readFileSync(file, 'utf8')).app).toBe('ja-tenzij');

  // Escape cancels the confirmation, keeps everything and returns focus to the button.
  await page.getByRole('button', { name: 'Alles wissen' }).click();
  await expect(page.getByRole('button', { name: 'Ja, alles wissen' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Ja, alles wissen' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Alles wissen' })).toBeFocused();
  await expect(page.locator('.jt-log__text')).toHaveText(TEXT);

  await page.getByRole('button', { name: 'Alles wissen' }).click();
  // The confirmation is open: it must be as accessible as the rest.
  expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations).toEqual([]);
  await page.getByRole('button', { name: 'Ja, alles wissen' }).click();
  await expect(page.getByText('U hebt nog geen reflecties geschreven.')).toBeVisible();

  // A broken file: a clear message, and nothing changes.
  await chooseImportFile(page, { name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from('{"app":"ja-tenzij", "versi') });
  await expect(page.getByRole('alert')).toContainText('Er is niets veranderd.');
  await expect(page.getByText('U hebt nog geen reflecties geschreven.')).toBeVisible();

  await chooseImportFile(page, file);
  await expect(page.getByRole('region', { name: 'Voorbeeld van de import' })).toContainText('1 nieuwe reflectie erbij');
  expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations).toEqual([]);
  await page.getByRole('button', { name: 'Importeren' }).click();
  await expect(page.locator('.jt-log__text')).toHaveText(TEXT);

  await page.reload();
  await expect(page.locator('.jt-log__text')).toHaveText(TEXT);
});

test('a file from the previous version still imports, and a new export carries the new data', async ({ page }, testInfo) => {
  const oldFile = {
    app: 'ja-tenzij',
    version: 1,
    exportedAt: '2026-11-30T10:00:00.000Z',
    data: {
      version: 1,
      sections: {},
      checks: {},
      scenarios: {
        'oud-scenario': {
          choices: ['keuze-1'],
          currentNodeId: 'einde',
          outcomeNodeId: 'einde',
          meters: {},
          startedAt: '2026-11-30T09:00:00.000Z',
          updatedAt: '2026-11-30T09:05:00.000Z',
        },
      },
      reflections: {
        'a1-eigen-vakkennis': {
          id: 'a1-eigen-vakkennis',
          moduleId: '01-burgerkracht-en-loslaten',
          prompt: 'Wanneer dacht u: dit weet ik beter?',
          text: TEXT,
          created: '2026-11-30T09:00:00.000Z',
          updated: '2026-11-30T09:00:00.000Z',
        },
      },
      deletedReflections: {},
      lastPlace: null,
      lastExportAt: null,
      clearedAt: null,
    },
  };
  await page.goto('/logboek/');
  await chooseImportFile(page, { name: 'oud.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(oldFile)) });
  const preview = page.getByRole('region', { name: 'Voorbeeld van de import' });
  await expect(preview).toContainText('1 nieuwe reflectie erbij');
  await expect(preview).toContainText('1 afgeronde scenarioronde erbij');
  await page.getByRole('button', { name: 'Importeren' }).click();
  await expect(page.locator('.jt-log__text')).toHaveText(TEXT);

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download als JSON' }).click();
  const file = testInfo.outputPath('export-v2.json');
  await (await downloadPromise).saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported.version).toBe(2);
  expect(exported.data.reflections['a1-eigen-vakkennis'].text).toBe(TEXT);
  expect(exported.data.scenarioHistory['oud-scenario']).toHaveLength(1);
  expect(exported.data).toMatchObject({ worksheets: {}, review: {} });
});

test('a broken import leaves existing reflections exactly as they were', async ({ page }) => {
  await page.goto(MODULE);
  await learnerReady(page);
  await writeFirstReflection(page, TEXT);
  await page.goto('/logboek/');
  await chooseImportFile(page, {
    name: 'ander.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ app: 'iets-anders', data: {} })),
  });
  await expect(page.getByRole('alert')).toBeVisible();
  await page.reload();
  await expect(page.locator('.jt-log__text')).toHaveText(TEXT);
});

test('two pages open at once stay in sync', async ({ context }) => {
  const writer = await context.newPage();
  const log = await context.newPage();
  await writer.goto(MODULE);
  await learnerReady(writer);
  await log.goto('/logboek/');
  await expect(log.locator('.jt-log[data-ready="true"]')).toBeVisible();
  await writeFirstReflection(writer, TEXT);
  await expect(log.locator('.jt-log__text')).toHaveText(TEXT);

  // An edit in the log shows up in the module page's field.
  await log.getByRole('button', { name: /^Bewerken/ }).click();
  await log.getByLabel('Uw tekst').fill(`${TEXT} Aangevuld.`);
  await log.getByRole('button', { name: 'Wijziging opslaan' }).click();
  await expect(writer.locator('[data-reflection-id] textarea').first()).toHaveValue(`${TEXT} Aangevuld.`);
});

test.describe('with storage blocked', () => {
  test('the site still works and says nothing will be kept', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('Toegang geweigerd', 'SecurityError');
        },
      });
    });
    await page.goto(MODULE);
    await learnerReady(page);
    await expect(page.locator('#jt-opslag-melding')).toContainText('Uw browser bewaart nu niets van wat u doet.');
    const field = page.locator('[data-reflection-id] textarea').first();
    await field.fill(TEXT);
    await expect(page.locator('[data-reflection-id] [data-save-state]').first()).toContainText('Niet opgeslagen.');
    await expect(field).toHaveValue(TEXT);
    await page.goto(SCENARIO);
    await expect(page.locator('.jt-scenario[data-ready="true"]')).toBeVisible();
    await page.locator('.jt-choice').first().click();
    await expect(page.getByRole('heading', { name: 'Gevolg van uw keuze' })).toBeVisible();
  });

  test('a full disk keeps the text in the field and offers an export', async ({ page }) => {
    await page.goto(MODULE);
    await learnerReady(page);
    await page.evaluate(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('Vol', 'QuotaExceededError');
      };
    });
    const field = page.locator('[data-reflection-id] textarea').first();
    await field.fill(TEXT);
    await expect(page.locator('[data-reflection-id] [data-save-state]').first()).toContainText('Niet opgeslagen.');
    await expect(field).toHaveValue(TEXT);
    await expect(page.locator('#jt-opslag-melding')).toContainText('geen ruimte meer');
    await expect(page.getByRole('link', { name: 'Exporteer uw leerlogboek' })).toBeVisible();
  });
});

test('corrupt stored data is kept aside, explained and downloadable', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('jt:v1:progress', '{"version":1,"reflections":{kapot');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto(MODULE);
  await learnerReady(page);
  await expect(page.locator('#jt-opslag-melding')).toContainText('Uw opgeslagen voortgang was beschadigd.');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download de onleesbare gegevens' }).click();
  const download = await downloadPromise;
  expect(readFileSync((await download.path())!, 'utf8')).toBe('{"version":1,"reflections":{kapot');
  // The rest of the site works with a fresh store.
  await writeFirstReflection(page, TEXT);
});

test('a reflection written in a scenario debrief is saved to the leerlogboek', async ({ page }) => {
  await page.goto(SCENARIO);
  await expect(page.locator('.jt-scenario[data-ready="true"]')).toBeVisible();
  await learnerReady(page);
  for (let step = 0; step < 30; step++) {
    if ((await page.locator('.jt-scenario').getAttribute('data-phase')) === 'ending') break;
    await page.locator('.jt-choice').last().click();
    await page.getByRole('button', { name: 'Verder' }).click();
  }
  const debrief = page.locator('.jt-scenario .jt-reflection').first();
  await debrief.getByRole('textbox').fill('Ik stuurde te snel de regels. Volgende keer bel ik eerst.');
  await expect(debrief.locator('[data-save-state]')).toContainText('Opgeslagen om');

  // Back at the ending after a reload, the text is in the field again.
  await page.reload();
  await expect(page.locator('.jt-scenario')).toHaveAttribute('data-phase', 'ending');
  await expect(page.locator('.jt-scenario .jt-reflection').first().getByRole('textbox')).toHaveValue(
    'Ik stuurde te snel de regels. Volgende keer bel ik eerst.',
  );

  await page.goto('/logboek/');
  await expect(page.locator('.jt-log__text')).toHaveText('Ik stuurde te snel de regels. Volgende keer bel ik eerst.');
  await expect(page.locator('.jt-log__runs')).toContainText('afgerond op');
});
