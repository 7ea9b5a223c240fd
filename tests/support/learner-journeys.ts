import { expect, type Locator, type Page } from '@playwright/test';
import { ScenarioSchema } from '../../src/lib/schemas/scenario';
import { createScenarioMachine } from '../../src/lib/scenario/create-scenario-machine';
import { findBestPath } from '../../src/lib/scenario/find-best-path';
import { PROGRESS_KEY } from '../../src/lib/progress/storage-keys';
import { readYaml } from './content-files';

// Journeys through the learner's side of the site, shared by the e2e specs.

/** The learner-state script loads when the page is idle; it marks <html> when it runs. */
export const learnerReady = (page: Page) => expect(page.locator('html')).toHaveClass(/jt-js/);

/** The stored learner data, as the page's own storage holds it. */
export async function storedProgress(page: Page): Promise<Record<string, any>> {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), PROGRESS_KEY);
}

/**
 * Finishes a module the way a learner does: reads every section, answers the
 * knowledge check (the first question wrong when `firstWrong`), writes a
 * reflection and plays the scenario along the best route to its ending.
 * `folder` is the module folder, e.g. "01-burgerkracht-en-loslaten".
 */
export async function finishModule(page: Page, folder: string, { firstWrong = false } = {}) {
  const path = `/modules/${folder.replace(/^\d{2}-/, '')}/`;
  await page.goto(path);
  await learnerReady(page);
  const panel = page.locator('[data-module-progress]').first();

  // A section counts as read once its end (the next heading, or the end of the text) was on screen.
  for (const marker of await page.locator('.jt-prose > h2[id], [data-prose-end]').all()) await marker.scrollIntoViewIfNeeded();
  await expect(panel).toContainText(/Gelezen: (\d+) van \1 onderdelen/);

  const questions = page.locator('form[data-check] fieldset[data-question]');
  const count = await questions.count();
  for (let i = 0; i < count; i++) {
    const wrong = firstWrong && i === 0;
    await questions
      .nth(i)
      .locator(`input[data-correct="${wrong ? 'false' : 'true'}"]`)
      .first()
      .check();
  }
  await expect(panel).toContainText(`Kennischeck: ${count} van ${count} vragen beantwoord`);

  await page.locator('[data-reflection-id] textarea').first().fill('Ik laat de bewoners beginnen en geef mijn kennis als advies.');
  await expect(page.locator('[data-reflection-id] [data-save-state]').first()).toContainText('Opgeslagen om');

  const scenario = ScenarioSchema.parse(readYaml(`modules/${folder}/scenario.yaml`));
  const labels = new Map(scenario.nodes.flatMap((n) => n.choices ?? []).map((c) => [c.id, c.label]));
  await page.goto(`${path}scenario/`);
  await expect(page.locator('.jt-scenario[data-ready="true"]')).toBeVisible();
  await learnerReady(page);
  for (const choiceId of findBestPath(scenario, createScenarioMachine(scenario))!) {
    await page.getByRole('button', { name: labels.get(choiceId)!, exact: true }).click();
    await page.getByRole('button', { name: 'Verder' }).click();
  }
  await expect(page.locator('.jt-scenario')).toHaveAttribute('data-phase', 'ending');
  // The run is saved after the ending is shown; leave only once it is there.
  await expect.poll(async () => (await storedProgress(page)).scenarios?.[scenario.id]?.outcomeNodeId ?? null).not.toBeNull();
}

/**
 * Chooses an export file in the leerlogboek. The field stays disabled until the
 * logbook has read the stored data; a file set before that is never read, so
 * wait for the field as a learner waits for it.
 */
export async function chooseImportFile(page: Page, files: Parameters<Locator['setInputFiles']>[0]) {
  const field = page.getByLabel('Kies een exportbestand (.json)');
  await expect(field).toBeEnabled();
  await field.setInputFiles(files);
}

/** Imports learner data through the leerlogboek, as a learner moving to a new computer would. */
export async function importProgress(page: Page, envelope: unknown) {
  await page.goto('/logboek/');
  await chooseImportFile(page, {
    name: 'ja-tenzij-export.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(envelope)),
  });
  await page.getByRole('button', { name: 'Importeren', exact: true }).click();
  await expect(page.getByText('De import is klaar.')).toBeVisible();
}
