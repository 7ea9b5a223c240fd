import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { axeViolations } from '../support/accessibility';

// The workshop's scenario ends with the same map as the learner's debrief: the group's route numbered,
// and the votes next to every option the group voted on. Walks whatever options the scenario offers.
const URL = '/workshop/burgerkracht-en-loslaten/';
test.use({ reducedMotion: 'reduce' });

// The window names its screen in data attributes, as in workshop.spec.ts.
const workshopWindow = (page: Page) => page.locator('[data-key]');
const screenType = (page: Page) => workshopWindow(page).getAttribute('data-screen');

async function next(page: Page) {
  const before = await workshopWindow(page).getAttribute('data-key');
  await page.keyboard.press('ArrowRight');
  await expect(workshopWindow(page)).not.toHaveAttribute('data-key', before!);
}

test('at the scenario end the projector shows the map with the group route and the votes, and jumps back to a decision', async ({
  page,
  problems,
}) => {
  await page.goto(URL);
  await expect(page.getByRole('button', { name: 'Volgende →' })).toBeEnabled();
  while ((await screenType(page)) !== 'scenario-intro') await next(page);

  // Every decision: two hands for A, one for B, reveal, follow A.
  for (let step = 0; step < 40 && (await screenType(page)) !== 'ending'; step++) {
    if ((await screenType(page)) === 'vote') {
      await page.keyboard.press('1');
      await page.keyboard.press('1');
      await page.keyboard.press('2');
      await page.keyboard.press('ArrowRight'); // reveal; the next step follows A
    }
    await next(page);
  }
  expect(await screenType(page)).toBe('ending');
  // The trainer opens the map over the ending screen; focus moves into the dialog.
  await page.getByRole('button', { name: 'Kaart van de routes' }).click();
  const dialog = page.getByRole('dialog', { name: 'De kaart: de route van de groep' });
  await expect(dialog).toBeVisible();
  const map = dialog.getByRole('region', { name: 'Kaart van alle routes' });
  await expect(map).toBeVisible();
  await expect(map.getByRole('link', { name: /Stap 1 van de route van de groep\./ })).toBeVisible();
  await expect(page.getByText('De route van de groep, met het nummer van elke stap')).toBeVisible();
  // The tally sits next to the letters: two votes for every A the group followed, one for B.
  await expect(map.getByText('· 2').first()).toBeVisible();
  await expect(map.getByText('· 1').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // Back to the second decision to play the road not taken.
  const again = dialog.getByRole('list', { name: 'Terug naar een beslissing' }).getByRole('button').nth(1);
  const title = (await again.textContent())!.replace(/^Speel beslissing 2 opnieuw: /, '');
  await again.click();
  await expect(workshopWindow(page)).toHaveAttribute('data-screen', 'vote');
  await expect(page.getByText(`Beslissing 2 · ${title}`)).toBeVisible();
  // The dialog closed on the way.
  await expect(dialog).toBeHidden();
  expect(problems.consoleErrors).toEqual([]);
});
