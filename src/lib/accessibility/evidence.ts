import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRoutes } from '../../../tests/support/routes';
import { ContentError } from '../schemas/friendly-errors';
import { axeStateTests, checkClaims, CLAIMS, type Claim } from './claims';
import { readE2eSuite, type SuiteTest } from './test-suite';

export interface Evidence {
  /** Each claim with the tests that back it. */
  claims: { claim: Claim; tests: SuiteTest[] }[];
  /** Every page the every-page run visits (tests/support/routes.ts). */
  pages: string[];
  /** Axe runs in interactive states, outside the every-page run. */
  states: SuiteTest[];
  /** All end-to-end tests, grouped by spec file. */
  byFile: { file: string; tests: SuiteTest[] }[];
  /** The axe-core Playwright package the tests use, e.g. "4.14.0". */
  axeVersion: string;
}

/**
 * Reads the real test suite at build time, so the toegankelijkheidsverklaring lists exactly the pages
 * and tests that exist. A claim without a test fails the build.
 */
export function collectEvidence(root: string = process.cwd()): Evidence {
  const tests = readE2eSuite(join(root, 'tests/e2e'));
  const problems = checkClaims(tests);
  if (problems.length) throw new ContentError('src/lib/accessibility/claims.ts', problems);
  const pages = allRoutes();
  // Guards against reading the routes from the wrong folder, which would quietly shorten the list.
  if (!pages.some((page) => page.startsWith('/modules/'))) {
    throw new ContentError('tests/support/routes.ts', [
      "de lijst met pagina's bevat geen enkele module; de verklaring kan de geteste pagina's niet noemen.",
    ]);
  }
  const files = [...new Set(tests.map((t) => t.file))];
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies?: Record<string, string> };
  return {
    claims: CLAIMS.map((claim) => ({ claim, tests: tests.filter((t) => t.file === claim.file && claim.title.test(t.title)) })),
    pages,
    states: axeStateTests(tests),
    byFile: files.map((file) => ({ file, tests: tests.filter((t) => t.file === file) })),
    axeVersion: pkg.devDependencies?.['@axe-core/playwright'] ?? 'onbekend',
  };
}
