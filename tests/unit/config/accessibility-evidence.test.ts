import { describe, expect, it } from 'vitest';
import { checkClaims, CLAIMS } from '../../../src/lib/accessibility/claims';
import { collectEvidence } from '../../../src/lib/accessibility/evidence';
import { readSpec } from '../../../src/lib/accessibility/test-suite';
import { allRoutes } from '../../support/routes';

const spec = `
import AxeBuilder from '@axe-core/playwright';
async function expectNoViolations(page) { await new AxeBuilder({ page }).analyze(); }
test('plain test', async () => {});
test.describe('on a phone', () => {
  for (const route of routes) {
    test(\`page \${route} fits\`, async ({ page }) => { await expectNoViolations(page); });
  }
});
test('direct axe', async ({ page }) => { await new AxeBuilder({ page }).analyze(); });
`;

describe('reading the test suite', () => {
  it('finds titles, describe blocks, loops and axe use, also through a helper', () => {
    expect(readSpec('x.spec.ts', spec)).toEqual([
      { file: 'x.spec.ts', title: 'plain test', describe: [], repeated: false, usesAxe: false },
      { file: 'x.spec.ts', title: 'page … fits', describe: ['on a phone'], repeated: true, usesAxe: true },
      { file: 'x.spec.ts', title: 'direct axe', describe: [], repeated: false, usesAxe: true },
    ]);
  });

  it('fails a claim whose test is gone', () => {
    const tests = readSpec('keyboard.spec.ts', "test('something else', async () => {});");
    const problems = checkClaims(tests, [CLAIMS.find((c) => c.file === 'keyboard.spec.ts')!]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^de claim ".+" heeft geen test meer in tests\/e2e\/keyboard\.spec\.ts/);
  });

  it('backs every claim of the statement with a real test, and lists every tested page', () => {
    const evidence = collectEvidence();
    for (const { claim, tests } of evidence.claims) expect(tests.length, claim.text).toBeGreaterThan(0);
    expect(evidence.pages).toEqual(allRoutes());
    expect(evidence.pages).toContain('/toegankelijkheid/');
    expect(evidence.states.length).toBeGreaterThan(0);
    expect(evidence.states.every((t) => t.usesAxe && t.file !== 'every-page.spec.ts')).toBe(true);
  });
});
