import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { startRelay, type Relay } from '../../relay/create-relay';
import { freePort, startRedis, testConfig } from '../support/relay-server';
import { ask, connect, deviceId } from '../support/relay-client';
import { questionIdFor } from '../../src/lib/voting/trainer-state';
import { E2E_PORTS } from '../support/e2e-ports';
import { createSession } from '../../src/lib/workshop/session';
import { storageKey } from '../../src/lib/workshop/storage';
import { loadModel } from '../unit/workshop/helpers';

// The trainer's side of voting with phones: presenter and projector in one browser, five phones in
// their own browsers, against the build with PUBLIC_RELAY_URL and a relay this file starts itself.
const site = `http://127.0.0.1:${E2E_PORTS.votingSite}`;
const A1_URL = '/workshop/burgerkracht-en-loslaten/';
const a1 = loadModel();
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

test.describe.configure({ mode: 'serial' });
// Screens change with a short fade; axe must never measure contrast halfway through it.
test.use({ reducedMotion: 'reduce' });

let relay: Relay | null = null;
const startOurRelay = async () => (relay = await startRelay(testConfig({ port: E2E_PORTS.relay, origins: [site] })));
test.afterEach(async () => {
  await relay?.close();
  relay = null;
});

const axeViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()).violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes[0]?.target.join(' ')})`,
  );

/** The trainer's browser: the presenter and the projector, sharing the stored session, at the first decision's vote. */
async function openTrainer(browser: Browser) {
  const context = await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 1280, height: 900 } });
  const presenter = await context.newPage();
  await presenter.goto(`${site}${A1_URL}presentator/`);
  const session = createSession(a1);
  session.slide = a1.plan.slides.findIndex((s) => s.type === 'scenario');
  session.scene = { at: 'vote', decision: 0 };
  await presenter.evaluate(([key, value]) => localStorage.setItem(key!, value!), [storageKey(session.slug), JSON.stringify(session)]);
  await presenter.reload();
  await expect(presenter.getByRole('button', { name: 'Volgende →' })).toBeEnabled();
  const projector = await context.newPage();
  await projector.goto(`${site}${A1_URL}`);
  await expect(projector.getByRole('button', { name: 'Volgende →' })).toBeEnabled();
  return { context, presenter, projector };
}

/** Tabs to a control and presses Enter, as a trainer without a mouse does. */
async function pressByKeyboard(page: Page, control: Locator) {
  await expect(control).toBeEnabled();
  for (let i = 0; i < 120 && !(await control.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(control).toBeFocused();
  await page.keyboard.press('Enter');
}

const phonesPanel = (presenter: Page) => presenter.getByRole('region', { name: 'Stemmen met telefoons', exact: true });
const projectorPhones = (projector: Page) => projector.getByRole('region', { name: 'Stem met uw telefoon', exact: true });
const horizontalOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** A phone in its own browser, joined through the QR code's link. */
async function joinPhone(browser: Browser, link: string) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(link);
  return { context, page };
}

async function vote(phone: Page, label: string) {
  await phone.getByRole('button', { name: label }).click();
  await expect(phone.getByRole('status').filter({ hasText: 'Uw stem is ontvangen' })).toBeVisible({ timeout: 20_000 });
}

test('without a relay at hand the voting option says so, and the show of hands goes on', async ({ browser }) => {
  const { context, presenter, projector } = await openTrainer(browser);
  await pressByKeyboard(presenter, phonesPanel(presenter).getByRole('button', { name: 'Stemmen met telefoons' }));
  await expect(phonesPanel(presenter).getByRole('status')).toHaveText(/De stemserver is niet bereikbaar\. Ga verder met handopsteken/, {
    timeout: 15_000,
  });
  expect(await axeViolations(presenter)).toEqual([]);
  await presenter.getByRole('button', { name: '+1 stem voor A' }).click();
  await presenter.getByRole('button', { name: 'Toon uitslag' }).click();
  await expect(projector.getByRole('list', { name: 'Opties' })).toContainText('1 stem');
  await expect(projectorPhones(projector)).toHaveCount(0);
  await context.close();
});

test('five phones vote, the trainer reveals, the group follows the majority; a relay restart mid-vote loses and doubles nothing', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  await startOurRelay();
  const { context, presenter, projector } = await openTrainer(browser);
  const phones: { context: BrowserContext; page: Page }[] = [];
  try {
    await pressByKeyboard(presenter, phonesPanel(presenter).getByRole('button', { name: 'Stemmen met telefoons' }));

    // The projector: a QR code to the site's own voting page, the address and the code; never the secret.
    const qr = projector.getByRole('img', { name: /^QR-code naar / });
    await expect(qr).toBeVisible();
    const link = (await qr.getAttribute('aria-label'))!.replace('QR-code naar ', '');
    const code = new URL(link).searchParams.get('code')!;
    expect(link).toBe(`${site}/stem/?code=${code}`);
    await expect(projectorPhones(projector)).toContainText(`${site}/stem/`);
    await expect(projectorPhones(projector).getByText(code, { exact: true })).toBeVisible();
    const stored = await projector.evaluate(
      (key) => JSON.parse(localStorage.getItem(key)!).phones.secret as string,
      storageKey(a1.plan.module.slug),
    );
    expect(await projector.locator('body').innerText()).not.toContain(stored);
    await expect(projectorPhones(projector)).toContainText('De stemming is nog niet open.');
    expect(await axeViolations(projector)).toEqual([]);
    expect(await axeViolations(presenter)).toEqual([]);

    // The first decision: three phones for B, two for A.
    const first = a1.optionsAt([], 0);
    await pressByKeyboard(presenter, phonesPanel(presenter).getByRole('button', { name: 'Open de stemming op telefoons' }));
    for (let i = 0; i < 5; i++) phones.push(await joinPhone(browser, link));
    for (const [i, phone] of phones.entries()) await vote(phone.page, first[i < 3 ? 1 : 0]!.label);
    await expect(projectorPhones(projector)).toContainText('5 telefoons verbonden. 5 stemmen ontvangen.');
    // Nobody sees the distribution before the reveal.
    await expect(projector.getByRole('list', { name: 'Opties' })).not.toContainText(/\d+ stemmen/);
    await expect(projectorPhones(projector).getByRole('list')).toHaveCount(0);
    expect(await axeViolations(projector)).toEqual([]);

    await pressByKeyboard(presenter, phonesPanel(presenter).getByRole('button', { name: 'Sluit de stemming' }));
    await expect(projectorPhones(projector)).toContainText('De stemming is gesloten. 5 stemmen ontvangen.');
    await pressByKeyboard(presenter, phonesPanel(presenter).getByRole('button', { name: 'Toon de uitslag van de telefoons' }));
    const bars = projectorPhones(projector).getByRole('list');
    await expect(bars.getByRole('listitem').nth(1)).toContainText(`${first[1]!.label}3 stemmen (60 %)`);
    await expect(bars.getByRole('listitem').nth(0)).toContainText(`${first[0]!.label}2 stemmen (40 %)`);
    await expect(phonesPanel(presenter)).toContainText('Telefoons: A 2, B 3');
    expect(await axeViolations(projector)).toEqual([]);
    expect(await axeViolations(presenter)).toEqual([]);

    // Both windows reflow at 320 px with the voting parts on screen.
    for (const page of [projector, presenter]) {
      await page.setViewportSize({ width: 320, height: 640 });
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await page.setViewportSize({ width: 1280, height: 900 });
    }

    // The group follows the phones' majority.
    await presenter.getByRole('button', { name: 'Volgende →' }).click();
    await expect(projector.getByRole('heading', { level: 2 })).toHaveText('De groep koos B');

    // The second decision: two phones vote, then the relay goes down.
    await presenter.getByRole('button', { name: 'Volgende →' }).click();
    await presenter.getByRole('button', { name: 'Volgende →' }).click();
    await expect(projector.locator('[data-screen]')).toHaveAttribute('data-screen', 'vote');
    const second = a1.optionsAt([first[1]!.id], 1);
    await pressByKeyboard(presenter, phonesPanel(presenter).getByRole('button', { name: 'Open de stemming op telefoons' }));
    for (const phone of phones.slice(0, 2)) await vote(phone.page, second[0]!.label);
    await expect(projectorPhones(projector)).toContainText('2 stemmen ontvangen.');

    await relay!.close();
    relay = null;
    await expect(projectorPhones(projector)).toContainText('De verbinding met de stemserver is weg. Ontvangen tot nu toe: 2 stemmen.');
    // The show of hands is on offer meanwhile.
    await expect(projector.getByRole('button', { name: '+1 stem voor A' })).toBeVisible();
    expect(await axeViolations(projector)).toEqual([]);
    for (const phone of phones.slice(2)) {
      await phone.page.getByRole('button', { name: second[1]!.label }).click();
      await expect(phone.page.getByRole('status').filter({ hasText: 'Uw stem is nog niet verstuurd' })).toBeVisible();
    }

    // The relay returns without its memory: the trainer's windows resume, the phones send what waited.
    await startOurRelay();
    await expect(projectorPhones(projector)).toContainText('5 stemmen ontvangen.', { timeout: 30_000 });
    await pressByKeyboard(presenter, phonesPanel(presenter).getByRole('button', { name: 'Sluit de stemming' }));
    await pressByKeyboard(presenter, phonesPanel(presenter).getByRole('button', { name: 'Toon de uitslag van de telefoons' }));
    await expect(bars.getByRole('listitem').nth(0)).toContainText('2 stemmen (40 %)');
    await expect(bars.getByRole('listitem').nth(1)).toContainText('3 stemmen (60 %)');
    await expect(phonesPanel(presenter)).toContainText('Telefoons: A 2, B 3');
  } finally {
    for (const phone of phones) await phone.context.close();
    await context.close();
  }
});

test('two relays behind Redis act as one: phones on one, the projector on the other, the same tally', async ({ browser }) => {
  test.setTimeout(120_000);
  const redis = await startRedis();
  const config = { origins: [site], redisUrl: redis.url };
  // The site's build points to the first relay; the phones (Node clients here) use the second.
  relay = await startRelay(testConfig({ ...config, port: E2E_PORTS.relay }));
  const other = await startRelay(testConfig({ ...config, port: await freePort() }));
  const { context, presenter, projector } = await openTrainer(browser);
  const phones: Awaited<ReturnType<typeof connect>>[] = [];
  try {
    await pressByKeyboard(presenter, phonesPanel(presenter).getByRole('button', { name: 'Stemmen met telefoons' }));
    const qr = projector.getByRole('img', { name: /^QR-code naar / });
    const code = new URL((await qr.getAttribute('aria-label'))!.replace('QR-code naar ', '')).searchParams.get('code')!;
    await pressByKeyboard(presenter, phonesPanel(presenter).getByRole('button', { name: 'Open de stemming op telefoons' }));
    await expect(projectorPhones(projector)).toContainText('0 stemmen ontvangen.');

    const questionId = questionIdFor(a1.positionAfter([], 0).nodeId);
    for (let i = 0; i < 5; i++) {
      const phone = await connect(other.url, site);
      phones.push(phone);
      expect(await ask(phone, 'join', { code, deviceId: deviceId() })).toMatchObject({
        ok: true,
        current: { question: { id: questionId }, state: 'open' },
      });
      expect(await ask(phone, 'vote', { questionId, option: i < 4 ? 0 : 1 })).toEqual({ ok: true });
    }
    await expect(projectorPhones(projector)).toContainText('5 telefoons verbonden. 5 stemmen ontvangen.');
    await pressByKeyboard(presenter, phonesPanel(presenter).getByRole('button', { name: 'Sluit de stemming' }));
    await pressByKeyboard(presenter, phonesPanel(presenter).getByRole('button', { name: 'Toon de uitslag van de telefoons' }));
    const bars = projectorPhones(projector).getByRole('list');
    await expect(bars.getByRole('listitem').nth(0)).toContainText('4 stemmen (80 %)');
    await expect(bars.getByRole('listitem').nth(1)).toContainText('1 stem (20 %)');
    await presenter.getByRole('button', { name: 'Volgende →' }).click();
    await expect(projector.getByRole('heading', { level: 2 })).toHaveText('De groep koos A');
  } finally {
    for (const phone of phones) phone.disconnect();
    await context.close();
    await other.close();
    await relay?.close();
    relay = null;
    await redis.stop();
  }
});

test('the default build, without a relay, has no voting with phones at all', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto(`${A1_URL}presentator/`);
  await expect(page.getByRole('button', { name: 'Volgende →' })).toBeEnabled();
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('region', { name: 'Stemmen met telefoons' })).toHaveCount(0);
  expect(scripts.filter((url) => /Phones|trainer-connection|socket/i.test(url))).toEqual([]);
  expect(await page.evaluate(() => document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content'))).toMatch(
    /connect-src 'self'(;|$)/,
  );
});
