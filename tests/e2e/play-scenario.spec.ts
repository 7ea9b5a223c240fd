import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { axeViolations } from '../support/accessibility';
import { ScenarioSchema, type Scenario } from '../../src/lib/schemas/scenario';
import { createScenarioMachine } from '../../src/lib/scenario/create-scenario-machine';
import { findBestPath } from '../../src/lib/scenario/find-best-path';
import { readYaml } from '../support/content-files';

const load = (folder: string): Scenario => ScenarioSchema.parse(readYaml(`modules/${folder}/scenario.yaml`));
const a1 = load('01-burgerkracht-en-loslaten');
const A1_URL = '/modules/burgerkracht-en-loslaten/scenario/';

const labelOf = (scenario: Scenario, choiceId: string) =>
  scenario.nodes.flatMap((n) => n.choices ?? []).find((c) => c.id === choiceId)!.label;

async function openPlayer(page: Page, url: string) {
  await page.goto(url);
  // Clicks sent before the island hydrates would be lost; the player marks itself ready.
  await expect(page.locator('.jt-scenario[data-ready="true"]')).toBeVisible();
}

/** Presses Tab until the focused element has this exact text, as a keyboard user would. */
async function tabTo(page: Page, text: string) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (focused === text) return;
  }
  throw new Error(`Met Tab niet bij "${text}" gekomen`);
}

test('a civil servant plays A1 to the best ending by keyboard alone', async ({ page, problems }) => {
  const best = findBestPath(a1, createScenarioMachine(a1))!;
  await openPlayer(page, A1_URL);
  expect(await axeViolations(page)).toEqual([]);

  for (const [i, choiceId] of best.entries()) {
    await expect(page.locator('.jt-scenario__step')).toHaveText(`Stap ${i + 1}`);
    if (i > 0) await expect(page.locator('.jt-scenario__title')).toBeFocused();
    await tabTo(page, labelOf(a1, choiceId));
    await page.keyboard.press('Enter');
    // Focus moves to the new situation and the result is announced politely.
    await expect(page.getByRole('heading', { level: 2, name: 'Gevolg van uw keuze' })).toBeFocused();
    await expect(page.locator('.jt-scenario [aria-live="polite"]')).toContainText('Gevolg van uw keuze');
    if (i === 0) expect(await axeViolations(page)).toEqual([]);
    await tabTo(page, 'Verder');
    await page.keyboard.press('Enter');
  }

  const ending = a1.nodes.find((n) => n.ending?.rating === 'best')!;
  await expect(page.getByRole('heading', { level: 2, name: ending.ending!.title })).toBeFocused();
  await expect(page.locator('.jt-scenario__rating')).toHaveText('Beste uitkomst');
  await expect(page.getByRole('heading', { name: 'Nabespreking', exact: true })).toBeVisible();
  await expect(page.getByText('U volgde de kortste route naar de beste uitkomst.')).toBeVisible();
  const route = page.locator('.jt-route').first().locator('li');
  await expect(route).toHaveCount(best.length);
  await expect(route.first()).toContainText(labelOf(a1, best[0]!));
  await expect(route.first()).toContainText('Effect:');
  expect(await axeViolations(page)).toEqual([]);
  expect(problems.consoleErrors).toEqual([]);
});

test('a council member plays B3 by mouse to another ending, then goes back to try a different branch', async ({ page }) => {
  const b3 = load('07-afwegen-en-mandaat');
  await openPlayer(page, '/modules/afwegen-en-mandaat/scenario/');
  // Always take the last offered choice: a different route from the best one.
  for (let step = 0; step < 30; step++) {
    if ((await page.locator('.jt-scenario').getAttribute('data-phase')) === 'ending') break;
    await page.locator('.jt-choice').last().click();
    await page.getByRole('button', { name: 'Verder' }).click();
  }
  await expect(page.locator('.jt-scenario')).toHaveAttribute('data-phase', 'ending');
  await expect(page.locator('.jt-scenario__rating')).not.toHaveText('Beste uitkomst');
  await expect(page.getByRole('heading', { name: 'Vergelijk met de beste route' })).toBeVisible();
  await expect(page.locator('.jt-route--best li').first()).toBeVisible();
  const endings = b3.nodes.filter((n) => n.ending).map((n) => n.ending!.title);
  expect(endings).toContain((await page.locator('.jt-scenario__title').textContent())!.trim());

  await page.getByRole('button', { name: 'Terug naar stap 2' }).click();
  await expect(page.locator('.jt-scenario__step')).toHaveText('Stap 2');
  await expect(page.locator('.jt-scenario__title')).toBeFocused();
});

test('undo and restart bring the meters back', async ({ page }) => {
  await openPlayer(page, A1_URL);
  const houding = page.locator('.jt-meter').first();
  await expect(houding).toContainText('3 van 10');
  await page.locator('.jt-choice').first().click();
  await expect(page.getByRole('heading', { name: 'Gevolg van uw keuze' })).toBeVisible();
  await page.getByRole('button', { name: 'Vorige keuze ongedaan maken' }).click();
  await expect(page.locator('.jt-scenario__step')).toHaveText('Stap 1');
  await expect(houding).toContainText('3 van 10');

  await page.locator('.jt-choice').first().click();
  await page.getByRole('button', { name: 'Verder' }).click();
  await expect(page.locator('.jt-scenario__step')).toHaveText('Stap 2');
  await page.getByRole('button', { name: 'Opnieuw beginnen' }).click();
  await expect(page.locator('.jt-scenario__step')).toHaveText('Stap 1');
});

test.describe('on a 320 px touch screen', () => {
  test.use({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });

  test('choices can be tapped and nothing scrolls sideways', async ({ page }) => {
    await openPlayer(page, A1_URL);
    await page.locator('.jt-choice').first().tap();
    await expect(page.getByRole('heading', { name: 'Gevolg van uw keuze' })).toBeVisible();
    await page.getByRole('button', { name: 'Verder' }).tap();
    await expect(page.locator('.jt-scenario__step')).toHaveText('Stap 2');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the intro and the first situation are readable, and the page says the exercise needs JavaScript', async ({ page }) => {
    await page.goto(A1_URL);
    await expect(page.getByText(a1.intro)).toBeVisible();
    const first = a1.nodes.find((n) => n.id === a1.start)!;
    await expect(page.getByRole('heading', { level: 2, name: first.title })).toBeVisible();
    await expect(page.getByText('Voor deze oefening is JavaScript nodig.')).toBeVisible();
  });
});
