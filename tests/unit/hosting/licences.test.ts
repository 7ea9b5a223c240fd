import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { declaredLicence, findLicenceProblems, isAllowedExpression, missingDependencies } from '../../../scripts/licence-rules.mjs';
import { productionPackageDirs, readManifests } from '../../../scripts/licence-check.mjs';

const fixtures = fileURLToPath(new URL('../../fixtures/licences/', import.meta.url));
const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('the EUPL-1.2 licence rule', () => {
  it('allows permissive and EUPL-compatible licences and refuses strong copyleft', () => {
    for (const ok of ['MIT', 'ISC', 'Apache-2.0', 'EUPL-1.2', 'MPL-2.0', 'LGPL-3.0-or-later', 'OFL-1.1'])
      expect(isAllowedExpression(ok), ok).toBe(true);
    for (const bad of ['GPL-3.0-only', 'AGPL-3.0-or-later', 'SSPL-1.0', 'UNLICENSED', 'SEE LICENSE IN LICENSE.txt', ''])
      expect(isAllowedExpression(bad), bad).toBe(false);
  });

  it('reads OR as a choice, AND as both, and ignores an exception', () => {
    expect(isAllowedExpression('(GPL-2.0-only OR MIT)')).toBe(true);
    expect(isAllowedExpression('MIT AND GPL-2.0-only')).toBe(false);
    expect(isAllowedExpression('(MIT OR GPL-3.0-only) AND Apache-2.0')).toBe(true);
    expect(isAllowedExpression('Apache-2.0 WITH LLVM-exception')).toBe(true);
    expect(isAllowedExpression('(MIT')).toBe(false);
  });

  it('understands the old package.json forms', () => {
    expect(declaredLicence({ license: { type: 'BSD-3-Clause' } })).toBe('BSD-3-Clause');
    expect(declaredLicence({ licenses: [{ type: 'MIT' }, { type: 'Apache-2.0' }] })).toBe('(MIT OR Apache-2.0)');
    expect(declaredLicence({})).toBeNull();
  });

  it('names exactly the fixture packages that do not fit, with a Dutch message', () => {
    const dirs = ['permissive', 'dual-choice', 'gpl-only', 'no-licence', 'legacy-array', 'and-gpl'].map((name) => join(fixtures, name));
    const problems = findLicenceProblems(readManifests(dirs));
    expect(problems.map((p) => p.package)).toEqual(['gpl-only@3.0.0', 'no-licence@0.0.1', 'and-gpl@4.0.0']);
    expect(problems[0]!.message).toContain('licentie "GPL-3.0-or-later" past niet bij EUPL-1.2');
    expect(problems[1]!.message).toContain('geen licentie opgegeven');
  });

  it('reports a dependency from package.json that is not installed', () => {
    const manifests = readManifests([join(fixtures, 'permissive'), join(fixtures, 'dual-choice')]);
    expect(missingDependencies(['permissive', 'not-installed', 'dual-choice'], manifests)).toEqual(['not-installed']);
  });

  it('finds the installed production tree without the development tools', () => {
    const names = readManifests(productionPackageDirs(root)).map((m) => m.name);
    expect(names).toEqual(expect.arrayContaining(['astro', 'preact', 'lunr', 'xstate']));
    expect(names).not.toContain('vitest');
    expect(names).not.toContain('@playwright/test');
  });
});
