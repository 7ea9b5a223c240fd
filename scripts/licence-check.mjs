// Fails when a production dependency has a licence that does not fit EUPL-1.2.
// Reads the installed production tree (`npm ls --omit=dev --all --parseable`) and each
// package's own package.json, so it checks what `npm ci` really put on disk.
// Usage: node scripts/licence-check.mjs   (part of `npm test`)
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findLicenceProblems, missingDependencies } from './licence-rules.mjs';

/**
 * The folders of every installed production package, without the project itself.
 * @param {string} projectDir
 * @returns {string[]}
 */
export function productionPackageDirs(projectDir) {
  // npm ls exits with 1 for warnings such as an extraneous package; its list is still complete.
  const result = spawnSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { cwd: projectDir, encoding: 'utf8' });
  const dirs = (result.stdout ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  if (dirs.length === 0) throw new Error(`npm ls gaf geen pakketten terug: ${result.stderr || result.error?.message || 'onbekende fout'}`);
  return dirs.slice(1);
}

/**
 * The package.json of each folder.
 * @param {string[]} dirs
 * @returns {import('./licence-rules.mjs').Manifest[]}
 */
export function readManifests(dirs) {
  return dirs.map((dir) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const manifests = readManifests(productionPackageDirs(root));
  const declared = Object.keys(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).dependencies ?? {});
  const missing = missingDependencies(declared, manifests);
  if (missing.length > 0) {
    const verb = missing.length === 1 ? 'staat in package.json maar is' : 'staan in package.json maar zijn';
    console.error(`Licentiecontrole kan niet verder: ${missing.join(', ')} ${verb} niet geïnstalleerd. Voer eerst npm ci uit.`);
    process.exit(1);
  }
  const problems = findLicenceProblems(manifests);
  if (problems.length > 0) {
    console.error(`Licentiecontrole mislukt: ${problems.length} productiepakket(ten) passen niet bij EUPL-1.2.`);
    for (const problem of problems) console.error(`- ${problem.message}`);
    console.error('Kies een ander pakket, of voeg de licentie alleen toe aan de lijst als die echt bij EUPL-1.2 past.');
    process.exit(1);
  }
  console.log(`Licentiecontrole: ${manifests.length} productiepakketten, alle licenties passen bij EUPL-1.2.`);
}
