import { describe, expect, it, vi } from 'vitest';
import {
  CORRUPT_KEY_PREFIX,
  PROGRESS_KEY,
  createProgressStore,
  emptyProgressState,
  parseImport,
  exportJson,
} from '../../../src/lib/progress';
import { FakeStorage, FakeStorageEvents, FakeTabs, steppingClock } from '../../support/fake-storage';

const reflection = { id: 'a1-eigen-vakkennis', moduleId: '01-burgerkracht-en-loslaten', prompt: 'Wanneer?', text: 'Eerste versie.' };

/** Two tabs on one storage; each tab has its own clock, both moving forward. */
function twoTabs() {
  const tabs = new FakeTabs();
  const a = createProgressStore({ ...tabs.open(), now: steppingClock('2026-11-30T09:00:00.000Z', 60_000), persist: null });
  const b = createProgressStore({ ...tabs.open(), now: steppingClock('2026-11-30T09:00:30.000Z', 60_000), persist: null });
  const stored = () => JSON.parse(tabs.storage.peek(PROGRESS_KEY) ?? 'null');
  return { tabs, a, b, stored };
}

describe('two tabs', () => {
  it('tells subscribers about a change made in another tab', () => {
    const { tabs, a, b } = twoTabs();
    const listener = vi.fn();
    b.subscribe(listener);
    a.saveReflection(reflection);
    expect(listener).not.toHaveBeenCalled();
    tabs.deliver();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(b.getState().reflections[reflection.id]?.text).toBe('Eerste versie.');
  });

  it('ignores events for other keys and for another storage area (sessionStorage)', () => {
    const events = new FakeStorageEvents();
    const storage = new FakeStorage();
    const store = createProgressStore({ storage, events, now: steppingClock(), persist: null });
    const listener = vi.fn();
    store.subscribe(listener);
    const other = JSON.stringify({ ...emptyProgressState(), sections: { m: { a: '2026-11-30T09:00:00.000Z' } } });
    events.emit('iets-anders', other);
    events.emit(PROGRESS_KEY, other, new FakeStorage());
    expect(listener).not.toHaveBeenCalled();
    events.emit(PROGRESS_KEY, other, storage);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('does not lose a reflection edit: the newest version wins in both tabs', () => {
    const { tabs, a, b, stored } = twoTabs();
    a.saveReflection(reflection);
    tabs.deliver();
    b.saveReflection({ ...reflection, text: 'Tweede versie, in tab B.' });
    // Tab A has not heard of it yet and saves something else.
    a.markSectionRead('01-burgerkracht-en-loslaten', 'burgerkracht-zien');
    tabs.deliver();
    for (const state of [a.getState(), b.getState(), stored()]) {
      expect(state.reflections[reflection.id].text).toBe('Tweede versie, in tab B.');
      expect(Object.keys(state.sections['01-burgerkracht-en-loslaten'])).toEqual(['burgerkracht-zien']);
    }
  });

  it('keeps an edit made in both tabs before either heard of the other, per entry', () => {
    const { tabs, a, b, stored } = twoTabs();
    a.saveReflection({ ...reflection, id: 'a1-een', text: 'Van A.' });
    b.saveReflection({ ...reflection, id: 'a1-twee', text: 'Van B.' });
    tabs.deliver();
    for (const state of [a.getState(), b.getState(), stored()]) {
      expect(Object.keys(state.reflections).sort()).toEqual(['a1-een', 'a1-twee']);
    }
  });

  it('keeps its newer text when an older version arrives late', () => {
    const events = new FakeStorageEvents();
    const store = createProgressStore({
      storage: new FakeStorage(),
      events,
      now: steppingClock('2026-11-30T12:00:00.000Z'),
      persist: null,
    });
    store.saveReflection({ ...reflection, text: 'Nieuw.' });
    const older = {
      ...emptyProgressState(),
      reflections: {
        [reflection.id]: { ...reflection, text: 'Oud.', created: '2026-11-30T08:00:00.000Z', updated: '2026-11-30T08:00:00.000Z' },
      },
    };
    events.emit(PROGRESS_KEY, JSON.stringify(older));
    expect(store.getState().reflections[reflection.id]?.text).toBe('Nieuw.');
  });

  it('a deletion reaches the other tab and does not come back on its next write', () => {
    const { tabs, a, b, stored } = twoTabs();
    a.saveReflection(reflection);
    tabs.deliver();
    a.deleteReflection(reflection.id);
    tabs.deliver();
    expect(b.getState().reflections).toEqual({});
    b.markSectionRead('m', 'x');
    tabs.deliver();
    expect(stored().reflections).toEqual({});
    expect(a.getState().reflections).toEqual({});
  });

  it('a deletion wins even when the other tab writes before it hears of it', () => {
    const { tabs, a, b, stored } = twoTabs();
    a.saveReflection(reflection);
    tabs.deliver();
    a.deleteReflection(reflection.id);
    b.markSectionRead('m', 'x');
    tabs.deliver();
    expect(stored().reflections).toEqual({});
    expect(b.getState().reflections).toEqual({});
  });

  it('"alles wissen" reaches the other tab; what that tab writes afterwards is kept', () => {
    const { tabs, a, b, stored } = twoTabs();
    a.saveReflection(reflection);
    a.markSectionRead('m', 'x');
    tabs.deliver();
    a.clearAll();
    tabs.deliver();
    expect(b.getState().reflections).toEqual({});
    expect(b.getState().sections).toEqual({});
    b.saveReflection({ ...reflection, id: 'a2-na-het-wissen', text: 'Na het wissen.' });
    tabs.deliver();
    expect(Object.keys(stored().reflections)).toEqual(['a2-na-het-wissen']);
    expect(Object.keys(a.getState().reflections)).toEqual(['a2-na-het-wissen']);
  });

  it('an import after "alles wissen" survives in every tab, however old its dates', () => {
    const { tabs, a, b, stored } = twoTabs();
    a.saveReflection(reflection);
    tabs.deliver();
    const file = exportJson(a.getState(), new Date('2026-11-30T09:30:00.000Z'));
    a.clearAll();
    tabs.deliver();
    const parsed = parseImport(file, a.getState());
    if (!parsed.ok) throw new Error(parsed.message);
    expect(a.importData(parsed.data)).toEqual({ saved: true });
    tabs.deliver();
    b.markSectionRead('m', 'x');
    tabs.deliver();
    for (const state of [a.getState(), b.getState(), stored()]) expect(state.reflections[reflection.id].text).toBe('Eerste versie.');
  });

  it('keeps its data when another tab removes the key or clears the storage', () => {
    const events = new FakeStorageEvents();
    const storage = new FakeStorage();
    const store = createProgressStore({ storage, events, now: steppingClock(), persist: null });
    store.saveReflection(reflection);
    storage.items.delete(PROGRESS_KEY);
    events.emit(PROGRESS_KEY, null);
    events.emit(null, null);
    expect(store.getState().reflections[reflection.id]?.text).toBe('Eerste versie.');
    store.markSectionRead('m', 'a');
    expect(JSON.parse(storage.peek(PROGRESS_KEY) ?? '').reflections[reflection.id].text).toBe('Eerste versie.');
  });

  it('keeps corrupt data written by another tab aside and keeps its own state', () => {
    const events = new FakeStorageEvents();
    const storage = new FakeStorage();
    const store = createProgressStore({ storage, events, now: steppingClock(), persist: null });
    store.saveReflection(reflection);
    storage.items.set(PROGRESS_KEY, '{kapot');
    events.emit(PROGRESS_KEY, '{kapot');
    expect(store.status().recovery).toMatchObject({ kind: 'corrupt', raw: '{kapot' });
    expect(storage.keys(CORRUPT_KEY_PREFIX).map((k) => storage.peek(k))).toEqual(['{kapot']);
    expect(store.getState().reflections[reflection.id]?.text).toBe('Eerste versie.');
    expect(store.markSectionRead('m', 'a')).toEqual({ saved: true });
  });

  it('stops listening on destroy', () => {
    const events = new FakeStorageEvents();
    const store = createProgressStore({ storage: new FakeStorage(), events, now: steppingClock(), persist: null });
    expect(events.listeners.size).toBe(1);
    store.destroy();
    expect(events.listeners.size).toBe(0);
  });
});
