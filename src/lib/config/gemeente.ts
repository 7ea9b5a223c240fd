import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { ContentError, parseWithFriendlyErrors } from '../schemas/friendly-errors';
import { GemeenteSchema, type GemeenteSettings } from '../schemas/gemeente';

/** The settings file a build uses unless GEMEENTE_CONFIG names another one. */
export const DEFAULT_SETTINGS_FILE = 'gemeente.config.yaml';

/** The settings file of this build, relative to the project folder. */
export function settingsFile(env: Record<string, string | undefined> = process.env): string {
  return env['GEMEENTE_CONFIG']?.trim() || DEFAULT_SETTINGS_FILE;
}

/**
 * Reads and validates a settings file. Throws a ContentError that names the file and every wrong
 * field, so a build with a missing or mistyped setting stops with a message the web team can act on.
 */
export function loadGemeente(file: string = settingsFile(), root: string = process.cwd()): GemeenteSettings {
  const absolute = resolve(root, file);
  if (!existsSync(absolute)) {
    throw new ContentError(file, [
      'dit instellingenbestand bestaat niet. Kopieer gemeente.config.yaml of zet GEMEENTE_CONFIG op het goede pad.',
    ]);
  }
  let data: unknown;
  try {
    data = parse(readFileSync(absolute, 'utf8'));
  } catch (error) {
    throw new ContentError(file, [`dit is geen geldige YAML: ${(error as Error).message.split('\n')[0]}`]);
  }
  const settings = parseWithFriendlyErrors(GemeenteSchema, data, file);
  const problems: string[] = [];
  if (!existsSync(resolve(root, settings.thema.bestand)))
    problems.push(`veld "thema.bestand": het bestand ${settings.thema.bestand} bestaat niet`);
  if (settings.logo && !existsSync(resolve(root, settings.logo.bestand)))
    problems.push(`veld "logo.bestand": het bestand ${settings.logo.bestand} bestaat niet`);
  if (problems.length) throw new ContentError(file, problems);
  return settings;
}

let cached: { file: string; settings: GemeenteSettings } | undefined;

/** The validated settings of this build (read once). */
export function getGemeente(): GemeenteSettings {
  const file = settingsFile();
  if (cached?.file !== file) cached = { file, settings: loadGemeente(file) };
  return cached.settings;
}

/** Changes whenever the settings file or its path changes; content caches are keyed on it. */
export function settingsDigest(file: string = settingsFile(), root: string = process.cwd()): string {
  const absolute = resolve(root, file);
  const contents = existsSync(absolute) ? readFileSync(absolute, 'utf8') : '';
  return createHash('sha256').update(file).update('\0').update(contents).digest('hex').slice(0, 16);
}
