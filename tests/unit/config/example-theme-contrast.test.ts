import { describe, expect, it } from 'vitest';
import { contrastRatio, parseColor, readCustomProperties, resolveValue } from '../../support/contrast';
import { readText } from '../../support/content-files';

// The example theme imports the default theme and overrides the accent scale; read them in that order.
const properties = readCustomProperties(
  readText('src/styles/theme/voorbeeld.css'),
  readText('examples/thema-lindewaard.css'),
  readText('src/styles/tokens.css'),
);
const colour = (token: string) => parseColor(resolveValue(`var(${token})`, properties) ?? '')!;

/** The pairs the accent colour touches: [foreground, background, minimum ratio]. */
const PAIRS: [string, string, number][] = [
  ['--jt-color-band-text', '--jt-color-band-bg', 4.5],
  ['--jt-color-accent-text', '--jt-color-accent-bg', 4.5],
  ['--jt-color-text', '--jt-color-accent-bg-subtle', 4.5],
  ['--nl-button-primary-color', '--nl-button-primary-background-color', 4.5],
  ['--nl-button-secondary-color', '--jt-color-bg', 4.5],
  ['--jt-meter-fill-color', '--jt-meter-track-color', 3],
];

describe('the example second theme (examples/thema-lindewaard.css)', () => {
  it('really changes the accent colour', () => {
    expect(resolveValue('var(--jt-color-band-bg)', properties)).toBe('#1b6b45');
  });

  it.each(PAIRS)('%s on %s is at least %d:1', (fg, bg, minimum) => {
    expect(contrastRatio(colour(fg), colour(bg))).toBeGreaterThanOrEqual(minimum);
  });
});
