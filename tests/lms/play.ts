import { expect, type FrameLocator, type Page } from '@playwright/test';
import { inflateSync, strFromU8, unzlibSync, gunzipSync } from 'fflate';
import { readModules } from '../support/content-reader';
import { readYaml } from '../support/content-files';

// Shared steps of the LMS end-to-end tests: open a package in the test LMS (tests/lms/harness.html),
// play a module through as a learner, and look for text in what the package sent.

export type Format = 'scorm12' | 'scorm2004' | 'cmi5';

/** A module of the content: its folder, page and the numbers a learner sees. */
export function moduleOf(folder: string) {
  const module = readModules().find((m) => m.id === folder)!;
  const check = readYaml(`modules/${folder}/kennischeck.yaml`) as { questions: unknown[] };
  const slug = folder.replace(/^\d{2}-/, '');
  return { folder, slug, launch: `modules/${slug}/index.html`, sections: module.digest.sections.length, questions: check.questions.length };
}

/** The address of a file in a package, as the test LMS serves it. */
export const packageUrl = (course: string, format: Format, file: string) => `/pkg/ja-tenzij-${course}-${format}/${file}`;

/** The package's frame in the test LMS. */
export const content = (page: Page): FrameLocator => page.frameLocator('iframe[title="Module"]');

/** The learner-state script loads when the page is idle; it marks <html> when it runs. */
export const learnerReady = (frame: FrameLocator) => expect(frame.locator('html')).toHaveClass(/jt-js/);

/**
 * Plays a module page as a learner: reads every section (scrolls to its end), answers every check
 * question, all right but the last, and writes `reflection` in the first reflection field.
 */
export async function playModulePage(frame: FrameLocator, module: ReturnType<typeof moduleOf>, reflection: string) {
  await learnerReady(frame);
  const ends = frame.locator('.jt-prose > h2[id], [data-prose-end]');
  for (let i = 1; i < (await ends.count()); i++) await ends.nth(i).scrollIntoViewIfNeeded();
  await expect(frame.locator('[data-module-progress]').first()).toContainText(`Gelezen: ${module.sections} van ${module.sections}`);

  const questions = frame.locator('fieldset[data-question]');
  await expect(questions).toHaveCount(module.questions);
  for (let i = 0; i < module.questions; i++) {
    const right = i < module.questions - 1;
    await questions
      .nth(i)
      .locator(right ? 'input[data-correct="true"]' : 'input:not([data-correct="true"])')
      .first()
      .check();
  }

  const field = frame.locator('[data-reflection-id] textarea').first();
  await field.fill(reflection);
  await expect(frame.locator('[data-reflection-id] [data-save-state]').first()).toContainText('Opgeslagen om');
}

/** Opens the module's scenario from its page and plays it to an ending, always taking the first choice. */
export async function playScenario(frame: FrameLocator) {
  await frame.getByRole('link', { name: 'Speel het scenario' }).click();
  await expect(frame.locator('.jt-scenario[data-ready="true"]')).toBeVisible();
  for (let step = 0; step < 30; step++) {
    if ((await frame.locator('.jt-scenario').getAttribute('data-phase')) === 'ending') break;
    await frame.locator('.jt-choice').first().click();
    await frame.getByRole('button', { name: 'Verder' }).click();
  }
  await expect(frame.locator('.jt-scenario')).toHaveAttribute('data-phase', 'ending');
}

/** The score a learner gets with all questions right but one, as the check counts it. */
export const scoreAllButOne = (questions: number) => (questions - 1) / questions;

/**
 * Every readable form of a value the package sent: the value itself and, when it is packed (deflated
 * and base64, with or without a short prefix such as "jt1."), the unpacked text. A reflection must not
 * hide in compressed suspend data either.
 */
export function readableForms(value: string): string[] {
  const forms = [value];
  const packed = value.replace(/^[a-z0-9]{1,8}\./i, '');
  if (/^[A-Za-z0-9+/_-]+=*$/.test(packed) && packed.length >= 8) {
    const bytes = new Uint8Array(Buffer.from(packed.replace(/-/g, '+').replace(/_/g, '/'), 'base64'));
    for (const unpack of [inflateSync, unzlibSync, gunzipSync])
      try {
        forms.push(strFromU8(unpack(bytes)));
      } catch {
        // Not this kind of packing.
      }
  }
  return forms;
}

/** The distinctive words of a reflection: none may appear in anything sent to the LMS. */
export const wordsOf = (text: string) => text.split(/[^\p{L}]+/u).filter((word) => word.length >= 7);
