import { describe, expect, it } from 'vitest';
import {
  CORRUPT_KEY_PREFIX,
  LEGACY_V0_KEY,
  PROGRESS_KEY,
  RECOVERY_NOTICES,
  STORAGE_NOTICES,
  createProgressStore,
  emptyProgressState,
  type ProgressStoreOptions,
} from '../../../src/lib/progress';
import { isQuotaError } from '../../../src/lib/browser/storage';
import { FakeStorage, quotaExceededError, securityError, steppingClock, type QuotaErrorStyle } from '../../support/fake-storage';

const make = (storage: FakeStorage | null, options: ProgressStoreOptions = {}) =>
  createProgressStore({ storage, events: null, now: steppingClock(), persist: null, ...options });

const reflection = { id: 'a1-eigen-vakkennis', moduleId: '01-burgerkracht-en-loslaten', prompt: 'Wanneer?', text: 'Bij het plantsoen.' };

const validStored = JSON.stringify({
  ...emptyProgressState(),
  reflections: { [reflection.id]: { ...reflection, created: '2026-11-01T10:00:00.000Z', updated: '2026-11-01T10:00:00.000Z' } },
});

describe('storage unavailable: the store works in memory and says so', () => {
  it.each([
    ['no storage at all (server, or window.localStorage throws)', () => null],
    ['every access throws a SecurityError (disabled or blocked)', () => new FakeStorage({ mode: 'throw' })],
    ['reads work but writes throw a SecurityError', () => new FakeStorage({ mode: 'read-only' })],
  ])('%s', (_name, storage) => {
    const store = make(storage());
    expect(store.status()).toEqual({ persistent: false, reason: 'unavailable', notice: STORAGE_NOTICES.unavailable, recovery: null });
    expect(store.saveReflection(reflection)).toEqual({ saved: false, reason: 'unavailable', message: STORAGE_NOTICES.unavailable });
    expect(store.getState().reflections[reflection.id]?.text).toBe(reflection.text);
    expect(store.markSectionRead('m', 'a')).toMatchObject({ saved: false, reason: 'unavailable' });
    expect(store.getState().sections['m']).toHaveProperty('a');
  });

  it('still shows stored data when storage can be read but not written', () => {
    const store = make(new FakeStorage({ mode: 'read-only', items: { [PROGRESS_KEY]: validStored } }));
    expect(store.getState().reflections[reflection.id]?.text).toBe(reflection.text);
    expect(store.status().reason).toBe('unavailable');
    // A change that changes nothing still tells the truth about storage.
    expect(store.saveReflection(reflection)).toMatchObject({ saved: false, reason: 'unavailable' });
    expect(store.status().persistent).toBe(false);
  });

  it('says so in Dutch and points to export', () => {
    expect(STORAGE_NOTICES.unavailable).toMatch(/privévenster/);
    expect(STORAGE_NOTICES.unavailable).toMatch(/export/);
  });

  it('switches to memory when storage starts throwing halfway, and back when it works again', () => {
    const storage = new FakeStorage();
    const store = make(storage);
    expect(store.saveReflection(reflection)).toEqual({ saved: true });
    storage.mode = 'throw';
    expect(store.saveReflection({ ...reflection, text: 'tweede versie' })).toMatchObject({ saved: false, reason: 'unavailable' });
    expect(store.getState().reflections[reflection.id]?.text).toBe('tweede versie');
    storage.mode = 'ok';
    expect(store.markSectionRead('m', 'a')).toEqual({ saved: true });
    expect(store.status().persistent).toBe(true);
    expect(JSON.parse(storage.peek(PROGRESS_KEY) ?? '').reflections[reflection.id].text).toBe('tweede versie');
  });
});

describe('quota exceeded: the new value stays in memory, the write says it was not saved', () => {
  it.each<QuotaErrorStyle>(['standard', 'firefox', 'plain'])('with a %s quota error', (style) => {
    const storage = new FakeStorage({ quota: 2_000, quotaErrorStyle: style });
    const store = make(storage);
    expect(store.saveReflection(reflection)).toEqual({ saved: true });
    const before = storage.peek(PROGRESS_KEY);

    const long = 'Dit heb ik geleerd. '.repeat(200);
    const result = store.saveReflection({ ...reflection, text: long });
    expect(result).toEqual({ saved: false, reason: 'quota', message: STORAGE_NOTICES.quota });
    expect(store.getState().reflections[reflection.id]?.text).toBe(long);
    expect(store.status()).toEqual({ persistent: false, reason: 'quota', notice: STORAGE_NOTICES.quota, recovery: null });
    expect(storage.peek(PROGRESS_KEY)).toBe(before);

    storage.quota = null;
    expect(store.markSectionRead('m', 'a')).toEqual({ saved: true });
    expect(store.status().persistent).toBe(true);
    expect(JSON.parse(storage.peek(PROGRESS_KEY) ?? '').reflections[reflection.id].text).toBe(long);
  });

  it('offers export in the Dutch notice', () => {
    expect(STORAGE_NOTICES.quota).toMatch(/geen ruimte/);
    expect(STORAGE_NOTICES.quota).toMatch(/export/);
  });

  it('reports a full storage at the start, and still reads what is there', () => {
    const store = make(new FakeStorage({ mode: 'quota', items: { [PROGRESS_KEY]: validStored } }));
    expect(store.status()).toMatchObject({ persistent: false, reason: 'quota' });
    expect(store.getState().reflections[reflection.id]?.text).toBe(reflection.text);
  });

  it('recognises quota errors of every browser, and nothing else', () => {
    expect(isQuotaError(quotaExceededError('standard'))).toBe(true);
    expect(isQuotaError(quotaExceededError('firefox'))).toBe(true);
    expect(isQuotaError(quotaExceededError('plain'))).toBe(true);
    expect(isQuotaError(securityError())).toBe(false);
    expect(isQuotaError(new Error('x'))).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});

describe('corrupt stored data: kept aside, never silently wiped', () => {
  it.each([
    ['invalid JSON', '{"version":1,"reflections":{', 'corrupt'],
    ['a cut-off file', validStored.slice(0, validStored.length / 2), 'corrupt'],
    ['an empty string', '', 'corrupt'],
    ['a JSON string', '"hallo"', 'corrupt'],
    ['a JSON array', '[1,2,3]', 'corrupt'],
    ['null', 'null', 'corrupt'],
    ['a version that is no number', '{"version":"een"}', 'corrupt'],
    ['a version from the future', '{"version":99,"alles":"anders"}', 'newer-version'],
  ] as const)('%s', (_name, raw, kind) => {
    const storage = new FakeStorage({ items: { [PROGRESS_KEY]: raw } });
    const store = make(storage);
    const recovery = store.status().recovery;
    expect(recovery).toMatchObject({ kind, raw, droppedCount: 0, dropped: [] });
    expect(recovery?.notice).toBe(kind === 'newer-version' ? RECOVERY_NOTICES.newerVersion : RECOVERY_NOTICES.corrupt);
    expect(recovery?.fileName).toMatch(/^ja-tenzij-onleesbare-gegevens-\d{4}-\d{2}-\d{2}\.txt$/);
    expect(recovery?.backupKey).toMatch(new RegExp(`^${CORRUPT_KEY_PREFIX}\\d{4}-\\d{2}-\\d{2}T`));
    expect(storage.peek(recovery?.backupKey ?? '')).toBe(raw);
    expect(store.getState()).toEqual(emptyProgressState());

    // The rest works with a fresh store, and the copy survives the first write.
    expect(store.saveReflection(reflection)).toEqual({ saved: true });
    expect(storage.peek(recovery?.backupKey ?? '')).toBe(raw);
    expect(make(storage).getState().reflections[reflection.id]?.text).toBe(reflection.text);
  });

  it('keeps one copy, however often the page loads before the first write', () => {
    const storage = new FakeStorage({ items: { [PROGRESS_KEY]: '{kapot' } });
    make(storage);
    make(storage);
    expect(storage.keys(CORRUPT_KEY_PREFIX)).toHaveLength(1);
  });

  it('hides the notice on dismissRecovery but keeps the copy', () => {
    const storage = new FakeStorage({ items: { [PROGRESS_KEY]: '{kapot' } });
    const store = make(storage);
    const key = store.status().recovery?.backupKey ?? '';
    expect(store.dismissRecovery()).toEqual({ saved: true });
    expect(store.status().recovery).toBeNull();
    expect(storage.peek(key)).toBe('{kapot');
  });

  it('keeps what validates and reports the rest when the data is partly valid', () => {
    const raw = JSON.stringify({
      version: 1,
      sections: { m: { a: '2026-11-01T10:00:00.000Z', b: '2026-11-01T10:00:00.000Z' }, kapot: 'a', n: { c: 'gisteren' } },
      checks: { m: { q1: { optionId: 'a', correct: true, answeredAt: '2026-11-01T10:00:00.000Z' }, q2: { optionId: 'b' } } },
      scenarios: { s: { choices: ['x'] } },
      reflections: {
        [reflection.id]: { ...reflection, created: '2026-11-01T10:00:00.000Z', updated: '2026-11-01T10:00:00.000Z' },
        'a2-zonder-tekst': {
          ...reflection,
          id: 'a2-zonder-tekst',
          text: undefined,
          created: '2026-11-01T10:00:00.000Z',
          updated: '2026-11-01T10:00:00.000Z',
        },
        'a3-andere-id': { ...reflection, id: 'a3-iets-anders', created: '2026-11-01T10:00:00.000Z', updated: '2026-11-01T10:00:00.000Z' },
      },
      lastPlace: { url: 'javascript:alert(1)', title: 'x', at: '2026-11-01T10:00:00.000Z' },
      lastExportAt: '2026-11-02T10:00:00.000Z',
    });
    const storage = new FakeStorage({ items: { [PROGRESS_KEY]: raw } });
    const store = make(storage);
    const state = store.getState();
    expect(Object.keys(state.reflections)).toEqual([reflection.id]);
    expect(state.sections).toEqual({ m: { a: '2026-11-01T10:00:00.000Z', b: '2026-11-01T10:00:00.000Z' } });
    expect(Object.keys(state.checks['m'] ?? {})).toEqual(['q1']);
    expect(state.scenarios).toEqual({});
    expect(state.lastPlace).toBeNull();
    expect(state.lastExportAt).toBe('2026-11-02T10:00:00.000Z');

    const recovery = store.status().recovery;
    expect(recovery).toMatchObject({ kind: 'partial', raw, droppedCount: 7 });
    expect(recovery?.dropped).toEqual([
      'gelezen onderdelen van module "kapot"',
      'gelezen onderdeel "c"',
      'antwoord op vraag "q2"',
      'scenario "s"',
      'reflectie "a2-zonder-tekst"',
      'reflectie "a3-andere-id"',
      'de laatste pagina die u bezocht',
    ]);
    expect(recovery?.notice).toMatch(
      /^Een deel van uw opgeslagen voortgang was beschadigd\. Wij konden 7 onderdelen niet lezen\. De rest staat er nog\./,
    );
    expect(storage.peek(recovery?.backupKey ?? '')).toBe(raw);
  });

  it('drops a __proto__ entry without touching any prototype', () => {
    const raw = `{"version":1,"reflections":{"__proto__":{"polluted":true,"id":"__proto__"},"a1-x":${JSON.stringify({ ...reflection, id: 'a1-x', created: '2026-11-01T10:00:00.000Z', updated: '2026-11-01T10:00:00.000Z' })}},"checks":{"constructor":{"q":{"optionId":"a","correct":true,"answeredAt":"2026-11-01T10:00:00.000Z"}}}}`;
    const store = make(new FakeStorage({ items: { [PROGRESS_KEY]: raw } }));
    const state = store.getState();
    expect(Object.keys(state.reflections)).toEqual(['a1-x']);
    expect(Object.getPrototypeOf(state.reflections)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(store.status().recovery?.dropped).toEqual(['reflectie "__proto__"']);
    // "constructor" is a harmless own key: kept as data.
    expect(Object.hasOwn(state.checks, 'constructor')).toBe(true);
    expect(state.checks['constructor']?.['q']?.optionId).toBe('a');
  });

  it('saves nothing until the learner has the data when the copy cannot be kept (storage full)', () => {
    const raw = `{kapot ${'x'.repeat(500)}`;
    const storage = new FakeStorage({ items: { [PROGRESS_KEY]: raw }, quota: PROGRESS_KEY.length + raw.length + 50 });
    const store = make(storage);
    const recovery = store.status().recovery;
    expect(recovery?.backupKey).toBeNull();
    expect(recovery?.raw).toBe(raw);
    expect(recovery?.notice).toBe(`${RECOVERY_NOTICES.corrupt} ${RECOVERY_NOTICES.notKeptAside}`);
    expect(store.status()).toMatchObject({ persistent: false, reason: 'quota' });

    expect(store.saveReflection(reflection)).toEqual({ saved: false, reason: 'quota', message: STORAGE_NOTICES.quota });
    expect(store.getState().reflections[reflection.id]?.text).toBe(reflection.text);
    expect(storage.peek(PROGRESS_KEY)).toBe(raw);

    // The learner downloaded `recovery.raw`; now saving may overwrite it.
    expect(store.dismissRecovery()).toEqual({ saved: true });
    expect(JSON.parse(storage.peek(PROGRESS_KEY) ?? '').reflections[reflection.id].text).toBe(reflection.text);
  });
});

describe('version 0 data from the prototype', () => {
  it('is migrated once from its old key, which stays until "alles wissen"', () => {
    const storage = new FakeStorage({
      items: { [LEGACY_V0_KEY]: JSON.stringify({ reflections: { 'a1-eigen-vakkennis': 'Oude tekst.' } }) },
    });
    const store = make(storage);
    expect(store.getState().reflections['a1-eigen-vakkennis']).toMatchObject({
      moduleId: '01-burgerkracht-en-loslaten',
      text: 'Oude tekst.',
      prompt: '',
    });
    expect(JSON.parse(storage.peek(PROGRESS_KEY) ?? '').reflections['a1-eigen-vakkennis'].text).toBe('Oude tekst.');
    expect(storage.peek(LEGACY_V0_KEY)).toBeDefined();
    expect(store.status().recovery).toBeNull();

    storage.items.set(LEGACY_V0_KEY, JSON.stringify({ reflections: { 'a1-eigen-vakkennis': 'Nog ouder.' } }));
    expect(make(storage).getState().reflections['a1-eigen-vakkennis']?.text).toBe('Oude tekst.');
  });

  it('is reported, not wiped, when it is corrupt: the old key itself is the copy', () => {
    const storage = new FakeStorage({ items: { [LEGACY_V0_KEY]: '{"reflections": {"a1-x": "hal' } });
    const store = make(storage);
    expect(store.status().recovery).toMatchObject({ kind: 'corrupt', backupKey: LEGACY_V0_KEY });
    expect(storage.keys(CORRUPT_KEY_PREFIX)).toEqual([]);
    expect(store.saveReflection(reflection)).toEqual({ saved: true });
    expect(storage.peek(LEGACY_V0_KEY)).toBe('{"reflections": {"a1-x": "hal');
  });

  it('keeps the good reflections of partly broken version 0 data', () => {
    const storage = new FakeStorage({
      items: { [LEGACY_V0_KEY]: JSON.stringify({ reflections: { 'a1-goed': 'Tekst.', 'a1-fout': 42 } }) },
    });
    const store = make(storage);
    expect(Object.keys(store.getState().reflections)).toEqual(['a1-goed']);
    expect(store.status().recovery).toMatchObject({
      kind: 'partial',
      droppedCount: 1,
      dropped: ['reflectie "a1-fout"'],
      backupKey: LEGACY_V0_KEY,
    });
  });
});
