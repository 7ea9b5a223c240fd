import { test, expect } from '@playwright/test';
import { content, learnerReady, moduleOf, packageUrl, playModulePage, playScenario, readableForms, scoreAllButOne, wordsOf } from './play';

// A module package in a learning system that speaks SCORM: scorm-again plays the LMS (window.API for
// SCORM 1.2, window.API_1484_11 for SCORM 2004) around the package in an iframe, as Moodle does.

const A1 = moduleOf('01-burgerkracht-en-loslaten');
const REFLECTION = 'Mijn zwager Bartholomeus verzamelt postzegels uit Suriname en belt mij elke zondag.';
const score = scoreAllButOne(A1.questions);
const passed = score >= 0.7;

for (const format of ['scorm12', 'scorm2004'] as const) {
  const names =
    format === 'scorm12'
      ? { location: ['core', 'lesson_location'], time: 'cmi.core.session_time' }
      : { location: ['location'], time: 'cmi.session_time' };

  test(`${format}: a learner plays A1 through; the LMS gets status, score, progress and place, never the reflection, and a new computer resumes`, async ({
    page,
    baseURL,
  }) => {
    const foreign: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== new URL(baseURL!).origin) foreign.push(request.url());
    });
    const src = packageUrl('a1-burgerkracht-en-loslaten', format, A1.launch);
    await page.goto('/harness/');
    await page.evaluate(
      ([format, src]) =>
        window.startLms({
          format,
          src,
          cmi:
            format === 'scorm12'
              ? { core: { student_id: 'leerling-12', student_name: 'Leerling, A.' }, student_data: { mastery_score: '70' } }
              : { learner_id: 'leerling-12', learner_name: 'A. Leerling', scaled_passing_score: '0.7' },
        }),
      [format, src] as const,
    );
    const frame = content(page);
    await playModulePage(frame, A1, REFLECTION);
    await playScenario(frame);
    await page.evaluate(() => window.closeContent());
    await expect.poll(() => page.evaluate(() => window.lmsFinished())).toBe(true);

    const cmi = await page.evaluate(() => window.lmsData());
    const log = await page.evaluate(() => window.lmsLog);
    if (format === 'scorm12') {
      expect(cmi.core.lesson_status).toBe(passed ? 'passed' : 'failed');
      expect(Number(cmi.core.score.raw)).toBe(Math.round(score * 100));
      expect(cmi.core.score.max).toBe('100');
    } else {
      expect(cmi.completion_status).toBe('completed');
      expect(cmi.success_status).toBe(passed ? 'passed' : 'failed');
      expect(Number(cmi.score.scaled)).toBeCloseTo(score, 3);
      expect(cmi.score.raw).toBe(String(A1.questions - 1));
      expect(cmi.score.max).toBe(String(A1.questions));
    }
    const location = names.location.reduce((value: any, key) => value[key], cmi) as string;
    expect(location).toMatch(/^modules\/burgerkracht-en-loslaten\/scenario\//);
    expect(cmi.suspend_data.length).toBeGreaterThan(0);
    expect(cmi.suspend_data.length).toBeLessThanOrEqual(format === 'scorm12' ? 4096 : 64000);
    expect(log.some((entry) => entry.element === names.time)).toBe(true);

    // Not the text, not a word of it, not even inside the packed progress.
    const sent = [JSON.stringify(cmi), ...log.map((entry) => entry.value)].flatMap(readableForms).join('\n');
    for (const word of wordsOf(REFLECTION)) expect(sent).not.toContain(word);
    expect(foreign).toEqual([]);

    // Another computer: an empty browser, the LMS's data of the last attempt.
    await page.goto('/harness/');
    await page.evaluate(() => localStorage.clear());
    const resumed = format === 'scorm12' ? { ...cmi, core: { ...cmi.core, entry: 'resume' } } : { ...cmi, entry: 'resume' };
    await page.evaluate(([format, src, cmi]) => window.startLms({ format, src, cmi }), [format, src, resumed] as const);
    // Back where the learner was: the scenario, finished.
    await expect(frame.locator('.jt-scenario[data-ready="true"]')).toBeVisible();
    await expect(frame.locator('.jt-scenario')).toHaveAttribute('data-phase', 'ending');
    await frame
      .getByRole('link', { name: /Burgerkracht zien en loslaten/ })
      .first()
      .click();
    await learnerReady(frame);
    await expect(frame.locator('[data-module-progress]').first()).toContainText(`Gelezen: ${A1.sections} van ${A1.sections}`);
    await expect(frame.locator('fieldset[data-question]').first().locator('input[data-correct="true"]')).toBeChecked();
    // The reflection never left the first computer.
    await expect(frame.locator('[data-reflection-id] textarea').first()).toHaveValue('');
  });
}

declare global {
  interface Window {
    startLms(options: { format: string; src: string; cmi?: unknown }): Promise<void>;
    closeContent(): void;
    lmsFinished(): boolean;
    lmsData(): any;
    lmsLog: { element: string; value: string }[];
  }
}
