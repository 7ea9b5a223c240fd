// Which licences a production dependency may have, so the site can be published under
// EUPL-1.2. Plain JavaScript (with JSDoc types) so `node scripts/licence-check.mjs` runs
// on any Node and the Vitest tests import the same rule.

/**
 * SPDX identifiers that are allowed, with the reason. Three groups:
 * - permissive licences: the code may be combined with EUPL code as it is;
 * - licences in the EUPL-1.2 appendix of compatible licences (EUPL itself, MPL-2.0, LGPL);
 * - file-level licences for separate components that keep their own licence inside the
 *   larger work (MPL-1.1 for the Dutch stemmer, OFL-1.1 for the font).
 * Strong copyleft (GPL, AGPL) is left out: it would put the whole site under that licence.
 * @type {Record<string, string>}
 */
export const ALLOWED_LICENCES = {
  MIT: 'permissive',
  'MIT-0': 'permissive',
  ISC: 'permissive',
  '0BSD': 'permissive',
  'BSD-2-Clause': 'permissive',
  'BSD-3-Clause': 'permissive',
  'Apache-2.0': 'permissive',
  'BlueOak-1.0.0': 'permissive',
  'Python-2.0': 'permissive',
  Zlib: 'permissive',
  Unlicense: 'permissive (public domain)',
  'CC0-1.0': 'permissive (public domain)',
  'CC-BY-3.0': 'permissive, for data (attribution)',
  'CC-BY-4.0': 'permissive, for data (attribution)',
  'EUPL-1.1': 'EUPL',
  'EUPL-1.2': 'EUPL',
  'MPL-2.0': 'in the EUPL-1.2 appendix (file-level copyleft)',
  'LGPL-2.1-only': 'in the EUPL-1.2 appendix (library copyleft)',
  'LGPL-2.1-or-later': 'in the EUPL-1.2 appendix (library copyleft)',
  'LGPL-3.0-only': 'in the EUPL-1.2 appendix (library copyleft)',
  'LGPL-3.0-or-later': 'in the EUPL-1.2 appendix (library copyleft)',
  'MPL-1.1': 'file-level copyleft: the files keep MPL inside the larger work',
  'OFL-1.1': 'font licence: the font keeps OFL when bundled',
};

/** Old or short spellings that packages use, mapped to their SPDX identifier. */
const ALIASES = /** @type {Record<string, string>} */ ({
  'Apache 2.0': 'Apache-2.0',
  'LGPL-2.1': 'LGPL-2.1-only',
  'LGPL-3.0': 'LGPL-3.0-only',
  'LGPL-2.1+': 'LGPL-2.1-or-later',
  'LGPL-3.0+': 'LGPL-3.0-or-later',
  BSD: 'BSD-3-Clause',
});

/**
 * Whether an SPDX expression allows use under the rule: for "A OR B" one allowed
 * choice is enough, for "A AND B" both must be allowed; an exception ("WITH …")
 * only adds rights, so it does not change the answer.
 * @param {string} expression
 * @returns {boolean}
 */
export function isAllowedExpression(expression) {
  const tokens = expression.replace(/[()]/g, ' $& ').trim().split(/\s+/).filter(Boolean);
  let at = 0;
  /** @returns {boolean} */
  const anyOf = () => {
    let ok = allOf();
    while (tokens[at]?.toUpperCase() === 'OR') {
      at++;
      ok = allOf() || ok;
    }
    return ok;
  };
  /** @returns {boolean} */
  const allOf = () => {
    let ok = single();
    while (tokens[at]?.toUpperCase() === 'AND') {
      at++;
      ok = single() && ok;
    }
    return ok;
  };
  /** @returns {boolean} */
  const single = () => {
    const token = tokens[at++];
    if (token === '(') {
      const ok = anyOf();
      if (tokens[at++] !== ')') throw new Error(`haakje ontbreekt in "${expression}"`);
      return ok;
    }
    if (token === undefined || token === ')') throw new Error(`onvolledige licentie-expressie "${expression}"`);
    if (tokens[at]?.toUpperCase() === 'WITH') at += 2;
    const id = ALIASES[token] ?? token;
    return Object.hasOwn(ALLOWED_LICENCES, id);
  };
  try {
    const ok = anyOf();
    return ok && at === tokens.length;
  } catch {
    return false;
  }
}

/**
 * The licence a package.json declares, as one SPDX expression, or null when it declares
 * none. Handles the old forms `{ "type": "MIT" }` and `"licenses": [{ "type": … }]`
 * (more than one there means the user may choose).
 * @param {{ license?: unknown, licenses?: unknown }} manifest
 * @returns {string | null}
 */
export function declaredLicence(manifest) {
  /** @param {unknown} value @returns {string | null} */
  const asText = (value) => {
    if (typeof value === 'string' && value.trim()) return value.trim();
    if (value && typeof value === 'object' && 'type' in value && typeof value.type === 'string') return value.type.trim();
    return null;
  };
  const single = asText(manifest.license);
  if (single) return single;
  if (Array.isArray(manifest.licenses)) {
    const all = manifest.licenses.map(asText).filter((text) => text !== null);
    if (all.length > 0) return all.length === 1 ? all[0] : `(${all.join(' OR ')})`;
  }
  return null;
}

/**
 * @typedef {{ name: string, version: string, license?: unknown, licenses?: unknown }} Manifest
 * @typedef {{ package: string, licence: string | null, message: string }} LicenceProblem
 */

/**
 * The packages whose licence is missing or not allowed, with a Dutch message each.
 * @param {Manifest[]} manifests
 * @returns {LicenceProblem[]}
 */
export function findLicenceProblems(manifests) {
  /** @type {LicenceProblem[]} */
  const problems = [];
  for (const manifest of manifests) {
    const id = `${manifest.name}@${manifest.version}`;
    const licence = declaredLicence(manifest);
    if (licence === null) {
      problems.push({ package: id, licence, message: `${id}: geen licentie opgegeven in package.json` });
    } else if (!isAllowedExpression(licence)) {
      problems.push({
        package: id,
        licence,
        message: `${id}: licentie "${licence}" past niet bij EUPL-1.2 (staat niet op de lijst in scripts/licence-rules.mjs)`,
      });
    }
  }
  return problems;
}

/**
 * The production dependencies that package.json names but that are not installed: the
 * check cannot vouch for a licence it cannot read, so these fail it too.
 * @param {string[]} declared names from package.json "dependencies"
 * @param {Manifest[]} manifests the installed production packages
 * @returns {string[]}
 */
export function missingDependencies(declared, manifests) {
  const installed = new Set(manifests.map((manifest) => manifest.name));
  return declared.filter((name) => !installed.has(name));
}
