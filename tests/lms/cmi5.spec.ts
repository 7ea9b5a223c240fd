import { test, expect } from '@playwright/test';
import { ACTOR_ACCOUNT, FakeLms, REGISTRATION, SESSION_EXTENSION } from './fake-lrs';
import { content, learnerReady, moduleOf, packageUrl, playModulePage, playScenario, readableForms, scoreAllButOne, wordsOf } from './play';

// A module package in a learning system that speaks cmi5: the LMS launches the AU with its launch
// parameters, and a fake learning record store (Playwright routes) records every statement.

const A1 = moduleOf('01-burgerkracht-en-loslaten');
const AU = 'https://ja-tenzij.example/lms/module/01-burgerkracht-en-loslaten/au/01-burgerkracht-en-loslaten';
const REFLECTION = 'Mijn zwager Bartholomeus verzamelt postzegels uit Suriname en belt mij elke zondag.';
const score = scoreAllButOne(A1.questions);
const passed = score >= 0.7;

test('cmi5: A1 sends the defined statements in order, one "chose" per decision, and a new session resumes from the LRS', async ({
  page,
  request,
}) => {
  const lms = new FakeLms(request, AU, 0.7);
  await page.goto('/harness/');
  const first = await lms.launch(packageUrl('a1-burgerkracht-en-loslaten', 'cmi5', A1.launch));
  const firstSession = lms.session;
  await page.evaluate((src) => window.startLms({ format: 'cmi5', src }), first);
  const frame = content(page);
  await playModulePage(frame, A1, REFLECTION);
  await playScenario(frame);
  await page.evaluate(() => window.closeContent());
  await expect.poll(async () => (await lms.verbs(firstSession)).at(-1)).toBe('terminated');

  // cmi5's order: launched (by the LMS), initialized, then the result in either order, terminated last;
  // "chose" statements only between initialized and terminated.
  const verbs = await lms.verbs(firstSession);
  const { statements, bodies } = await lms.log();
  const defined = verbs.filter((verb) => verb !== 'chose');
  expect(defined.slice(0, 2)).toEqual(['launched', 'initialized']);
  expect(defined.slice(2, -1).sort()).toEqual([passed ? 'passed' : 'failed', 'completed'].sort());
  expect(defined.at(-1)).toBe('terminated');
  expect(verbs.indexOf('chose')).toBeGreaterThan(verbs.indexOf('initialized'));
  expect(verbs.lastIndexOf('chose')).toBeLessThan(verbs.indexOf('terminated'));

  const sent = statements
    .filter((s) => s.session === firstSession)
    .slice(1)
    .map((s) => s.statement);
  for (const statement of sent) {
    // cmi5: every AU statement carries the LMS's registration and session, and names the learner the LMS named.
    expect(statement['context']['registration']).toBe(REGISTRATION);
    expect(statement['context']['extensions'][SESSION_EXTENSION]).toBe(firstSession);
    expect(statement['actor']['account']).toEqual(ACTOR_ACCOUNT);
  }
  const result = (verb: string) => sent.find((s) => String(s['verb']['id']).endsWith(`/${verb}`))!['result'];
  expect(result(passed ? 'passed' : 'failed')['score']['scaled']).toBeCloseTo(score, 3);
  expect(result(passed ? 'passed' : 'failed')['success']).toBe(passed);
  expect(result('completed')['completion']).toBe(true);
  expect(result('completed')['duration']).toMatch(/^PT/);
  expect(result('terminated')['duration']).toMatch(/^PT/);
  for (const chose of sent.filter((s) => String(s['verb']['id']).endsWith('/chose'))) {
    // The decision is the activity, the choice the result.
    expect(chose['object']['id']).not.toBe(AU);
    expect(String(chose['result']['response'] ?? '')).not.toBe('');
  }

  // Not the reflection, not a word of it, in any statement or state document, packed or not.
  const everything = bodies
    .flatMap((body) => [
      body,
      ...readableForms(body),
      ...[...body.matchAll(/"([A-Za-z0-9._-]{16,})"/g)].flatMap((m) => readableForms(m[1]!)),
    ])
    .join('\n');
  for (const word of wordsOf(REFLECTION)) expect(everything).not.toContain(word);

  // A new session on another computer: an empty browser, the progress from the LRS.
  await page.goto('/harness/');
  await page.evaluate(() => localStorage.clear());
  const second = await lms.launch(packageUrl('a1-burgerkracht-en-loslaten', 'cmi5', A1.launch));
  await page.evaluate((src) => window.startLms({ format: 'cmi5', src }), second);
  await expect(frame.locator('.jt-scenario[data-ready="true"]')).toBeVisible();
  await expect(frame.locator('.jt-scenario')).toHaveAttribute('data-phase', 'ending');
  await frame
    .getByRole('link', { name: /Burgerkracht zien en loslaten/ })
    .first()
    .click();
  await learnerReady(frame);
  await expect(frame.locator('[data-module-progress]').first()).toContainText(`Gelezen: ${A1.sections} van ${A1.sections}`);
  await expect(frame.locator('[data-reflection-id] textarea').first()).toHaveValue('');
  // Completed and passed were sent once per registration: not again in the new session.
  await page.evaluate(() => window.closeContent());
  await expect.poll(async () => (await lms.verbs()).at(-1)).toBe('terminated');
  expect((await lms.verbs()).filter((verb) => verb !== 'chose')).toEqual(['launched', 'initialized', 'terminated']);
});
