import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { axeViolations } from '../support/accessibility';

// The debrief studio at the end of a scenario run. The scenarios' content changes, so these journeys
// walk whatever options are offered (the first one, unless said otherwise) and read names from the page.
const SCENARIO = '/modules/burgerkracht-en-loslaten/scenario/';
async function openPlayer(page: Page) {
  await page.goto(SCENARIO);
  // Clicks before the island hydrates would be lost; the player marks itself ready, and the learner store loads.
  await expect(page.locator('.jt-scenario[data-ready="true"]')).toBeVisible();
  await expect(page.locator('html')).toHaveClass(/jt-js/);
}

const choiceButtons = (page: Page) => page.getByRole('list', { name: 'Wat doet u?' }).getByRole('button');
const routeHeading = (page: Page) => page.getByRole('heading', { name: 'Uw route', exact: true });

/** Takes the first offered option (continuing after its feedback) until the debrief shows. Returns the labels chosen. */
async function playToEnd(page: Page): Promise<string[]> {
  const chosen: string[] = [];
  for (let step = 0; step < 40; step++) {
    const next = choiceButtons(page).first();
    await expect(next.or(routeHeading(page))).toBeVisible();
    if (await routeHeading(page).isVisible()) return chosen;
    chosen.push((await next.textContent())!.trim());
    await next.click();
    await page.getByRole('button', { name: 'Verder' }).click();
  }
  throw new Error('Geen einde bereikt in 40 stappen');
}

const map = (page: Page) => page.getByRole('region', { name: 'Kaart van alle routes' });
const routeSteps = (page: Page) => page.getByRole('list', { name: 'Uw route' }).getByRole('listitem');

test('a learner finishes a run, reads the map, asks "Wat als…", replays from there and compares the two runs', async ({
  page,
  problems,
}) => {
  await openPlayer(page);
  const firstRun = await playToEnd(page);

  // The map is in the debrief, with every step of the run numbered on it.
  await expect(map(page)).toBeVisible();
  await expect(routeSteps(page)).toHaveCount(firstRun.length);
  await expect(map(page).getByRole('link', { name: /Stap 1 van uw route\./ })).toBeVisible();
  await expect(
    map(page).getByRole('link', { name: new RegExp(`Stap(pen)? (\\d+ en )*${firstRun.length}( en \\d+)* van uw route`) }),
  ).toHaveCount(1);
  await expect(map(page).getByRole('link', { name: /Hier eindigde uw route\./ })).toHaveCount(1);
  await expect(page.getByText('Uw route, met het nummer van elke stap')).toBeVisible();
  // One step chart per meter, with its values in words.
  const meters = await page.getByRole('list', { name: 'Meters' }).getByRole('listitem').count();
  await expect(page.getByRole('img', { name: /start \d+, na stap 1: \d+/ })).toHaveCount(meters);
  // The text version of the map names every situation.
  await page.getByText('De kaart als tekst').click();
  await expect(page.getByRole('listitem').filter({ hasText: firstRun[0]! }).first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // "Wat als…" at step 2, by keyboard: every option of that decision, played one step on.
  const whatIf = page.getByRole('button', { name: 'Wat als u hier anders had gekozen? (stap 2)' });
  await whatIf.focus();
  await expect(whatIf).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(whatIf).toHaveAttribute('aria-expanded', 'true');
  const panel = page.getByRole('list', { name: 'Wat als u bij stap 2 anders had gekozen?' });
  await expect(panel.getByText('(uw keuze)')).toBeVisible();
  await expect(panel.getByText('Dan volgt:').first()).toBeVisible();
  await expect(panel.getByText('Op de meters:').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // Play the other branch from there.
  const other = panel
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: /Speel verder met keuze/ }) })
    .first();
  const otherLabel = (await other.locator('p').first().innerText()).replace(/^[A-Z]\.\s*/, '').trim();
  await other.getByRole('button', { name: /Speel verder met keuze/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Gevolg van uw keuze' })).toBeFocused();
  await expect(page.getByText(`U koos: ${otherLabel}`)).toBeVisible();
  await expect(page.getByText('Stap 2: gevolg')).toBeVisible();
  await page.getByRole('button', { name: 'Verder' }).click();
  const secondRun = [firstRun[0]!, otherLabel, ...(await playToEnd(page))];

  // The second run's debrief: its own route, and a comparison with the first run that names the split.
  await expect(routeSteps(page)).toHaveCount(secondRun.length);
  await expect(routeSteps(page).nth(1)).toContainText(`U koos: ${otherLabel}`);
  const table = page.getByRole('table', { name: 'Ronde 1 en Ronde 2 naast elkaar' });
  await expect(table).toBeVisible();
  await expect(page.getByText('Ronde 1 en Ronde 2 gingen uit elkaar bij stap 2')).toBeVisible();
  await expect(table.getByRole('row', { name: /Keuze bij stap 2/ })).toContainText(otherLabel);
  await expect(table.getByRole('row', { name: /Einde/ })).toBeVisible();
  // The compared run is drawn on the map as well, dashed.
  await expect(page.getByText('De route waarmee u vergelijkt (gestreept)')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // Picking another pair is announced.
  await page.getByRole('combobox', { name: 'Eerste ronde' }).selectOption({ index: 1 });
  await expect(page.getByRole('status').filter({ hasText: 'Vergelijking bijgewerkt' })).toHaveText(
    'Vergelijking bijgewerkt: Ronde 2 met Ronde 2.',
  );
  await expect(page.getByText('U vergelijkt een ronde met zichzelf.')).toBeVisible();

  expect(problems.consoleErrors).toEqual([]);
  expect(problems.foreignRequests).toEqual([]);
});

test('the self-debrief is saved to the leerlogboek and prints clean', async ({ page }) => {
  await openPlayer(page);
  await playToEnd(page);
  const text = 'Ik wachtte te lang met bellen. Volgende keer ga ik eerst langs.';
  const field = page.getByRole('textbox', { name: /Wat gebeurde er in dit scenario/ });
  await field.fill(text);
  await field.blur();
  await expect(field).toHaveAccessibleDescription(/Opgeslagen om/);
  expect(await axeViolations(page)).toEqual([]);

  // The print button prints the page; on paper the controls are gone and the answers and the map stay.
  await page.evaluate(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', 'true');
  });
  await page.getByRole('button', { name: 'Druk uw nabespreking af' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-printed', 'true');
  await page.emulateMedia({ media: 'print' });
  await expect(field).toBeVisible();
  await expect(field).toHaveValue(text);
  await expect(page.getByRole('heading', { name: 'Uw eigen nabespreking' })).toBeVisible();
  await expect(map(page)).toBeVisible();
  await expect(page.getByRole('button', { name: /Wat als u hier anders had gekozen/ }).first()).toBeHidden();
  await expect(page.getByRole('button', { name: 'Druk uw nabespreking af' })).toBeHidden();
  await expect(page.getByRole('navigation').first()).toBeHidden();
  // The map shrinks to the page instead of being cut off.
  const fits = await page.evaluate(() => {
    const svg = document.querySelector('[data-scenario-map] svg')!;
    return svg.getBoundingClientRect().width <= document.documentElement.clientWidth;
  });
  expect(fits).toBe(true);
  await page.emulateMedia({ media: 'screen' });

  await page.goto('/logboek/');
  await expect(page.getByText(text)).toBeVisible();
  // The log counts the finished run and leads back to its debrief.
  await expect(page.getByText(/U speelde het 1 keer uit\./)).toBeVisible();
  await page.getByRole('link', { name: /^Bekijk de nabespreking van / }).click();
  await expect(page.getByRole('heading', { name: 'Uw route', exact: true })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Wat gebeurde er in dit scenario? Beschrijf het in uw eigen woorden.' })).toBeVisible();
});

test.describe('on a 320 px phone', () => {
  test.use({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });

  test('the debrief reflows and the map pans in its own labelled region', async ({ page }) => {
    await openPlayer(page);
    await playToEnd(page);
    await expect(map(page)).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // The map is wider than the phone: its region scrolls sideways and takes keyboard focus to do so.
    await map(page).focus();
    await expect(map(page)).toBeFocused();
    const region = await map(page).evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(region.scroll).toBeGreaterThan(region.client);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => map(page).evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Wat als u hier anders had gekozen? (stap 1)' }).tap();
    await expect(page.getByRole('list', { name: 'Wat als u bij stap 1 anders had gekozen?' })).toBeVisible();
    const after = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(after).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the map of every route and its text version are readable', async ({ page }) => {
    await page.goto(SCENARIO);
    await page.getByText('Bekijk de kaart van alle routes').click();
    await expect(map(page)).toBeVisible();
    await page.getByText('De kaart als tekst').click();
    await expect(page.getByText('Beste uitkomst').first()).toBeVisible();
    // Every box on the map leads to its place in the text version.
    const first = map(page).getByRole('link').first();
    const href = (await first.getAttribute('href'))!;
    expect(href).toMatch(/^#kaart-/);
    await expect(page.locator(href)).toBeVisible();
  });
});
