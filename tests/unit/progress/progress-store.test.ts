import { describe, expect, it, vi } from 'vitest';
import {
  CORRUPT_KEY_PREFIX,
  INVALID_NOTICES,
  LEGACY_V0_KEY,
  LIMITS,
  PROGRESS_KEY,
  ProgressStateSchema,
  createProgressStore,
  emptyProgressState,
  getProgressStore,
  lastExportText,
  readSections,
  type ProgressStoreOptions,
} from '../../../src/lib/progress';
import { FakeStorage, manualClock, steppingClock } from '../../support/fake-storage';

const make = (storage: FakeStorage | null = new FakeStorage(), options: ProgressStoreOptions = {}) =>
  createProgressStore({ storage, events: null, now: steppingClock(), persist: null, ...options });

const reflection = {
  id: 'a1-eigen-vakkennis',
  moduleId: '01-burgerkracht-en-loslaten',
  prompt: 'Wanneer dacht u: dit weet ik beter?',
  text: 'Bij het plantsoen.',
};

describe('progress store: writing and reading', () => {
  it('starts empty and persistent on a working storage', () => {
    const store = make();
    expect(store.getState()).toEqual(emptyProgressState());
    expect(store.status()).toEqual({ persistent: true, reason: null, notice: null, recovery: null });
  });

  it('marks a section read once, with the moment it was read', () => {
    const storage = new FakeStorage();
    const store = make(storage);
    expect(store.markSectionRead('01-burgerkracht-en-loslaten', 'van-burgerparticipatie')).toEqual({ saved: true });
    store.markSectionRead('01-burgerkracht-en-loslaten', 'burgerkracht-zien');
    const writes = storage.writes.length;
    store.markSectionRead('01-burgerkracht-en-loslaten', 'burgerkracht-zien');
    expect(storage.writes.length).toBe(writes);
    expect(store.getState().sections).toEqual({
      '01-burgerkracht-en-loslaten': {
        'van-burgerparticipatie': '2026-11-30T09:00:00.000Z',
        'burgerkracht-zien': '2026-11-30T09:01:00.000Z',
      },
    });
    expect(readSections(store.getState(), '01-burgerkracht-en-loslaten')).toEqual(['burgerkracht-zien', 'van-burgerparticipatie']);
    expect(readSections(store.getState(), 'constructor')).toEqual([]);
  });

  it('saves knowledge-check answers; a new answer replaces the old one', () => {
    const store = make();
    store.saveCheckAnswer('m', 'a1-vraag-1', 'b', false);
    store.saveCheckAnswer('m', 'a1-vraag-2', 'a', true);
    store.saveCheckAnswer('m', 'a1-vraag-1', 'c', true);
    expect(store.getState().checks['m']).toEqual({
      'a1-vraag-1': { optionId: 'c', correct: true, answeredAt: '2026-11-30T09:02:00.000Z' },
      'a1-vraag-2': { optionId: 'a', correct: true, answeredAt: '2026-11-30T09:01:00.000Z' },
    });
  });

  it('saves a scenario run, keeps its start while it goes on, and starts a new run on an empty choice list', () => {
    const store = make();
    store.saveScenarioRun('a1-plantsoen', { choices: [], currentNodeId: 'de-mail', outcomeNodeId: null, meters: { houding: 3 } });
    store.saveScenarioRun('a1-plantsoen', {
      choices: ['bel-terug'],
      currentNodeId: 'keukentafel',
      outcomeNodeId: null,
      meters: { houding: 5 },
    });
    expect(store.getState().scenarios['a1-plantsoen']).toEqual({
      choices: ['bel-terug'],
      currentNodeId: 'keukentafel',
      outcomeNodeId: null,
      meters: { houding: 5 },
      startedAt: '2026-11-30T09:00:00.000Z',
      updatedAt: '2026-11-30T09:01:00.000Z',
    });
    store.saveScenarioRun('a1-plantsoen', { choices: [], currentNodeId: 'de-mail', outcomeNodeId: null, meters: { houding: 3 } });
    expect(store.getState().scenarios['a1-plantsoen']?.startedAt).toBe('2026-11-30T09:02:00.000Z');
  });

  it('copies the run it is given, so a later change by the caller does not leak in', () => {
    const store = make();
    const choices = ['bel-terug'];
    store.saveScenarioRun('a1-plantsoen', { choices, currentNodeId: 'keukentafel', outcomeNodeId: null, meters: { houding: 5 } });
    choices.push('extra');
    expect(store.getState().scenarios['a1-plantsoen']?.choices).toEqual(['bel-terug']);
  });

  it('saves a reflection: created stays, updated moves; the same text again writes nothing', () => {
    const storage = new FakeStorage();
    const store = make(storage);
    store.saveReflection(reflection);
    store.saveReflection({ ...reflection, text: 'Bij het plantsoen, en bij de speeltuin.' });
    const writes = storage.writes.length;
    store.saveReflection({ ...reflection, text: 'Bij het plantsoen, en bij de speeltuin.' });
    expect(storage.writes.length).toBe(writes);
    expect(store.getState().reflections[reflection.id]).toEqual({
      ...reflection,
      text: 'Bij het plantsoen, en bij de speeltuin.',
      created: '2026-11-30T09:00:00.000Z',
      updated: '2026-11-30T09:01:00.000Z',
    });
  });

  it('keeps reflection text exactly as typed, HTML included: it is data, not markup', () => {
    const store = make();
    const text = '<img src=x onerror=alert(1)> & <b>vet</b>\n\n  ingesprongen';
    store.saveReflection({ ...reflection, text });
    expect(store.getState().reflections[reflection.id]?.text).toBe(text);
  });

  it('deletes a reflection and remembers the deletion for other tabs', () => {
    const store = make();
    store.saveReflection(reflection);
    expect(store.deleteReflection(reflection.id)).toEqual({ saved: true });
    expect(store.getState().reflections).toEqual({});
    expect(store.getState().deletedReflections).toEqual({ [reflection.id]: '2026-11-30T09:01:00.000Z' });
    store.saveReflection(reflection);
    expect(store.getState().reflections[reflection.id]?.text).toBe(reflection.text);
    expect(store.getState().deletedReflections).toEqual({});
  });

  it('remembers the last place and shortens a long title', () => {
    const store = make();
    store.setLastPlace({ url: '/modules/burgerkracht-en-loslaten/#uw-vakkennis', title: 'x'.repeat(LIMITS.title + 50) });
    expect(store.getState().lastPlace).toEqual({
      url: '/modules/burgerkracht-en-loslaten/#uw-vakkennis',
      title: 'x'.repeat(LIMITS.title),
      at: '2026-11-30T09:00:00.000Z',
    });
  });

  it.each([
    ['a link to another site', () => make().setLastPlace({ url: '//evil.example/', title: 'x' })],
    ['a javascript: link', () => make().setLastPlace({ url: 'javascript:alert(1)', title: 'x' })],
    ['a backslash host', () => make().setLastPlace({ url: '/\\evil.example', title: 'x' })],
    ['an empty module id', () => make().markSectionRead('', 'a')],
    ['a __proto__ module id', () => make().markSectionRead('__proto__', 'a')],
    ['an id with a space', () => make().saveCheckAnswer('m', 'vraag 1', 'a', true)],
    ['a non-boolean "correct"', () => make().saveCheckAnswer('m', 'q', 'a', 'ja' as unknown as boolean)],
    ['a __proto__ reflection id', () => make().saveReflection({ ...reflection, id: '__proto__' })],
    [
      'a scenario run with a bad node id',
      () => make().saveScenarioRun('s', { choices: [], currentNodeId: '<script>', outcomeNodeId: null, meters: {} }),
    ],
    [
      'a scenario run with a fractional meter',
      () => make().saveScenarioRun('s', { choices: [], currentNodeId: 'a', outcomeNodeId: null, meters: { houding: 1.5 } }),
    ],
    ['import data of the wrong shape', () => make().importData({ version: 2 } as never)],
  ])('refuses %s and changes nothing', (_name, write) => {
    const result = write();
    expect(result).toEqual({ saved: false, reason: 'invalid', message: INVALID_NOTICES.invalid });
  });

  it('refuses a reflection longer than the limit, with a Dutch message, and keeps the old text', () => {
    const store = make();
    store.saveReflection(reflection);
    const result = store.saveReflection({ ...reflection, text: 'a'.repeat(LIMITS.reflectionText + 1) });
    expect(result).toEqual({ saved: false, reason: 'invalid', message: INVALID_NOTICES.textTooLong });
    expect(INVALID_NOTICES.textTooLong).toContain('50.000 tekens');
    expect(store.getState().reflections[reflection.id]?.text).toBe(reflection.text);
  });

  it('accepts a reflection of exactly the limit', () => {
    expect(make().saveReflection({ ...reflection, text: 'a'.repeat(LIMITS.reflectionText) })).toEqual({ saved: true });
  });

  it('writes only data that passes the schema', () => {
    const storage = new FakeStorage();
    const store = make(storage);
    store.markSectionRead('m', 'a');
    store.saveCheckAnswer('m', 'q', 'a', true);
    store.saveScenarioRun('s', { choices: ['c'], currentNodeId: 'n', outcomeNodeId: 'einde', meters: { houding: 4 } });
    store.saveReflection(reflection);
    store.setLastPlace({ url: '/', title: 'Home' });
    store.markExported();
    for (const write of storage.writes.filter((w) => w.key === PROGRESS_KEY)) {
      expect(ProgressStateSchema.safeParse(JSON.parse(write.value)).success).toBe(true);
    }
  });

  it('reads back what it saved in a new store on the same storage (a reload)', () => {
    const storage = new FakeStorage();
    const first = make(storage);
    first.saveReflection(reflection);
    first.saveScenarioRun('a1-plantsoen', {
      choices: ['bel-terug'],
      currentNodeId: 'keukentafel',
      outcomeNodeId: null,
      meters: { houding: 5 },
    });
    const second = make(storage);
    expect(second.getState()).toEqual(first.getState());
    expect(second.status().recovery).toBeNull();
  });

  it('keeps the same state and status objects until something changes', () => {
    const store = make();
    const state = store.getState();
    const status = store.status();
    store.markSectionRead('m', 'a');
    const after = store.getState();
    expect(after).not.toBe(state);
    store.markSectionRead('m', 'a');
    expect(store.getState()).toBe(after);
    expect(store.status()).toBe(status);
  });

  it('keeps timestamps strictly increasing, also when the clock goes back', () => {
    const clock = manualClock('2026-11-30T10:00:00.000Z');
    const store = make(new FakeStorage(), { now: clock.now });
    store.saveReflection(reflection);
    clock.set('2026-11-30T08:00:00.000Z');
    store.saveReflection({ ...reflection, text: 'later' });
    const saved = store.getState().reflections[reflection.id];
    expect(Date.parse(saved?.updated ?? '')).toBeGreaterThan(Date.parse(saved?.created ?? ''));
  });

  it('records the last export for "Uw laatste export was op …"', () => {
    const store = make(new FakeStorage(), { now: () => new Date('2026-11-30T23:30:00.000Z') });
    expect(lastExportText(store.getState())).toBe('U heeft nog geen export gemaakt.');
    expect(store.markExported()).toEqual({ saved: true });
    expect(store.getState().lastExportAt).toBe('2026-11-30T23:30:00.000Z');
    // In Amsterdam it is already 1 December.
    expect(lastExportText(store.getState())).toBe('Uw laatste export was op 1 december 2026.');
  });

  it('merges imported data; the newer entry wins', () => {
    const store = make();
    store.saveReflection(reflection);
    const data = {
      ...emptyProgressState(),
      reflections: {
        [reflection.id]: { ...reflection, text: 'oud', created: '2026-01-01T00:00:00.000Z', updated: '2026-01-01T00:00:00.000Z' },
        'a2-grenzen': {
          ...reflection,
          id: 'a2-grenzen',
          text: 'nieuw',
          created: '2026-01-01T00:00:00.000Z',
          updated: '2026-01-01T00:00:00.000Z',
        },
      },
    };
    expect(store.importData(data)).toEqual({ saved: true });
    expect(store.getState().reflections[reflection.id]?.text).toBe(reflection.text);
    expect(store.getState().reflections['a2-grenzen']?.text).toBe('nieuw');
  });

  it('"alles wissen" removes the data, the old prototype key and kept-aside copies', () => {
    const storage = new FakeStorage({
      items: { [LEGACY_V0_KEY]: '{"reflections":{}}', [`${CORRUPT_KEY_PREFIX}2026-01-01T00:00:00.000Z`]: 'oud', 'andere-site': 'blijft' },
    });
    const store = make(storage);
    store.saveReflection(reflection);
    store.markSectionRead('m', 'a');
    expect(store.clearAll()).toEqual({ saved: true });
    expect(store.getState()).toEqual({ ...emptyProgressState(), clearedAt: expect.any(String) });
    expect(storage.keys('jt:')).toEqual([PROGRESS_KEY]);
    expect(storage.peek('andere-site')).toBe('blijft');
    expect(make(storage).getState().reflections).toEqual({});
  });

  it('dates "alles wissen" after everything it clears, even when the clock is behind', () => {
    const clock = manualClock('2026-11-30T10:00:00.000Z');
    const store = make(new FakeStorage(), { now: clock.now });
    store.saveReflection(reflection);
    clock.set('2026-11-29T10:00:00.000Z');
    store.clearAll();
    expect(Date.parse(store.getState().clearedAt ?? '')).toBeGreaterThan(Date.parse('2026-11-30T10:00:00.000Z'));
  });
});

describe('progress store: subscribers', () => {
  it('calls listeners after a change with the new state and status, and stops after unsubscribe', () => {
    const store = make();
    const listener = vi.fn();
    const stop = store.subscribe(listener);
    store.markSectionRead('m', 'a');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenLastCalledWith(store.getState(), store.status());
    store.markSectionRead('m', 'a');
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
    store.markSectionRead('m', 'b');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('keeps calling the other listeners when one throws, and reports the error', async () => {
    const store = make();
    const reported = new Promise<unknown>((resolve) => {
      const original = globalThis.queueMicrotask;
      vi.spyOn(globalThis, 'queueMicrotask').mockImplementationOnce((task) =>
        original(() => {
          try {
            task();
          } catch (error) {
            resolve(error);
          }
        }),
      );
    });
    const second = vi.fn();
    store.subscribe(() => {
      throw new Error('kapot');
    });
    store.subscribe(second);
    store.markSectionRead('m', 'a');
    expect(second).toHaveBeenCalledTimes(1);
    await expect(reported).resolves.toEqual(new Error('kapot'));
    vi.restoreAllMocks();
  });

  it('drops listeners on destroy', () => {
    const store = make();
    const listener = vi.fn();
    store.subscribe(listener);
    store.destroy();
    store.markSectionRead('m', 'a');
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('progress store: requestPersistence', () => {
  it.each([
    ['granted', () => Promise.resolve(true), true],
    ['refused', () => Promise.resolve(false), false],
    ['rejected', () => Promise.reject(new Error('nee')), false],
    ['not a boolean', () => Promise.resolve('ja' as unknown as boolean), false],
  ])('%s: resolves to whether it was granted', async (_name, persist, expected) => {
    const spy = vi.fn(persist);
    await expect(make(new FakeStorage(), { persist: spy }).requestPersistence()).resolves.toBe(expected);
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('resolves to false when the browser has no navigator.storage.persist', async () => {
    await expect(make(new FakeStorage(), { persist: null }).requestPersistence()).resolves.toBe(false);
  });
});

describe('getProgressStore', () => {
  it('gives a memory-only store on the server (no window)', () => {
    const store = getProgressStore();
    expect(store.status()).toMatchObject({ persistent: false, reason: 'unavailable' });
    expect(getProgressStore()).not.toBe(store);
  });
});
