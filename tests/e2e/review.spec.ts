import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { accessibleAtAnyWidth } from '../support/accessibility';
import { finishModule, learnerReady, storedProgress } from '../support/learner-journeys';
import type { ReviewItem } from '../../src/lib/review/review-items';
import { SESSION_SIZE } from '../../src/lib/review/due';
import { formatDate, isoDay } from '../../src/lib/text/dates';
import { countOf } from '../../src/lib/text/plural';

const DAY = 86_400_000;
// A Monday morning in the Netherlands.
const START = Date.parse('2026-12-07T08:30:00Z');
const FOLDER = '01-burgerkracht-en-loslaten';

/** Answers the question on screen, right or wrong, and checks that the original feedback is shown. Returns its item. */
async function answerShown(page: Page, items: ReviewItem[], right: boolean): Promise<ReviewItem> {
  const shown = await page.evaluate(() => ({
    situation: document.querySelector('main h3')?.textContent?.trim() ?? null,
    question: document.querySelector('main legend')?.textContent?.trim() ?? '',
  }));
  const item = items.find((i) => (shown.situation ? i.situation?.title === shown.situation : i.question === shown.question));
  expect(item, `de vraag "${shown.situation ?? shown.question}" hoort bij deze module`).toBeDefined();
  const option = item!.options.find((o) => o.correct === right)!;
  const question = page.getByRole('group', { name: item!.question });
  await question.getByRole('radio', { name: option.text, exact: true }).check();
  await page.getByRole('button', { name: 'Antwoord geven' }).click();
  const feedback = page.locator(':focus');
  await expect(feedback).toContainText(right ? 'Juist.' : 'Niet juist.');
  await expect(feedback).toContainText(option.feedback);
  if (!right) await expect(feedback).toContainText(item!.options.find((o) => o.correct)!.text);
  await expect(question.getByRole('radio', { name: option.text, exact: true })).toBeDisabled();
  return item!;
}

/** Plays one round to its end: the first answer `firstRight`, the others right. Returns the items in the order asked. */
async function playRound(page: Page, items: ReviewItem[], size: number, firstRight: boolean, check?: (i: number) => Promise<void>) {
  await page.getByRole('button', { name: /^(Begin met opfrissen|Nog een ronde)$/ }).click();
  const asked: ReviewItem[] = [];
  for (let i = 1; i <= size; i++) {
    await expect(page.getByRole('heading', { name: `Vraag ${i} van ${size}` })).toBeFocused();
    asked.push(await answerShown(page, items, i > 1 || firstRight));
    await check?.(i);
    await page.getByRole('button', { name: i === size ? 'Naar de uitslag' : 'Volgende vraag' }).click();
  }
  await expect(page.getByRole('heading', { name: 'Klaar met deze ronde' })).toBeFocused();
  await expect(page.getByText(`U had ${firstRight ? size : size - 1} van de ${countOf(size, 'vraag', 'vragen')} goed.`)).toBeVisible();
  return asked;
}

test('a finished module comes back three days later; the answers move the schedule and the count drops', async ({ page, problems }) => {
  test.setTimeout(180_000);
  await page.clock.setFixedTime(START);
  await finishModule(page, FOLDER, { firstWrong: true });
  const items = (await (await page.request.get('/opfrissen/vragen/burgerkracht-en-loslaten.json')).json()) as ReviewItem[];
  expect(items.some((i) => i.origin.kind === 'scenario')).toBe(true);

  // Right after finishing: the module is afgerond and its items are in the schedule, but nothing is due yet.
  await page.goto('/voortgang/');
  await learnerReady(page);
  await expect(page.locator('[data-module-progress]').first()).toContainText('Afgerond');
  await expect.poll(async () => Object.keys((await storedProgress(page)).review ?? {}).length).toBe(items.length);
  await expect(page.getByRole('link', { name: /^Opfrissen:/ })).toHaveCount(0);

  // Three days later, home and /voortgang/ say what is due.
  const day3 = START + 3 * DAY;
  await page.clock.setFixedTime(day3);
  const dueLink = (count: number) => page.getByRole('link', { name: `Opfrissen: ${countOf(count, 'vraag', 'vragen')}`, exact: true });
  await page.goto('/');
  await learnerReady(page);
  await expect(dueLink(items.length)).toBeVisible();
  await page.goto('/voortgang/');
  await expect(dueLink(items.length)).toBeVisible();
  await dueLink(items.length).click();

  await expect(page).toHaveURL(/\/opfrissen\/$/);
  await expect(page.getByRole('heading', { name: `${countOf(items.length, 'vraag', 'vragen')} om op te frissen` })).toBeVisible();
  await accessibleAtAnyWidth(page, 'vragen klaar');
  const size = Math.min(items.length, SESSION_SIZE);
  const asked = await playRound(page, items, size, false, async (i) => {
    if (i === 1) await accessibleAtAnyWidth(page, 'uitleg na een fout antwoord');
  });
  await accessibleAtAnyWidth(page, 'einde van een ronde');

  // The schedule moved: every answered item waits until a later day, the wrong one less long than the right ones.
  const review = (await storedProgress(page)).review as Record<string, { due: string; reps: number }>;
  for (const item of asked) expect(isoDay(review[item.id]!.due) > isoDay(new Date(day3)), item.id).toBe(true);
  const wrongDue = Date.parse(review[asked[0]!.id]!.due);
  for (const item of asked.slice(1)) expect(Date.parse(review[item.id]!.due), item.id).toBeGreaterThan(wrongDue);

  // The count drops by the round; the rest can be done at once.
  const left = items.length - size;
  await page.goto('/');
  await learnerReady(page);
  if (left > 0) {
    await expect(dueLink(left)).toBeVisible();
    await dueLink(left).click();
    await playRound(page, items, Math.min(left, SESSION_SIZE), true);
  } else {
    await expect(page.getByRole('link', { name: /^Opfrissen:/ })).toHaveCount(0);
  }

  // Nothing due: the page says when the next review is, and offers it for the calendar.
  await page.goto('/opfrissen/');
  await expect(page.getByRole('heading', { name: 'U bent bij' })).toBeVisible();
  const next = new Date(wrongDue);
  await expect(page.getByText(`De volgende keer opfrissen is op ${formatDate(next)}.`)).toBeVisible();
  await accessibleAtAnyWidth(page, 'niets klaar');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Zet het in uw agenda (.ics)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`ja-tenzij-opfrissen-${isoDay(next)}.ics`);
  const ics = readFileSync((await download.path())!, 'utf8');
  expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(ics).toContain(`\r\nDTSTART;VALUE=DATE:${isoDay(next).replaceAll('-', '')}\r\n`);
  expect(ics.replace(/\r\n /g, '')).toContain(`\r\nURL:${new URL('/opfrissen/', page.url()).href}\r\n`);
  expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);

  // On that day the wrong answer is back, on its own.
  await page.clock.setFixedTime(next);
  await page.goto('/');
  await learnerReady(page);
  await expect(dueLink(1)).toBeVisible();
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.foreignRequests).toEqual([]);
});

test('with no module finished the review page explains how it works', async ({ page }) => {
  await page.goto('/opfrissen/');
  await expect(page.getByRole('heading', { name: 'Nog niets om op te frissen' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Bekijk welke modules u al hebt afgerond' })).toHaveAttribute('href', '/voortgang/');
  await accessibleAtAnyWidth(page, 'nog niets');
  await page.goto('/');
  await learnerReady(page);
  await expect(page.getByRole('link', { name: /^Opfrissen:/ })).toHaveCount(0);
});
