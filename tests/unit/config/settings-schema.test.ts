import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadGemeente, settingsFile } from '../../../src/lib/config/gemeente';
import { root } from '../../support/content-files';
import { defaultSettingsData } from './helpers';

/** Writes settings to a temporary project folder that links the real theme file, and loads them. */
function loadWith(data: unknown, fileName = 'gemeente.config.yaml'): () => unknown {
  const folder = mkdtempSync(join(tmpdir(), 'gemeente-'));
  writeFileSync(join(folder, fileName), typeof data === 'string' ? data : stringify(data));
  return () => loadGemeente(fileName, folder);
}

const withField = (path: string[], value: unknown) => {
  const data = defaultSettingsData();
  let cursor = data as Record<string, unknown>;
  for (const key of path.slice(0, -1)) cursor = cursor[key] as Record<string, unknown>;
  if (value === undefined) delete cursor[path.at(-1)!];
  else cursor[path.at(-1)!] = value;
  return data;
};

describe('gemeente.config.yaml', () => {
  it('the default file and the example second file are valid', () => {
    expect(loadGemeente('gemeente.config.yaml', root).naam).toBe('onze gemeente');
    const example = loadGemeente('examples/gemeente.voorbeeld-tweede.yaml', root);
    expect(example.naam).toBe('de gemeente Lindewaard');
    expect(example.thema.bestand).toBe('examples/thema-lindewaard.css');
  });

  it('GEMEENTE_CONFIG picks another file; without it the default is used', () => {
    expect(settingsFile({})).toBe('gemeente.config.yaml');
    expect(settingsFile({ GEMEENTE_CONFIG: 'examples/gemeente.voorbeeld-tweede.yaml' })).toBe('examples/gemeente.voorbeeld-tweede.yaml');
  });

  // The theme file does not exist in the temporary folder, so these use absolute theme paths.
  const absoluteTheme = (data: Record<string, unknown>) => ({
    ...data,
    thema: { ...(data['thema'] as object), bestand: join(root, 'src/styles/theme/voorbeeld.css') },
  });

  it.each([
    ['a missing name', ['naam'], undefined, 'veld "naam": ontbreekt'],
    ['an empty short name', ['korteNaam'], '  ', 'veld "korteNaam": korte naam is leeg'],
    ['a missing site contact', ['contact', 'site'], undefined, 'veld "contact.site": ontbreekt'],
    [
      'a contact without any way to reach it',
      ['contact', 'site'],
      { naam: 'de webredactie' },
      'veld "contact.site": geef minstens een e-mailadres',
    ],
    [
      'a wrong e-mail address',
      ['contact', 'site', 'email'],
      'webredactie-at-gemeente',
      'veld "contact.site.email": is geen geldig e-mailadres',
    ],
    [
      'a link without https',
      ['links'],
      { uitdaagrecht: 'www.gemeente.nl/uitdaagrecht' },
      'veld "links.uitdaagrecht": moet een volledig webadres zijn',
    ],
    ['a misspelled field', ['links'], { uitdaagrect: 'https://www.gemeente.nl/' }, 'onbekend veld "uitdaagrect"'],
    [
      'a date written the Dutch way',
      ['beveiliging', 'geldigTot'],
      '30-11-2027',
      'veld "beveiliging.geldigTot": schrijf de datum als jaar-maand-dag',
    ],
    ['a colour name', ['thema', 'kleur'], 'groen', 'veld "thema.kleur": schrijf de kleur als #rrggbb'],
    ['a logo without alt text', ['logo'], { bestand: 'logo.svg' }, 'veld "logo.alt": ontbreekt'],
  ])('%s fails with the file and the field named', (_name, path, value, message) => {
    const load = loadWith(absoluteTheme(withField(path, value)));
    expect(load).toThrow('Fout in gemeente.config.yaml:');
    expect(load).toThrow(message);
  });

  it('a theme or logo file that does not exist is named', () => {
    const data = withField(['logo'], { bestand: 'src/assets/bestaat-niet.svg', alt: 'Logo' });
    const load = loadWith(data);
    expect(load).toThrow('veld "thema.bestand": het bestand src/styles/theme/voorbeeld.css bestaat niet');
    expect(load).toThrow('veld "logo.bestand": het bestand src/assets/bestaat-niet.svg bestaat niet');
  });

  it('a missing file or broken YAML says so', () => {
    const folder = mkdtempSync(join(tmpdir(), 'gemeente-'));
    expect(() => loadGemeente('weg.yaml', folder)).toThrow('Fout in weg.yaml:\n  - dit instellingenbestand bestaat niet');
    expect(loadWith('naam: [onze gemeente')).toThrow('dit is geen geldige YAML');
  });
});
