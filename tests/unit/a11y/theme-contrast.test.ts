import { describe, expect, it } from 'vitest';
import { contrastRatio, parseColor, readCustomProperties, resolveValue } from '../../support/contrast';
import { readText } from '../../support/content-files';

// The theme file first, then the site's tokens that point into it: the same order as the page loads them.
const properties = readCustomProperties(readText('src/styles/theme/voorbeeld.css'), readText('src/styles/tokens.css'));
const colour = (token: string) => {
  const value = resolveValue(`var(${token})`, properties);
  const parsed = value === undefined ? undefined : parseColor(value);
  if (!parsed) throw new Error(`${token} geeft geen kleur (${value ?? 'onbekend'})`);
  return parsed;
};

/** [foreground, background, minimum ratio, what it is]: text needs 4.5, focus indicators and UI parts 3. */
const PAIRS: [string, string, number, string][] = [
  ['--jt-color-text', '--jt-color-bg', 4.5, 'body text'],
  ['--jt-color-subtle', '--jt-color-bg', 4.5, 'secondary text'],
  ['--jt-color-subtle', '--jt-color-bg-subtle', 4.5, 'secondary text on grey boxes'],
  ['--jt-color-text', '--jt-color-bg-subtle', 4.5, 'text in boxes'],
  ['--jt-color-text', '--jt-color-accent-bg-subtle', 4.5, 'text in the learning-question box'],
  ['--jt-color-accent-text', '--jt-color-accent-bg', 4.5, 'module code badge'],
  ['--jt-color-band-text', '--jt-color-band-bg', 4.5, 'header text and links'],
  ['--nl-link-color', '--jt-color-bg', 4.5, 'links'],
  ['--jt-color-positive-text', '--jt-color-positive-bg', 4.5, 'right answer and good outcome'],
  ['--jt-color-negative-text', '--jt-color-negative-bg', 4.5, 'wrong answer and weak outcome'],
  ['--jt-color-warning-text', '--jt-color-warning-bg', 4.5, 'notices'],
  ['--jt-focus-color', '--jt-focus-background-color', 4.5, 'focused link'],
  ['--jt-focus-outline-color', '--jt-color-bg', 3, 'focus outline on the page'],
  ['--jt-meter-fill-color', '--jt-meter-track-color', 3, 'meter bar against its track'],
  ['--jt-color-border', '--jt-color-bg', 3, 'form field borders'],
  ['--nl-button-primary-color', '--nl-button-primary-background-color', 4.5, 'primary button'],
  ['--nl-button-secondary-color', '--jt-color-bg', 4.5, 'secondary button'],
  ['--nl-button-subtle-color', '--jt-color-bg', 4.5, 'subtle button'],
];

describe('theme contrast (WCAG 2.1 AA)', () => {
  it.each(PAIRS)('%s on %s is at least %d:1 (%s)', (fg, bg, minimum) => {
    expect(contrastRatio(colour(fg), colour(bg))).toBeGreaterThanOrEqual(minimum);
  });

  it('computes the known ratios', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrastRatio(parseColor('#777')!, parseColor('#fff')!)).toBeCloseTo(4.48, 2);
  });
});
