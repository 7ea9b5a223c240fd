import { describe, expect, it } from 'vitest';
import { MIGRATIONS, dataVersion, migrate, migrateV0ToV1 } from '../../../src/lib/progress/migrations';
import { PROGRESS_VERSION, ProgressStateSchema } from '../../../src/lib/progress/progress-schema';
import { readStoredProgress } from '../../../src/lib/progress/stored-data';

const context = { now: '2026-11-30T09:00:00.000Z' };

describe('migrations', () => {
  it('has a step from every earlier version to the next', () => {
    for (let version = 0; version < PROGRESS_VERSION; version++) expect(MIGRATIONS[version]).toBeTypeOf('function');
  });

  it.each([
    [{ version: 1 }, 1],
    [{ reflections: {} }, 0],
    [{}, 0],
    [{ version: '1' }, null],
    [{ version: 1.5 }, null],
    [{ version: -1 }, null],
    [[], null],
    ['x', null],
    [null, null],
  ])('dataVersion(%j) is %j', (data, version) => {
    expect(dataVersion(data)).toBe(version);
  });

  it('turns version 0 (reflection texts by id) into version 2', () => {
    const v0 = { reflections: { 'a1-eigen-vakkennis': 'Bij het plantsoen.', 'b3-mandaat': 'In de raad.' } };
    const result = migrate(v0, context);
    expect(result).toEqual({
      ok: true,
      from: 0,
      data: {
        version: 2,
        sections: {},
        checks: {},
        scenarios: {},
        scenarioHistory: {},
        worksheets: {},
        deletedWorksheets: {},
        review: {},
        reflections: {
          'a1-eigen-vakkennis': {
            id: 'a1-eigen-vakkennis',
            moduleId: '01-burgerkracht-en-loslaten',
            prompt: '',
            text: 'Bij het plantsoen.',
            created: '2026-11-30T09:00:00.000Z',
            updated: '2026-11-30T09:00:00.000Z',
          },
          'b3-mandaat': {
            id: 'b3-mandaat',
            moduleId: '07-afwegen-en-mandaat',
            prompt: '',
            text: 'In de raad.',
            created: '2026-11-30T09:00:00.000Z',
            updated: '2026-11-30T09:00:00.000Z',
          },
        },
        deletedReflections: {},
        lastPlace: null,
        lastExportAt: null,
        clearedAt: null,
      },
    });
    expect(result.ok && ProgressStateSchema.safeParse(result.data).success).toBe(true);
  });

  it('gives an id without a known module code the module "onbekend"', () => {
    const result = migrateV0ToV1({ reflections: { 'c9-iets': 'x', los: 'y' } }, context);
    expect(result['reflections']).toMatchObject({ 'c9-iets': { moduleId: 'onbekend' }, los: { moduleId: 'onbekend' } });
  });

  it('passes bad version 0 entries on unchanged, so reading can report them', () => {
    const result = migrateV0ToV1({ reflections: { 'a1-x': 42 } }, context);
    expect(result['reflections']).toMatchObject({ 'a1-x': { text: 42 } });
    expect(migrateV0ToV1({ reflections: 'kapot' }, context)['reflections']).toBe('kapot');
    expect(migrateV0ToV1({}, context)['reflections']).toEqual({});
  });

  it('leaves current data as it is', () => {
    const data = { version: 2, reflections: {} };
    expect(migrate(data, context)).toEqual({ ok: true, from: 2, data });
  });

  it.each([
    ['no object', 'hallo', { ok: false, problem: 'not-an-object', version: null }],
    ['an unreadable version', { version: 'twee' }, { ok: false, problem: 'unknown-version', version: null }],
    ['a newer version', { version: 3 }, { ok: false, problem: 'newer-version', version: 3 }],
  ])('refuses %s', (_name, data, expected) => {
    expect(migrate(data, context)).toEqual(expected);
  });

  it('reports a step that throws instead of throwing', () => {
    const hostile = Object.defineProperty({}, 'reflections', {
      enumerable: true,
      get() {
        throw new Error('boem');
      },
    });
    expect(migrate(hostile, context)).toEqual({ ok: false, problem: 'step-failed', version: 0 });
  });

  it('uses the version given by an import envelope over the data', () => {
    expect(migrate({ reflections: { 'a1-x': 'y' } }, context, 0)).toMatchObject({ ok: true, from: 0 });
    expect(migrate({ version: 1 }, context, 5)).toMatchObject({ ok: false, problem: 'newer-version' });
  });

  it('is applied when stored data is read', () => {
    const read = readStoredProgress(JSON.stringify({ reflections: { 'a2-grens': 'Tekst.' } }), context);
    expect(read).toMatchObject({ kind: 'ok', migratedFrom: 0 });
    expect(read.kind === 'ok' && read.state.reflections['a2-grens']?.moduleId).toBe('02-van-nee-maar-naar-ja-tenzij');
  });
});
