import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { axeViolations } from '../support/accessibility';
import { createSession, type WorkshopSession } from '../../src/lib/workshop/session';
import { storageKey } from '../../src/lib/workshop/storage';
import { channelName } from '../../src/lib/workshop/sync';
import { viewOf } from '../../src/lib/workshop/view';
import { formatClock } from '../../src/lib/workshop/timer';
import type { WorkshopModel } from '../../src/lib/workshop/model';
import { moduleFolders } from '../support/content-files';
import { loadModel } from '../unit/workshop/helpers';

const A1 = '01-burgerkracht-en-loslaten';
const A1_SLUG = 'burgerkracht-en-loslaten';
const A1_URL = `/workshop/${A1_SLUG}/`;
const a1 = loadModel(A1);

// Screens change with a short fade; axe must never measure contrast halfway through it.
test.use({ reducedMotion: 'reduce' });

/** Keys sent before the island hydrates would be lost; "next" is enabled once the stored session is restored. */
async function waitUntilReady(page: Page) {
  await expect(page.getByRole('button', { name: 'Volgende →' })).toBeEnabled();
}

async function openProjector(page: Page, url = A1_URL) {
  await page.goto(url);
  await waitUntilReady(page);
}

async function openPresenter(page: Page, url = `${A1_URL}presentator/`) {
  await page.goto(url);
  await waitUntilReady(page);
}

// The window names its screen in data attributes: a stable key per screen, and the kind of screen.
const workshopWindow = (page: Page) => page.locator('[data-key]');
const screenKey = (page: Page) => workshopWindow(page).getAttribute('data-key');
const screenType = (page: Page) => workshopWindow(page).getAttribute('data-screen');
/** The heading of the projector screen. */
const screenHeading = (page: Page) => page.getByRole('heading', { level: 2 });
const options = (page: Page) => page.getByRole('list', { name: 'Opties' }).getByRole('listitem');
const blackScreen = (page: Page) => page.locator('[data-blackout]');
const timerAnnouncement = (page: Page) => page.locator('[data-timer-announcement]');

/** Presses a key and waits until the projector shows another screen. */
async function pressAndMove(page: Page, key: string) {
  const before = await screenKey(page);
  await page.keyboard.press(key);
  await expect(workshopWindow(page)).not.toHaveAttribute('data-key', before!);
}

/** The option index of a choice at the group's next decision. */
const optionIndex = (model: WorkshopModel, path: string[], choiceId: string) =>
  model.optionsAt(path, path.length).findIndex((c) => c.id === choiceId);

test('a trainer runs the whole A1 workshop by keyboard alone and downloads the summary', async ({ page, problems }) => {
  await openProjector(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Workshop: Burgerkracht zien en loslaten');
  await expect(page.getByRole('blockquote')).toContainText('burgerkracht');

  // Forward with every key a clicker or keyboard sends, and back again.
  await pressAndMove(page, 'ArrowRight');
  await expect(screenHeading(page)).toHaveText(a1.plan.sections[0]!.title);
  await pressAndMove(page, 'PageDown');
  await pressAndMove(page, ' ');
  await pressAndMove(page, 'ArrowLeft');
  await pressAndMove(page, 'PageUp');
  await expect(screenHeading(page)).toHaveText(a1.plan.sections[0]!.title);
  while ((await screenType(page)) !== 'scenario-intro') await pressAndMove(page, 'ArrowRight');
  await expect(screenHeading(page)).toHaveText(a1.plan.scenario.title);
  await pressAndMove(page, 'ArrowRight');

  const path: string[] = [];
  for (const [i, choiceId] of a1.plan.bestPath.entries()) {
    const node = a1.node(a1.positionAfter(path, path.length).nodeId)!;
    await expect(workshopWindow(page)).toHaveAttribute('data-screen', 'situation');
    await expect(screenHeading(page)).toHaveText(node.title);
    await pressAndMove(page, 'ArrowRight');
    await expect(workshopWindow(page)).toHaveAttribute('data-screen', 'vote');
    const choices = a1.optionsAt(path, path.length);
    await expect(options(page)).toHaveCount(choices.length);
    await expect(page.getByRole('button', { name: '+1 stem voor A' })).toBeVisible();
    const best = optionIndex(a1, path, choiceId);
    const other = best === 0 ? 1 : 0;
    const key = (n: number) => String(n + 1);

    if (i === 1) {
      // A tie: the group waits until the trainer breaks it.
      await page.keyboard.press(key(best));
      await page.keyboard.press(key(other));
      await pressAndMove(page, 'ArrowRight');
      await expect(page.getByText(/^Gelijke stand .* De trainer beslist welke optie de groep volgt\.$/)).toBeVisible();
      const stuck = await screenKey(page);
      await page.keyboard.press('ArrowRight');
      await expect(workshopWindow(page)).toHaveAttribute('data-key', stuck!);
      await page.keyboard.press(key(best));
      await expect(page.getByText(`Gelijke stand. De trainer kiest ${'ABCD'[best]}.`)).toBeVisible();
    } else {
      // A show of hands: three for the best option, two for another, one taken back.
      for (let n = 0; n < 3; n++) await page.keyboard.press(key(best));
      await page.keyboard.press(key(other));
      await page.keyboard.press(key(other));
      await page.keyboard.press('u');
      await expect(page.getByText('Geteld: 4 stemmen. De uitslag is nog verborgen.')).toBeVisible();
      // The distribution stays hidden until the trainer reveals it.
      await expect(options(page).filter({ hasText: /(?<![+\d])\d+ stem/ })).toHaveCount(0);
      await expect(options(page).locator('meter')).toHaveCount(0);
      await pressAndMove(page, 'ArrowRight');
      await expect(options(page).nth(best)).toContainText('3 stemmen (75%)');
      await expect(options(page).locator('meter')).toHaveCount(choices.length);
      await expect(page.getByRole('list', { name: 'Opties' }).getByRole('button', { pressed: true })).toHaveText(`Volg ${'ABCD'[best]}`);
      await expect(page.getByText(`De groep volgt ${'ABCD'[best]}.`, { exact: false })).toBeVisible();
    }
    await pressAndMove(page, 'ArrowRight');
    await expect(workshopWindow(page)).toHaveAttribute('data-screen', 'feedback');
    await expect(screenHeading(page)).toHaveText(`De groep koos ${'ABCD'[best]}`);
    await expect(page.getByText(choices[best]!.label, { exact: true })).toBeVisible();
    // Each meter is named by its label and says its value in words, not only by the bar's length.
    for (const meter of a1.plan.scenario.meters) {
      await expect(page.getByRole('meter', { name: meter.label })).toHaveAttribute(
        'aria-valuetext',
        new RegExp(`^\\d+ van ${meter.max}, van ${meter.minLabel} naar ${meter.maxLabel}$`),
      );
    }
    path.push(choiceId);
    await pressAndMove(page, 'ArrowRight');
  }

  // The end of the scenario: outcome, debrief, the group's route with its votes, the best route.
  const ending = a1.plan.scenario.nodes.find((n) => n.ending?.rating === 'best')!.ending!;
  await expect(page.getByText('Beste uitkomst', { exact: true })).toBeVisible();
  await expect(screenHeading(page)).toHaveText(ending.title);
  const seen: string[] = [];
  let routeText = '';
  while ((await screenType(page)) === 'ending') {
    const heading = (await screenHeading(page).textContent())!;
    seen.push(heading);
    if (heading === 'De route van de groep') routeText += await page.getByRole('region', { name: heading }).getByRole('list').textContent();
    if (heading === 'Vergelijk met de beste route' && seen.filter((h) => h === heading).length === 1) {
      await expect(page.getByText('De groep volgde de kortste route naar de beste uitkomst.')).toBeVisible();
    }
    await pressAndMove(page, 'ArrowRight');
  }
  expect(seen).toEqual(
    expect.arrayContaining(['Nabespreking', 'De route van de groep', 'Vergelijk met de beste route', 'Om over na te denken']),
  );
  // The route shows the votes per decision and how the group decided.
  expect(routeText).toContain('3 stemmen van 4');
  expect(routeText).toContain('De meeste stemmen gingen naar');
  expect(routeText).toContain('Het was gelijk. De trainer koos');
  for (const choiceId of a1.plan.bestPath) expect(routeText).toContain(a1.choice(choiceId)!.choice.label);

  // Discussion and wrap-up, then the end.
  while ((await screenType(page)) !== 'end') await pressAndMove(page, 'ArrowRight');
  await expect(screenHeading(page)).toHaveText('Einde van de workshop');
  await expect(page.getByText(`Het scenario eindigde met: ${ending.title}`)).toBeVisible();
  const last = await screenKey(page);
  await page.keyboard.press('ArrowRight');
  await expect(workshopWindow(page)).toHaveAttribute('data-key', last!);

  // The summary, as Markdown, by keyboard.
  await page.getByRole('button', { name: 'Samenvatting downloaden' }).first().focus();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toMatch(/^workshop-a1-\d{4}-\d{2}-\d{2}\.md$/);
  const markdown = readFileSync(await download.path(), 'utf8');
  expect(markdown).toContain('# Workshop A1: Burgerkracht zien en loslaten');
  expect(markdown).toContain('Het was gelijk. De trainer koos');
  expect(markdown).toContain('(gevolgd)**');
  expect(markdown).toContain('De groep volgde de kortste route naar de beste uitkomst.');
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.foreignRequests).toEqual([]);
});

test('the timer counts down, says when it starts and ends, and shows the end without sound', async ({ page }) => {
  await page.clock.install();
  await openProjector(page);
  const minutes = a1.plan.sections[0]!.minutes;
  const clockShows = (ms: number) => page.getByText(formatClock(ms), { exact: true });
  await expect(clockShows(minutes * 60_000)).toBeVisible();
  await expect(page.getByText('staat stil', { exact: true })).toBeVisible();
  await page.keyboard.press('t');
  await expect(timerAnnouncement(page)).toHaveText(`De timer loopt. Nog ${minutes} minuten.`);
  await page.clock.runFor(61_000);
  await expect(clockShows(minutes * 60_000 - 61_000)).toBeVisible();
  await page.keyboard.press('t');
  await expect(timerAnnouncement(page)).toContainText('De timer staat stil');
  await page.keyboard.press('t');
  await page.clock.runFor(minutes * 60_000);
  await expect(page.getByText('Tijd is om', { exact: true })).toBeVisible();
  await expect(clockShows(0)).toBeVisible();
  await expect(timerAnnouncement(page)).toHaveText('De tijd is om.');
});

test('black screen, help, notes and full screen work by key, and keys stay in a text field', async ({ page, problems }) => {
  await openProjector(page);
  await page.keyboard.press('b');
  await expect(blackScreen(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(blackScreen(page)).toHaveCount(0);
  await page.keyboard.press('b');
  // The first "next" only lifts the black screen.
  const before = await screenKey(page);
  await page.keyboard.press('ArrowRight');
  await expect(blackScreen(page)).toHaveCount(0);
  await expect(workshopWindow(page)).toHaveAttribute('data-key', before!);

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Toetsen in de workshop' });
  await expect(help).toBeVisible();
  await expect(help).toContainText('Zwart scherm aan of uit');
  // Keys do nothing behind an open dialog.
  await page.keyboard.press('ArrowRight');
  await expect(workshopWindow(page)).toHaveAttribute('data-key', before!);
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await page.keyboard.press('h');
  await expect(help).toBeVisible();
  await page.keyboard.press('h');
  await expect(help).toBeHidden();

  await page.keyboard.press('n');
  const notes = page.getByRole('complementary', { name: 'Notities voor de trainer' });
  await expect(notes).toBeVisible();
  await expect(notes).toContainText(a1.plan.sections[0]!.notes.slice(0, 40));
  await notes.getByRole('textbox').focus();
  await page.keyboard.type('Goede sfeer. 1 2 n b t');
  await page.keyboard.press('ArrowRight');
  await expect(notes.getByRole('textbox')).toHaveValue('Goede sfeer. 1 2 n b t');
  await expect(workshopWindow(page)).toHaveAttribute('data-key', before!);
  await expect(notes).toBeVisible();
  await expect(blackScreen(page)).toHaveCount(0);
  await page.keyboard.press('Tab');
  await page.keyboard.press('n');
  await expect(notes).toBeHidden();

  await page.keyboard.press('f');
  await page.keyboard.press('Escape');
  expect(problems.consoleErrors).toEqual([]);
});

test('the presenter view stays in step with the projector, and either window can drive', async ({ context }) => {
  const projector = await context.newPage();
  const presenter = await context.newPage();
  await openProjector(projector);
  await openPresenter(presenter);
  const current = presenter.locator('[data-current-label]');
  await expect(current).toHaveText('Titel en leervraag');
  await expect(presenter.locator('[data-next-label]')).toHaveText(a1.plan.sections[0]!.title);

  await projector.keyboard.press('ArrowRight');
  await expect(current).toHaveText(a1.plan.sections[0]!.title);
  await expect(presenter.getByText(a1.plan.sections[0]!.notes.slice(0, 40))).toBeVisible();

  await presenter.getByRole('button', { name: 'Volgende →' }).click();
  await expect(screenHeading(projector)).toHaveText(a1.plan.sections[1]!.title);

  // Jump to the scenario from the schedule, then vote from the presenter.
  const scenarioStep = a1.plan.sections.find((s) => s.kind === 'scenario')!;
  await presenter.getByRole('button', { name: `Ga naar ${scenarioStep.title}` }).click();
  await expect(screenHeading(projector)).toHaveText(scenarioStep.title);
  for (let i = 0; i < 3; i++) await presenter.keyboard.press('ArrowRight');
  await expect(workshopWindow(projector)).toHaveAttribute('data-screen', 'vote');
  const votes = presenter.getByRole('region', { name: 'Stemmen bij beslissing 1' });
  await expect(votes).toBeVisible();
  await votes.getByRole('button', { name: '+1 stem voor A' }).click();
  await votes.getByRole('button', { name: '+1 stem voor A' }).click();
  await projector.keyboard.press('2');
  await expect(projector.getByText('Geteld: 3 stemmen. De uitslag is nog verborgen.')).toBeVisible();
  // The presenter sees the counts; the group does not, until the reveal.
  await expect(options(presenter).first()).toContainText('2 stemmen');
  await expect(options(presenter).nth(1)).toContainText('1 stem');
  await expect(options(projector).filter({ hasText: /(?<![+\d])\d+ stem/ })).toHaveCount(0);
  await votes.getByRole('button', { name: 'Toon uitslag' }).click();
  await expect(options(projector).first()).toContainText('2 stemmen (67%)');

  // Notes typed in the presenter reach the projector's notes panel.
  await presenter.getByLabel(`Uw aantekeningen bij: ${scenarioStep.title}`).fill('Groep twijfelde bij A');
  await projector.keyboard.press('n');
  await expect(projector.getByLabel(`Uw aantekeningen bij: ${scenarioStep.title}`)).toHaveValue('Groep twijfelde bij A');
  await projector.keyboard.press('n');

  // The presenter can black out the projector.
  await presenter.getByRole('button', { name: 'Zwart scherm (B)' }).click();
  await expect(blackScreen(projector)).toBeVisible();
  await projector.keyboard.press('b');
  await expect(presenter.getByText('Het scherm voor de groep is nu zwart.')).toBeHidden();

  // A presenter opened later catches up with the projector.
  const late = await context.newPage();
  await openPresenter(late);
  await expect(late.locator('[data-current-label]')).toHaveText('Uitslag van de stemming bij beslissing 1');
});

test('a reload keeps the session; corrupt data gives a notice and a fresh session; reset asks first', async ({ page, problems }) => {
  await openProjector(page);
  while ((await screenType(page)) !== 'vote') await pressAndMove(page, 'ArrowRight');
  await page.keyboard.press('1');
  await page.keyboard.press('1');
  await page.keyboard.press('t');
  const key = await screenKey(page);
  await page.reload();
  await waitUntilReady(page);
  await expect(workshopWindow(page)).toHaveAttribute('data-key', key!);
  await expect(page.getByText('Geteld: 2 stemmen. De uitslag is nog verborgen.')).toBeVisible();
  await expect(page.getByText('loopt', { exact: true })).toBeVisible();
  const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), storageKey(A1_SLUG));
  expect(stored).toMatchObject({ v: 1, slug: A1_SLUG, path: [] });

  // Reset asks first (ConfirmAction): "no" and Escape keep everything, "yes" starts over.
  await page.keyboard.press('n');
  const reset = page.getByRole('button', { name: 'Nieuwe sessie beginnen' });
  await reset.click();
  const confirm = page.getByRole('dialog', { name: 'Een nieuwe sessie beginnen?' });
  await expect(confirm).toBeVisible();
  // The dialog says what will be lost, and the safe answer has the focus.
  await expect(confirm).toHaveAccessibleDescription(/Dan wist u de stemmen, de route van de groep, de timer en uw notities/);
  await expect(confirm.getByRole('button', { name: 'Nee, terug' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(confirm).toBeHidden();
  await expect(reset).toBeFocused();
  await expect(workshopWindow(page)).toHaveAttribute('data-key', key!);
  await page.keyboard.press('Enter');
  await expect(confirm).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(reset).toBeFocused();
  await expect(workshopWindow(page)).toHaveAttribute('data-key', key!);
  // Escape closed only the question, not the notes panel behind it.
  await expect(page.getByRole('complementary', { name: 'Notities voor de trainer' })).toBeVisible();
  await reset.click();
  await confirm.getByRole('button', { name: 'Ja, alles wissen' }).click();
  await expect(workshopWindow(page)).toHaveAttribute('data-screen', 'cover');
  await expect(page.getByText('Geteld:', { exact: false })).toHaveCount(0);

  await page.evaluate((k) => localStorage.setItem(k, '{"v":1,"slug":'), storageKey(A1_SLUG));
  await page.reload();
  await waitUntilReady(page);
  await expect(page.getByRole('status').filter({ hasText: 'De opgeslagen sessie kon niet worden gelezen' })).toBeVisible();
  await expect(workshopWindow(page)).toHaveAttribute('data-screen', 'cover');
  await page.getByRole('button', { name: 'Melding sluiten' }).click();
  await expect(page.getByText('De opgeslagen sessie kon niet worden gelezen')).toHaveCount(0);
  expect(problems.consoleErrors).toEqual([]);
});

/** Moves a workshop window to the first vote and counts three hands (one for A, two for B). */
async function toFirstVote(page: Page) {
  while ((await screenType(page)) !== 'vote') await pressAndMove(page, 'ArrowRight');
  for (const key of ['1', '2', '2']) await page.keyboard.press(key);
  await expect(page.getByText('Geteld: 3 stemmen. De uitslag is nog verborgen.')).toBeVisible();
}

// One test per state: each axe scan takes seconds on a small machine, so no test carries several.
const axeStates: { name: string; reach: (page: Page) => Promise<void> }[] = [
  { name: 'the projector cover', reach: async () => {} },
  { name: 'a projector section screen', reach: (page) => pressAndMove(page, 'ArrowRight') },
  { name: 'a vote while hands are counted', reach: toFirstVote },
  {
    name: 'a vote with its result',
    reach: async (page) => {
      await toFirstVote(page);
      await pressAndMove(page, 'ArrowRight');
    },
  },
  {
    name: 'a consequence with the meters',
    reach: async (page) => {
      await toFirstVote(page);
      await pressAndMove(page, 'ArrowRight');
      await pressAndMove(page, 'ArrowRight');
      await expect(page.getByRole('meter').first()).toBeVisible();
    },
  },
  {
    name: 'the notes panel with the reset question',
    reach: async (page) => {
      await page.keyboard.press('n');
      await page.getByRole('button', { name: 'Nieuwe sessie beginnen' }).click();
      await expect(page.getByRole('dialog', { name: 'Een nieuwe sessie beginnen?' })).toBeVisible();
    },
  },
];

for (const state of axeStates) {
  test(`axe finds no violations on ${state.name}`, async ({ page }) => {
    await openProjector(page);
    await state.reach(page);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('axe finds no violations on the presenter view during a vote', async ({ page }) => {
  await openPresenter(page);
  await toFirstVote(page);
  await expect(page.getByRole('region', { name: 'Stemmen bij beslissing 1' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('screen changes fade only when motion is welcome', async ({ page }) => {
  await openProjector(page);
  await pressAndMove(page, 'ArrowRight');
  // The heading sits directly in the element that fades in.
  const fade = () => screenHeading(page).evaluate((el) => getComputedStyle(el.parentElement!).animationName);
  expect(await fade()).toBe('none');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await pressAndMove(page, 'ArrowRight');
  expect(await fade()).toBe('jt-ws-appear');
});

/** The smallest visible text size in the projector view, and where it is. */
const smallestText = (page: Page) =>
  page.evaluate(() => {
    const walker = document.createTreeWalker(document.querySelector('[data-key]')!, NodeFilter.SHOW_TEXT);
    let min = Infinity;
    let where = '';
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const el = node.parentElement;
      if (!node.textContent?.trim() || !el || el.closest('.jt-visually-hidden, dialog, [hidden]')) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < min) [min, where] = [size, node.textContent.trim().slice(0, 60)];
    }
    return { min, where };
  });

/** How far the page and the stage would scroll, in pixels. */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const stage = document.querySelector('[data-key] > section')!;
    const doc = document.documentElement;
    return Math.max(
      stage.scrollHeight - stage.clientHeight,
      stage.scrollWidth - stage.clientWidth,
      doc.scrollHeight - doc.clientHeight,
      doc.scrollWidth - doc.clientWidth,
    );
  });

test('every step of the A1 workshop: text at least 28 px at 1920×1080, and no scrolling at 1280×720', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openProjector(page);
  const checked: string[] = [];
  for (let step = 0; step < 200; step++) {
    const key = (await screenKey(page))!;
    await page.setViewportSize({ width: 1920, height: 1080 });
    const text = await smallestText(page);
    expect(text.min, `${key}: "${text.where}"`).toBeGreaterThanOrEqual(28);
    expect(await overflow(page), `${key} at 1920×1080`).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 720 });
    expect(await overflow(page), `${key} at 1280×720`).toBeLessThanOrEqual(0);
    checked.push(key);

    const type = await screenType(page);
    if (type === 'end') break;
    if (type === 'vote' && key.endsWith(':hidden')) {
      // Count some hands so the result screen has bars and numbers to show.
      for (const k of ['1', '1', '2', '1']) await page.keyboard.press(k);
    }
    if (type === 'vote' && key.endsWith(':shown')) await page.keyboard.press('1');
    await pressAndMove(page, 'ArrowRight');
  }
  expect(checked.at(-1)).toMatch(/:end$/);
  expect(checked.some((k) => k.includes(':vote:'))).toBe(true);
  expect(checked.some((k) => k.includes(':ending:'))).toBe(true);
});

/** Every screen a workshop can show: the fixed slides, every decision (with a result), every consequence and every ending page. */
function everyScreen(model: WorkshopModel): WorkshopSession[] {
  const base = createSession(model);
  const scenario = model.plan.slides.findIndex((s) => s.type === 'scenario');
  const sessions: WorkshopSession[] = model.plan.slides.flatMap((s, slide) => (s.type === 'scenario' ? [] : [{ ...base, slide }]));
  const votesFor = (path: string[]) =>
    Object.fromEntries(
      path.map((choiceId, i) => {
        const node = model.positionAfter(path, i).nodeId;
        const counts = Object.fromEntries(model.optionsAt(path, i).map((o) => [o.id, o.id === choiceId ? 12 : 8]));
        return [node, { counts, history: [], revealed: true, pick: null }];
      }),
    );
  const seen = new Set<string>();
  const queue: string[][] = [[]];
  while (queue.length) {
    const path = queue.shift()!;
    const position = model.positionAfter(path, path.length);
    if (seen.has(position.nodeId)) continue;
    seen.add(position.nodeId);
    const at = { ...base, slide: scenario, path, votes: votesFor(path) };
    if (position.phase === 'ending') {
      model.endingPages(path).forEach((_, page) => sessions.push({ ...at, scene: { at: 'ending', page } }));
      continue;
    }
    const options = model.optionsAt(path, path.length);
    // Equal votes for every option: the longest result message ("Gelijke stand tussen A, B en C …").
    const tie = { counts: Object.fromEntries(options.map((o) => [o.id, 18])), history: [], revealed: true, pick: null };
    sessions.push({ ...at, scene: { at: 'situation', decision: path.length } });
    sessions.push({ ...at, votes: { ...at.votes, [position.nodeId]: tie }, scene: { at: 'vote', decision: path.length } });
    for (const option of options) {
      const next = [...path, option.id];
      sessions.push({ ...at, path: next, votes: votesFor(next), scene: { at: 'feedback', decision: path.length } });
      queue.push(next);
    }
  }
  return sessions.map((s, i) => ({ ...s, rev: 1_000 + i }));
}

for (const folder of moduleFolders()) {
  test(`every screen of workshop ${folder}, on every branch, fits 1280×720 and 1920×1080 without scrolling`, async ({ page }) => {
    const model = loadModel(folder);
    const slug = model.plan.module.slug;
    const sessions = everyScreen(model);
    await openProjector(page, `/workshop/${slug}/`);
    const problems: string[] = [];
    for (const size of [
      { width: 1280, height: 720 },
      { width: 1920, height: 1080 },
    ]) {
      await page.setViewportSize(size);
      for (const session of sessions) {
        const key = viewOf(model, session).key;
        // The projector takes the state as if the presenter window sent it (BroadcastChannel), then the screen is measured.
        const over = await page.evaluate(
          async ({ channel, session, key }) => {
            const ch = new BroadcastChannel(channel);
            ch.postMessage({ type: 'state', from: '0-test', session });
            ch.close();
            const ws = document.querySelector('[data-key]')!;
            for (let i = 0; i < 100 && ws.getAttribute('data-key') !== key; i++) await new Promise((r) => requestAnimationFrame(r));
            if (ws.getAttribute('data-key') !== key) return -1;
            const stage = document.querySelector('[data-key] > section')!;
            const doc = document.documentElement;
            return Math.max(
              stage.scrollHeight - stage.clientHeight,
              doc.scrollHeight - doc.clientHeight,
              doc.scrollWidth - doc.clientWidth,
            );
          },
          { channel: channelName(slug), session: { ...session, rev: session.rev + (size.width === 1920 ? 10_000 : 0) }, key },
        );
        if (over !== 0) problems.push(`${size.width}×${size.height} ${key}: ${over === -1 ? 'niet getoond' : `${over}px te hoog`}`);
      }
    }
    expect(problems).toEqual([]);
  });
}

test('the hand-out of every module prints on one A4 page', async ({ page }) => {
  for (const folder of moduleFolders()) {
    const slug = folder.replace(/^\d{2}-/, '');
    await page.goto(`/workshop/${slug}/hand-out/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? [];
    expect(pages.length, folder).toBe(1);
    await page.emulateMedia({ media: 'screen' });
  }
});

test('the trainer page, the draaiboek and the overview link to the workshops', async ({ page }) => {
  await page.goto('/trainers/');
  await expect(page.getByRole('link', { name: 'Workshops geven op de beamer' })).toBeVisible();
  await page.getByRole('link', { name: 'Workshop A1 op de beamer' }).click();
  await expect(page).toHaveURL(new RegExp(`${A1_URL}$`));
  await page.goto(`/modules/${A1_SLUG}/draaiboek/`);
  await page.getByRole('link', { name: /Deze sessie geven in workshopmodus/ }).click();
  await expect(page).toHaveURL(new RegExp(`${A1_URL}$`));
  await page.goto('/workshop/');
  for (const name of ['Workshop A1 starten op de beamer', 'Presentatorweergave A1', 'Hand-out A1 afdrukken']) {
    await expect(page.getByRole('link', { name })).toBeVisible();
  }
});

test('once opened, the workshop works without a network', async ({ page, context }) => {
  await openProjector(page);
  // Wait until the service worker has cached the site and controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
  await pressAndMove(page, 'ArrowRight');
  const key = await screenKey(page);
  await context.setOffline(true);
  await page.reload();
  await waitUntilReady(page);
  await expect(workshopWindow(page)).toHaveAttribute('data-key', key!);
  await pressAndMove(page, 'ArrowRight');
  // The other workshop pages and the draaiboek come from the cache too.
  await openPresenter(page);
  await page.goto(`${A1_URL}hand-out/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Burgerkracht zien en loslaten');
  await page.goto(`/modules/${A1_SLUG}/draaiboek/`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Draaiboek A1');
  await context.setOffline(false);
});
