import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Socket } from 'socket.io-client';
import { test, expect } from './fixtures';
import { startRelay, type Relay } from '../../relay/create-relay';
import { ask, connect } from '../support/relay-client';
import { testConfig } from '../support/relay-server';
import { E2E_PORTS } from '../support/e2e-ports';
import { holdIslandScript } from '../support/held-island';

// The participant's phone against a real relay. The trainer is a Node client here; the presenter
// view drives the same messages. The site under test is the build with PUBLIC_RELAY_URL.
const site = `http://127.0.0.1:${E2E_PORTS.votingSite}`;
const question = {
  id: 'a1:de-mail',
  title: 'Wat doet u met de mail van mevrouw Bouzid?',
  options: ['U belt haar dezelfde dag terug', 'U stuurt de regels van de gemeente', 'U wacht op uw leidinggevende'],
};
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

test.describe.configure({ mode: 'serial' });

let relay: Relay;
let trainer: Socket;
let session: { code: string; secret: string };

const startOurRelay = () => startRelay(testConfig({ port: E2E_PORTS.relay, origins: [site] }));

test.beforeEach(async () => {
  relay = await startOurRelay();
  trainer = await connect(relay.url, site);
  const created = await ask<{ code: string; secret: string }>(trainer, 'create');
  if (!created.ok) throw new Error(created.reason);
  session = { code: created.code, secret: created.secret };
  await ask(trainer, 'open', { ...session, question });
});

test.afterEach(async () => {
  trainer.disconnect();
  await relay.close();
});

async function joinByLink(page: Page) {
  await page.goto(`${site}/stem/?code=${session.code.toLowerCase()}`);
  await expect(page.getByRole('heading', { level: 2, name: question.title })).toBeVisible();
}

const axeViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()).violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes[0]?.target.join(' ')})`,
  );

test('a participant types the code, votes, changes the vote and sees the revealed result', async ({ page, problems }) => {
  await page.goto(`${site}/stem/`);
  expect(await axeViolations(page)).toEqual([]);
  await page.getByLabel('Sessiecode').fill(session.code.toLowerCase());
  await page.getByRole('button', { name: 'Meedoen' }).click();
  await expect(page.getByRole('heading', { level: 2, name: question.title })).toBeFocused();

  await page.getByRole('button', { name: /U belt haar dezelfde dag terug/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Uw stem is ontvangen' })).toHaveText(/U belt haar dezelfde dag terug/);
  await page.getByRole('button', { name: /U stuurt de regels/ }).click();
  await expect(page.getByRole('button', { name: /U stuurt de regels/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: /U belt haar/ })).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('status').filter({ hasText: 'Uw stem is ontvangen' })).toHaveText(/U stuurt de regels/);
  expect(await axeViolations(page)).toEqual([]);

  const revealed = await ask(trainer, 'reveal', session);
  expect(revealed).toMatchObject({ ok: true, current: { counts: [0, 1, 0] } });
  const result = page.getByRole('list').filter({ hasText: '1 stem' });
  await expect(result).toContainText('U stuurt de regels van de gemeente');
  await expect(result).toContainText('1 stem (100 %)');
  expect(await axeViolations(page)).toEqual([]);
  expect(problems.consoleErrors).toEqual([]);
  // Only the site and its own relay: nothing else is contacted.
  const relayOrigin = `http://127.0.0.1:${E2E_PORTS.relay}`;
  expect(problems.foreignRequests.filter((url) => !url.startsWith(`${site}/`) && !url.startsWith(`${relayOrigin}/`))).toEqual([]);
});

test('a wrong code gets a Dutch explanation and the form stays filled in', async ({ page }) => {
  await page.goto(`${site}/stem/`);
  await page.getByLabel('Sessiecode').fill('ZZZZZZ');
  await page.getByRole('button', { name: 'Meedoen' }).click();
  await expect(page.getByRole('alert')).toHaveText('Deze code kennen we niet. Kijk de code op het scherm na.');
  await expect(page.getByLabel('Sessiecode')).toHaveValue('ZZZZZZ');
  await expect(page.getByLabel('Sessiecode')).toHaveAttribute('aria-invalid', 'true');
});

test('a code typed before the page script arrived is kept and used', async ({ page }) => {
  const release = await holdIslandScript(page, 'VotePhone');
  await page.goto(`${site}/stem/`, { waitUntil: 'domcontentloaded' });
  await page.getByLabel('Sessiecode').fill('ZZZZZZ');
  release();
  await expect(page.locator('.jt-vote[data-ready="true"]')).toBeVisible();
  await expect(page.getByLabel('Sessiecode')).toHaveValue('ZZZZZZ');
  await page.getByRole('button', { name: 'Meedoen' }).click();
  await expect(page.getByRole('alert')).toHaveText('Deze code kennen we niet. Kijk de code op het scherm na.');
  await expect(page.getByLabel('Sessiecode')).toHaveValue('ZZZZZZ');
});

test('a reload keeps the vote, and it can still be changed', async ({ page }) => {
  await joinByLink(page);
  await page.getByRole('button', { name: /U wacht/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Uw stem is ontvangen' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: /U wacht/ })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: /U belt/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Uw stem is ontvangen' })).toHaveText(/U belt/);
  expect(await ask(trainer, 'reveal', session)).toMatchObject({ current: { counts: [1, 0, 0] } });
});

test('a vote made while the relay is down is sent when it returns, and counted once', async ({ page }) => {
  await joinByLink(page);
  await relay.close();
  await expect(page.getByRole('status').filter({ hasText: 'Geen verbinding met de stemserver' })).toBeVisible();
  await page.getByRole('button', { name: /U belt/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Uw stem is nog niet verstuurd' })).toBeVisible();

  // The relay comes back without its memory; the trainer's browser resumes the session.
  relay = await startOurRelay();
  trainer.disconnect();
  trainer = await connect(relay.url, site);
  expect(await ask(trainer, 'resume', { ...session, question, state: 'open', ballots: {} })).toMatchObject({ ok: true });
  await expect(page.getByRole('status').filter({ hasText: 'Uw stem is ontvangen' })).toHaveText(/U belt/, { timeout: 15_000 });
  expect(await ask(trainer, 'reveal', session)).toMatchObject({ current: { counts: [1, 0, 0] } });
});

test('works at 320 px with the keyboard alone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await joinByLink(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.keyboard.press('Tab');
  const firstOption = page.getByRole('button', { name: /U belt/ });
  while (!(await firstOption.evaluate((el) => el === document.activeElement))) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Uw stem is ontvangen' })).toHaveText(/U belt/);
});
