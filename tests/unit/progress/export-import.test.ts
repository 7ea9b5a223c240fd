import { describe, expect, it } from 'vitest';
import {
  EXPORT_APP,
  MAX_IMPORT_BYTES,
  applyImport,
  checkImportSize,
  emptyProgressState,
  exportFileName,
  exportJson,
  exportMarkdown,
  exportableData,
  parseImport,
  type LogbookTitles,
  type ProgressState,
  type Reflection,
} from '../../../src/lib/progress';
import { escapeMarkdownLine } from '../../../src/lib/progress/export-markdown';

const at = (day: number, hour = 10) => new Date(Date.UTC(2026, 10, day, hour)).toISOString();
const note = (id: string, text: string, day: number, moduleId = '01-burgerkracht-en-loslaten', created = day): Reflection => ({
  id,
  moduleId,
  prompt: `Vraag bij ${id}?`,
  text,
  created: at(created),
  updated: at(day),
});

const sample: ProgressState = {
  ...emptyProgressState(),
  sections: { '01-burgerkracht-en-loslaten': { loslaten: at(19), zien: at(20) } },
  checks: {
    '01-burgerkracht-en-loslaten': {
      q1: { optionId: 'a', correct: true, answeredAt: at(21) },
      q2: { optionId: 'b', correct: false, answeredAt: at(21) },
    },
  },
  scenarios: {
    'a1-plantsoen': {
      choices: ['bel-terug'],
      currentNodeId: 'samen-verder',
      outcomeNodeId: 'samen-verder',
      meters: { houding: 8 },
      startedAt: at(22),
      updatedAt: at(22),
    },
  },
  reflections: {
    'a1-eigen-vakkennis': note('a1-eigen-vakkennis', 'Bij het plantsoen.\nEn bij de speeltuin.', 23, '01-burgerkracht-en-loslaten', 20),
    'b1-houding': note('b1-houding', 'In de raad.', 24, '05-houding-en-gedrag-van-bestuurders'),
  },
  deletedReflections: { 'a1-weg': at(19) },
  lastPlace: { url: '/modules/burgerkracht-en-loslaten/', title: 'Burgerkracht', at: at(24) },
  lastExportAt: at(18),
  clearedAt: at(1),
};

const titles: LogbookTitles = {
  modules: {
    '01-burgerkracht-en-loslaten': 'Burgerkracht zien en loslaten',
    '05-houding-en-gedrag-van-bestuurders': 'Houding en gedrag van bestuurders',
  },
  scenarios: {
    'a1-plantsoen': {
      title: 'Bewoners willen het plantsoen adopteren',
      moduleId: '01-burgerkracht-en-loslaten',
      endings: { 'samen-verder': 'Samen verder' },
    },
  },
};

const envelope = (data: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ app: EXPORT_APP, version: 1, exportedAt: at(25), data, ...extra });

const refused = (text: unknown, current?: ProgressState) => {
  const result = parseImport(text, current);
  if (result.ok) throw new Error('expected the import to be refused');
  return result;
};

describe('exportJson', () => {
  it('writes pretty JSON in an envelope, without the bookkeeping between tabs', () => {
    const text = exportJson(sample, new Date(at(25)));
    expect(text).toMatch(/^\{\n {2}"app": "ja-tenzij",\n {2}"version": 2,\n {2}"exportedAt": "2026-11-25T10:00:00.000Z",\n {2}"data": \{/);
    const parsed = JSON.parse(text);
    expect(parsed.data).toEqual(exportableData(sample));
    expect(parsed.data.deletedReflections).toEqual({});
    expect(parsed.data.clearedAt).toBeNull();
  });

  it('reads back with parseImport', () => {
    const result = parseImport(exportJson(sample, new Date(at(25))));
    expect(result).toMatchObject({ ok: true, data: exportableData(sample) });
  });

  it('names files by date in the Dutch time zone', () => {
    expect(exportFileName('json', new Date('2026-11-30T23:30:00.000Z'))).toBe('ja-tenzij-leerlogboek-2026-12-01.json');
    expect(exportFileName('md', new Date('2026-11-30T10:00:00.000Z'))).toBe('ja-tenzij-leerlogboek-2026-11-30.md');
  });
});

describe('exportMarkdown', () => {
  it('writes a Dutch leerlogboek grouped by module, with dates', () => {
    expect(exportMarkdown(sample, titles, { exportedAt: new Date(at(25)) })).toMatchInlineSnapshot(`
      "# Mijn leerlogboek

      Ja, tenzij. Gemaakt op 25 november 2026.

      ## Burgerkracht zien en loslaten

      - Gelezen: 2 onderdelen (laatst op 20 november 2026).
      - Kennischeck: 2 vragen beantwoord, 1 goed.
      - Scenario „Bewoners willen het plantsoen adopteren”: afgerond op 22 november 2026. Uw einde: „Samen verder”.

      ### Reflecties

      #### Vraag bij a1-eigen-vakkennis?

      Geschreven op 20 november 2026, bijgewerkt op 23 november 2026.

      > Bij het plantsoen.\\
      > En bij de speeltuin.

      ## Houding en gedrag van bestuurders

      ### Reflecties

      #### Vraag bij b1-houding?

      Geschreven op 24 november 2026.

      > In de raad.
      "
    `);
  });

  it('says so when there is nothing yet', () => {
    expect(exportMarkdown(emptyProgressState(), titles, { exportedAt: new Date(at(25)) })).toContain('U heeft nog niets opgeslagen.');
  });

  it('lists modules and scenarios it has no title for', () => {
    const s = {
      ...emptyProgressState(),
      reflections: { x: note('x', 'Tekst.', 2, 'onbekend') },
      scenarios: { 'z-los': { ...sample.scenarios['a1-plantsoen']!, outcomeNodeId: null } },
    };
    const md = exportMarkdown(s, { modules: {} }, { exportedAt: new Date(at(25)) });
    expect(md).toContain('## Module onbekend');
    expect(md).toContain('## Overig\n\n- Scenario „z-los”: nog bezig (laatst gespeeld op 22 november 2026).');
  });

  it('keeps hostile learner text as text: no headings, HTML, links, lists, code or tables', () => {
    const hostile = [
      '# Kop',
      '<script>alert(1)</script>',
      '[klik](javascript:alert(1)) ![beeld](http://x/y.png)',
      '- lijst',
      '1. genummerd',
      '    ingesprongen code',
      '```',
      '| a | b |',
      '---',
      '**vet** _schuin_ ~~door~~ `code`',
      '&lt;entity&gt;',
      '> citaat',
      '',
      'Gewone zin met een slash \\ en een punt.',
    ].join('\n');
    const s = { ...emptyProgressState(), reflections: { x: { ...note('x', hostile, 2), prompt: '## <b>Vraag</b> [x](y)' } } };
    const md = exportMarkdown(s, titles, { exportedAt: new Date(at(25)) });
    const body = md.slice(md.indexOf('#### '));
    expect(body).toMatchInlineSnapshot(`
      "#### \\#\\# \\<b\\>Vraag\\</b\\> \\[x\\](y)

      Geschreven op 2 november 2026.

      > \\# Kop\\
      > \\<script\\>alert(1)\\</script\\>\\
      > \\[klik\\](javascript:alert(1)) \\!\\[beeld\\](http://x/y.png)\\
      > \\- lijst\\
      > 1\\. genummerd\\
      > ingesprongen code\\
      > \\\`\\\`\\\`\\
      > \\| a \\| b \\|\\
      > \\---\\
      > \\*\\*vet\\*\\* \\_schuin\\_ \\~\\~door\\~\\~ \\\`code\\\`\\
      > \\&lt;entity\\&gt;\\
      > \\> citaat
      >
      > Gewone zin met een slash \\\\ en een punt.
      "
    `);
    // Every line of the learner's text is inside the quote; no raw "<" anywhere.
    expect(
      body
        .split('\n')
        .slice(4, -1)
        .every((line) => line.startsWith('>')),
    ).toBe(true);
    expect(md).not.toMatch(/(^|[^\\])</m);
  });

  it('drops blank lines around the text but keeps paragraphs', () => {
    const s = { ...emptyProgressState(), reflections: { x: note('x', '\n\nEerste alinea.\n\nTweede alinea.\n\n', 2) } };
    expect(exportMarkdown(s, titles, { exportedAt: new Date(at(25)) })).toMatch(/\n\n> Eerste alinea\.\n>\n> Tweede alinea\.\n$/);
  });

  it('escapes line by line without losing characters', () => {
    expect(escapeMarkdownLine('Zo *doet* u dat: [hier]')).toBe('Zo \\*doet\\* u dat: \\[hier\\]');
    expect(escapeMarkdownLine('2) tweede')).toBe('2\\) tweede');
    expect(escapeMarkdownLine('a\u202Eb\u0000c')).toBe('abc');
  });
});

describe('parseImport: refuses broken files with a Dutch message', () => {
  it.each([
    ['no text', 42, 'Dit bestand kunnen wij niet lezen.'],
    ['an empty file', '  \n', 'Het bestand is leeg.'],
    ['invalid JSON', '{"app": "ja-tenzij", ', 'Dit bestand is beschadigd of niet helemaal gedownload. Wij kunnen het niet lezen.'],
    [
      'a truncated export',
      exportJson(sample).slice(0, 200),
      'Dit bestand is beschadigd of niet helemaal gedownload. Wij kunnen het niet lezen.',
    ],
    ['another app', envelope({}, { app: 'iets-anders' }), 'Dit bestand is geen export van Ja, tenzij.'],
    ['no envelope (raw stored data)', JSON.stringify(sample), 'Dit bestand is geen export van Ja, tenzij.'],
    ['a JSON array', '[]', 'Dit bestand is geen export van Ja, tenzij.'],
    [
      'a missing version',
      JSON.stringify({ app: EXPORT_APP, exportedAt: at(1), data: {} }),
      'Het versienummer in het bestand ontbreekt of klopt niet.',
    ],
    ['a version as text', envelope({}, { version: '1' }), 'Het versienummer in het bestand ontbreekt of klopt niet.'],
    [
      'a newer version',
      envelope({}, { version: 3 }),
      'Dit bestand komt van een nieuwere versie van Ja, tenzij. Deze versie kan het niet lezen.',
    ],
    ['a bad export date', envelope({}, { exportedAt: 'gisteren' }), 'De exportdatum in het bestand ontbreekt of klopt niet.'],
    ['no data', envelope(null), 'Het bestand bevat geen gegevens.'],
    ['data as a list', envelope([]), 'Het bestand bevat geen gegevens.'],
  ])('%s', (_name, text, message) => {
    expect(refused(text).message).toBe(message);
  });

  it('refuses a file over 2 MB and says how big it is', () => {
    const big = envelope({ version: 1, reflections: {} }, { padding: 'x'.repeat(Math.round(3.05 * 1024 * 1024)) });
    expect(refused(big).message).toBe('Het bestand is te groot (3,1 MB). Het mag hoogstens 2 MB zijn.');
    expect(checkImportSize(MAX_IMPORT_BYTES)).toBeNull();
    expect(checkImportSize(MAX_IMPORT_BYTES + 1)).toBe('Het bestand is te groot (2,1 MB). Het mag hoogstens 2 MB zijn.');
  });

  it('counts bytes, not characters', () => {
    const chars = Math.floor(MAX_IMPORT_BYTES / 3) + 10;
    expect(refused('€'.repeat(chars)).message).toMatch(/^Het bestand is te groot/);
  });

  it('names the entry and the field: "Reflectie 3 mist de tekst."', () => {
    const { text: _text, ...withoutText } = note('r3', 'x', 3);
    const data = { version: 1, reflections: { r1: note('r1', 'a', 1), r2: note('r2', 'b', 2), r3: withoutText } };
    expect(refused(envelope(data))).toEqual({ ok: false, message: 'Reflectie 3 mist de tekst.', problems: ['Reflectie 3 mist de tekst.'] });
  });

  it.each([
    ['text as a number', { reflections: { r1: { ...note('r1', 'x', 1), text: 5 } } }, 'Reflectie 1: de tekst klopt niet.'],
    ['a reflection that is a string', { reflections: { r1: 'tekst' } }, 'Reflectie 1 heeft de verkeerde vorm.'],
    [
      'a bad date',
      { reflections: { r1: { ...note('r1', 'x', 1), updated: '31-12-2026' } } },
      'Reflectie 1: de datum van de laatste wijziging klopt niet.',
    ],
    ['an id that differs from its key', { reflections: { r1: note('r2', 'x', 1) } }, 'Reflectie 1 heeft een id die niet past bij de naam.'],
    [
      'a __proto__ key',
      JSON.parse(`{"reflections":{"__proto__":${JSON.stringify(note('x', 'x', 1))}}}`),
      'Reflectie 1 heeft een naam die niet klopt.',
    ],
    ['a huge text', { reflections: { r1: note('r1', 'x'.repeat(50_001), 1) } }, 'Reflectie 1: de tekst is te lang.'],
    ['reflections as a list', { reflections: [] }, 'De reflecties in het bestand hebben de verkeerde vorm.'],
    [
      'an answer without option',
      { checks: { m: { q1: { correct: true, answeredAt: at(1) } } } },
      'Antwoord 1 van kennischeck 1 mist het gekozen antwoord.',
    ],
    [
      'an answer without right or wrong',
      { checks: { m: { q1: { optionId: 'a', answeredAt: at(1) } } } },
      'Antwoord 1 van kennischeck 1 mist de uitslag (goed of fout).',
    ],
    [
      'too many meters',
      {
        scenarios: {
          s: { ...sample.scenarios['a1-plantsoen'], meters: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`m${i}`, 1])) },
        },
      },
      'Scenario 1: de meters kloppen niet.',
    ],
    [
      'a scenario with choices as text',
      { scenarios: { s: { ...sample.scenarios['a1-plantsoen'], choices: 'a,b' } } },
      'Scenario 1: de keuzes kloppen niet.',
    ],
    [
      'a section with a bad slug',
      { sections: { m: { a: at(1), '<b>': at(1) } } },
      'Onderdeel 2 van leesvoortgang 1 heeft een naam die niet klopt.',
    ],
    ['a section without a date', { sections: { m: { a: true } } }, 'Onderdeel 1 van leesvoortgang 1 klopt niet.'],
    ['sections of a module as a list', { sections: { m: ['a'] } }, 'Leesvoortgang 1 heeft de verkeerde vorm.'],
    [
      'a link to another site as last place',
      { lastPlace: { url: 'javascript:alert(1)', title: 'x', at: at(1) } },
      'De laatst bezochte pagina: het adres klopt niet.',
    ],
  ])('refuses %s', (_name, data, message) => {
    expect(refused(envelope({ version: 1, ...data })).message).toBe(message);
  });

  it('says how many more problems there are', () => {
    const data = { version: 1, reflections: { r1: { ...note('r1', 'x', 1), text: 1 }, r2: { ...note('r2', 'x', 1), text: 2 }, r3: 'x' } };
    const result = refused(envelope(data));
    expect(result.message).toBe('Reflectie 1: de tekst klopt niet. Er zijn nog 2 andere fouten.');
    expect(result.problems).toHaveLength(3);
  });

  it('lists at most 20 problems but counts them all', () => {
    const reflections = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`r${i}`, 'kapot']));
    const result = refused(envelope({ version: 1, reflections }));
    expect(result.problems).toHaveLength(20);
    expect(result.message).toMatch(/Er zijn nog 29 andere fouten\.$/);
  });

  it('never changes the current data when it refuses, and never pollutes prototypes', () => {
    const current = structuredClone(sample);
    const frozen = structuredClone(sample);
    for (const text of [
      '{',
      envelope({ version: 1, reflections: { r1: 'x' } }),
      `{"app":"ja-tenzij","version":1,"exportedAt":"${at(1)}","data":{"version":1,"__proto__":{"polluted":1},"reflections":{}},"__proto__":{"polluted":1}}`,
    ]) {
      parseImport(text, current);
    }
    expect(current).toEqual(frozen);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('parseImport: accepts good files', () => {
  it('keeps HTML in a reflection as plain text', () => {
    const text = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const result = parseImport(envelope({ version: 1, reflections: { r1: note('r1', text, 1) } }));
    expect(result.ok && result.data.reflections['r1']?.text).toBe(text);
  });

  it('ignores deletions, the wipe date and the export date in the file', () => {
    const result = parseImport(envelope({ version: 1, deletedReflections: { x: 'kapot' }, clearedAt: 'kapot', reflections: {} }));
    expect(result).toMatchObject({ ok: true, data: { deletedReflections: {}, clearedAt: null } });
  });

  it('accepts a minimal file: missing parts count as empty', () => {
    expect(parseImport(envelope({ version: 1 }))).toMatchObject({ ok: true, data: emptyProgressState() });
  });

  it('migrates a version 0 export', () => {
    const result = parseImport(
      JSON.stringify({ app: EXPORT_APP, version: 0, exportedAt: at(1), data: { reflections: { 'a1-x': 'Oud.' } } }),
      emptyProgressState(),
      { now: new Date(at(2)) },
    );
    expect(result.ok && result.data.reflections['a1-x']).toEqual({
      id: 'a1-x',
      moduleId: '01-burgerkracht-en-loslaten',
      prompt: '',
      text: 'Oud.',
      created: at(2),
      updated: at(2),
    });
  });

  it('previews what changes: new, newer in the file, the same, and older (ignored)', () => {
    const current: ProgressState = {
      ...emptyProgressState(),
      reflections: { same: note('same', 'gelijk', 5), older: note('older', 'oud hier', 5), newer: note('newer', 'nieuwer hier', 9) },
      checks: { m: { q1: { optionId: 'a', correct: true, answeredAt: at(5) }, q2: { optionId: 'a', correct: true, answeredAt: at(5) } } },
      scenarios: { s: { choices: [], currentNodeId: 'a', outcomeNodeId: null, meters: {}, startedAt: at(5), updatedAt: at(5) } },
      sections: { m: { a: at(5) } },
    };
    const file = {
      version: 1,
      reflections: {
        same: note('same', 'gelijk', 7),
        older: note('older', 'nieuw uit bestand', 7),
        newer: note('newer', 'ouder uit bestand', 3),
        added: note('added', 'nieuw', 2),
      },
      checks: {
        m: {
          q1: { optionId: 'b', correct: false, answeredAt: at(7) },
          q2: { optionId: 'a', correct: true, answeredAt: at(7) },
          q3: { optionId: 'a', correct: true, answeredAt: at(1) },
        },
      },
      scenarios: {
        s: { choices: ['x'], currentNodeId: 'b', outcomeNodeId: null, meters: {}, startedAt: at(4), updatedAt: at(4) },
        t: { choices: [], currentNodeId: 'a', outcomeNodeId: null, meters: {}, startedAt: at(4), updatedAt: at(4) },
      },
      sections: { m: { a: at(7), b: at(7) } },
    };
    const result = parseImport(envelope(file), current);
    if (!result.ok) throw new Error(result.message);
    const ids = (list: { id: string }[]) => list.map((r) => r.id);
    expect(ids(result.preview.reflections.added)).toEqual(['added']);
    expect(ids(result.preview.reflections.updated)).toEqual(['older']);
    expect(ids(result.preview.reflections.unchanged)).toEqual(['same']);
    expect(ids(result.preview.reflections.ignored)).toEqual(['newer']);
    expect(result.preview.reflections.added[0]).toEqual({
      id: 'added',
      moduleId: '01-burgerkracht-en-loslaten',
      prompt: 'Vraag bij added?',
      updated: at(2),
    });
    expect(result.preview.checkAnswers).toEqual({ added: 1, updated: 1, unchanged: 1, ignored: 0 });
    expect(result.preview.scenarioRuns).toEqual({ added: 1, updated: 0, unchanged: 0, ignored: 1 });
    expect(result.preview.sectionsRead).toEqual({ added: 1, unchanged: 1 });
    expect(result.preview.exportedAt).toBe(at(25));

    const merged = applyImport(current, result.data);
    expect(merged.reflections['older']?.text).toBe('nieuw uit bestand');
    expect(merged.reflections['newer']?.text).toBe('nieuwer hier');
    expect(merged.reflections['added']?.text).toBe('nieuw');
    expect(merged.checks['m']?.['q1']?.optionId).toBe('b');
    expect(merged.scenarios['s']?.currentNodeId).toBe('a');
    expect(merged.sections['m']).toEqual({ a: at(7), b: at(7) });
  });
});

describe('applyImport', () => {
  it('keeps what only the current data has and does not take the file’s export date', () => {
    const current = { ...emptyProgressState(), reflections: { mine: note('mine', 'van mij', 3) }, lastExportAt: at(2) };
    const imported = { ...emptyProgressState(), reflections: { theirs: note('theirs', 'uit bestand', 1) }, lastExportAt: at(9) };
    const merged = applyImport(current, imported);
    expect(Object.keys(merged.reflections)).toEqual(['mine', 'theirs']);
    expect(merged.lastExportAt).toBe(at(2));
  });

  it('brings back a reflection that was deleted here, dated just after the deletion', () => {
    const current = { ...emptyProgressState(), deletedReflections: { r1: at(10) } };
    const imported = { ...emptyProgressState(), reflections: { r1: note('r1', 'terug', 3) } };
    const merged = applyImport(current, imported);
    expect(merged.reflections['r1']).toMatchObject({ text: 'terug', created: at(3), updated: '2026-11-10T10:00:00.001Z' });
    expect(merged.deletedReflections).toEqual({});
  });

  it('keeps imported data after "alles wissen", however old it is', () => {
    const current = { ...emptyProgressState(), clearedAt: at(20) };
    const merged = applyImport(current, { ...emptyProgressState(), reflections: { r1: note('r1', 'oud', 3) } });
    expect(merged.reflections['r1']?.text).toBe('oud');
    expect(merged.clearedAt).toBe(at(20));
  });

  it('does not change its arguments', () => {
    const current = structuredClone(sample);
    const imported = exportableData(structuredClone(sample));
    applyImport(current, imported);
    expect(current).toEqual(sample);
  });
});
