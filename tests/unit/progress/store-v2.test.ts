import { describe, expect, it } from 'vitest';
import {
  EXPORT_APP,
  INVALID_NOTICES,
  LIMITS,
  PROGRESS_KEY,
  PROGRESS_VERSION,
  ProgressStateSchema,
  applyImport,
  createProgressStore,
  emptyProgressState,
  exportJson,
  exportMarkdown,
  mergeStates,
  parseImport,
  type FinishedRun,
  type ProgressState,
  type ReviewCard,
  type WorksheetEntry,
} from '../../../src/lib/progress';
import { migrate } from '../../../src/lib/progress/migrations';
import { readStoredProgress } from '../../../src/lib/progress/stored-data';
import { FakeStorage, FakeTabs, steppingClock } from '../../support/fake-storage';

const context = { now: '2026-12-06T09:00:00.000Z' };
const at = (minute: number) => new Date(Date.UTC(2026, 11, 6, 9, minute)).toISOString();
const state = (patch: Partial<ProgressState>): ProgressState => ({ ...emptyProgressState(), ...patch });
const make = (storage: FakeStorage = new FakeStorage()) =>
  createProgressStore({ storage, events: null, now: steppingClock(), persist: null });

const SCENARIO = 'a1-plantsoen';
const start = { choices: [], currentNodeId: 'start', outcomeNodeId: null, meters: { vertrouwen: 0 } };
const ending = { choices: ['c1', 'c2'], currentNodeId: 'einde-goed', outcomeNodeId: 'einde-goed', meters: { vertrouwen: 3 } };

const run = (startMinute: number, finishMinute: number, outcomeNodeId = 'einde-goed'): FinishedRun => ({
  choices: ['c1'],
  outcomeNodeId,
  meters: {},
  startedAt: at(startMinute),
  finishedAt: at(finishMinute),
});

const worksheetInput = {
  id: 'ja-tenzij-toets:2026-12-06T10-15-00-000Z',
  kind: 'ja-tenzij-toets',
  title: 'Moestuin aan de Lindelaan',
  values: { initiatief: 'Bewoners willen een moestuin.', 'bezwaar.1.regel': 'Het APV-artikel over groen.' },
};

const worksheet = (id: string, updatedMinute: number, title = 'Werkblad'): WorksheetEntry => ({
  id,
  kind: 'participatieplan',
  title,
  values: { doel: title },
  created: at(0),
  updated: at(updatedMinute),
});

const card = (itemId: string, patch: Partial<ReviewCard> = {}): ReviewCard => ({
  itemId,
  moduleId: '01-burgerkracht-en-loslaten',
  due: at(0),
  stability: 0,
  difficulty: 0,
  elapsedDays: 0,
  scheduledDays: 0,
  learningSteps: 0,
  reps: 0,
  lapses: 0,
  state: 0,
  lastReview: null,
  addedAt: at(0),
  ...patch,
});

const v1Data = {
  version: 1,
  sections: { '01-burgerkracht-en-loslaten': { 'burgerkracht-zien': '2026-11-30T09:00:00.000Z' } },
  checks: {},
  scenarios: {
    [SCENARIO]: {
      choices: ['c1'],
      currentNodeId: 'einde-goed',
      outcomeNodeId: 'einde-goed',
      meters: { vertrouwen: 2 },
      startedAt: '2026-11-30T09:00:00.000Z',
      updatedAt: '2026-11-30T09:05:00.000Z',
    },
    'b2-verwachting': {
      choices: [],
      currentNodeId: 'start',
      outcomeNodeId: null,
      meters: {},
      startedAt: '2026-11-30T09:00:00.000Z',
      updatedAt: '2026-11-30T09:00:00.000Z',
    },
  },
  reflections: {},
  deletedReflections: {},
  lastPlace: null,
  lastExportAt: null,
  clearedAt: null,
};

describe('migration to version 2', () => {
  it('is the current version', () => {
    expect(PROGRESS_VERSION).toBe(2);
  });

  it('turns version 1 data into version 2: empty worksheets and review, finished runs in the history', () => {
    const read = readStoredProgress(JSON.stringify(v1Data), context);
    expect(read.kind).toBe('ok');
    if (read.kind !== 'ok') return;
    expect(read.migratedFrom).toBe(1);
    expect(read.state.version).toBe(2);
    expect(read.state.sections).toEqual(v1Data.sections);
    expect(read.state.scenarios).toEqual(v1Data.scenarios);
    expect(read.state.worksheets).toEqual({});
    expect(read.state.deletedWorksheets).toEqual({});
    expect(read.state.review).toEqual({});
    // The finished run is remembered as the first entry of its history; the unfinished one is not.
    expect(read.state.scenarioHistory).toEqual({
      [SCENARIO]: [
        {
          choices: ['c1'],
          outcomeNodeId: 'einde-goed',
          meters: { vertrouwen: 2 },
          startedAt: '2026-11-30T09:00:00.000Z',
          finishedAt: '2026-11-30T09:05:00.000Z',
        },
      ],
    });
  });

  it('reports a broken version 1 run once, as a scenario', () => {
    const broken = { ...v1Data, scenarios: { [SCENARIO]: { ...v1Data.scenarios[SCENARIO], startedAt: 'gisteren' } } };
    const read = readStoredProgress(JSON.stringify(broken), context);
    expect(read).toMatchObject({ kind: 'partial', droppedCount: 1, dropped: ['scenario "a1-plantsoen"'] });
  });

  it('turns version 0 data (the prototype) into version 2 in one go', () => {
    const result = migrate({ reflections: { 'a1-eigen-vakkennis': 'Bij het plantsoen.' } }, context);
    expect(result).toMatchObject({ ok: true, from: 0 });
    expect(result.ok && ProgressStateSchema.safeParse(result.data).success).toBe(true);
    expect(result.ok && result.data).toMatchObject({
      version: 2,
      scenarioHistory: {},
      worksheets: {},
      deletedWorksheets: {},
      review: {},
      reflections: { 'a1-eigen-vakkennis': { text: 'Bij het plantsoen.', moduleId: '01-burgerkracht-en-loslaten' } },
    });
  });

  it('a store on version 1 storage keeps the learner data and writes version 2 back', () => {
    const storage = new FakeStorage();
    storage.setItem(PROGRESS_KEY, JSON.stringify(v1Data));
    const store = make(storage);
    expect(store.getState().scenarioHistory[SCENARIO]).toHaveLength(1);
    store.markSectionRead('01-burgerkracht-en-loslaten', 'loslaten');
    const written = JSON.parse(storage.peek(PROGRESS_KEY) ?? 'null') as ProgressState;
    expect(written.version).toBe(2);
    expect(Object.keys(written.sections['01-burgerkracht-en-loslaten'] ?? {})).toEqual(['burgerkracht-zien', 'loslaten']);
  });
});

describe('scenario history', () => {
  it('adds a run once, when it first reaches an ending', () => {
    const store = make();
    store.saveScenarioRun(SCENARIO, start);
    store.saveScenarioRun(SCENARIO, { ...start, choices: ['c1'], currentNodeId: 'n2' });
    expect(store.getState().scenarioHistory).toEqual({});
    store.saveScenarioRun(SCENARIO, ending);
    const saved = store.getState().scenarios[SCENARIO]!;
    expect(store.getState().scenarioHistory[SCENARIO]).toEqual([
      {
        choices: ['c1', 'c2'],
        outcomeNodeId: 'einde-goed',
        meters: { vertrouwen: 3 },
        startedAt: saved.startedAt,
        finishedAt: saved.updatedAt,
      },
    ]);
    // Saving the finished run again (a reload of the ending) adds nothing.
    store.saveScenarioRun(SCENARIO, ending);
    expect(store.getState().scenarioHistory[SCENARIO]).toHaveLength(1);
  });

  it('adds every replay as its own run, oldest first', () => {
    const store = make();
    store.saveScenarioRun(SCENARIO, start);
    store.saveScenarioRun(SCENARIO, ending);
    store.saveScenarioRun(SCENARIO, start);
    store.saveScenarioRun(SCENARIO, { ...ending, outcomeNodeId: 'einde-slecht', currentNodeId: 'einde-slecht' });
    const history = store.getState().scenarioHistory[SCENARIO] ?? [];
    expect(history.map((r) => r.outcomeNodeId)).toEqual(['einde-goed', 'einde-slecht']);
    expect(Date.parse(history[1]!.startedAt)).toBeGreaterThan(Date.parse(history[0]!.finishedAt));
  });

  it('adds a new run that arrives already finished', () => {
    const store = make();
    store.saveScenarioRun(SCENARIO, { ...ending, choices: [] });
    store.saveScenarioRun(SCENARIO, { ...ending, choices: [] });
    // The second save is a new run (no choices starts one), so both count.
    expect(store.getState().scenarioHistory[SCENARIO]).toHaveLength(2);
  });

  it(`keeps at most ${LIMITS.finishedRuns} finished runs per scenario, dropping the oldest`, () => {
    const store = make();
    for (let i = 0; i < LIMITS.finishedRuns + 3; i++) {
      store.saveScenarioRun(SCENARIO, start);
      store.saveScenarioRun(SCENARIO, { ...ending, meters: { vertrouwen: i } });
    }
    const history = store.getState().scenarioHistory[SCENARIO] ?? [];
    expect(history).toHaveLength(LIMITS.finishedRuns);
    expect(history[0]?.meters).toEqual({ vertrouwen: 3 });
    expect(history.at(-1)?.meters).toEqual({ vertrouwen: LIMITS.finishedRuns + 2 });
  });
});

describe('worksheets', () => {
  it('saves a worksheet; the store dates it, keeps created on a change, and writes nothing for the same text', () => {
    const storage = new FakeStorage();
    const store = make(storage);
    expect(store.saveWorksheet(worksheetInput)).toEqual({ saved: true });
    const first = store.getState().worksheets[worksheetInput.id]!;
    expect(first).toMatchObject(worksheetInput);
    expect(first.created).toBe(first.updated);
    const before = store.getState();
    store.saveWorksheet({ ...worksheetInput, values: { ...worksheetInput.values } });
    expect(store.getState()).toBe(before);
    store.saveWorksheet({ ...worksheetInput, values: { ...worksheetInput.values, 'bezwaar.2.regel': 'Geluid.' } });
    const second = store.getState().worksheets[worksheetInput.id]!;
    expect(second.created).toBe(first.created);
    expect(Date.parse(second.updated)).toBeGreaterThan(Date.parse(first.updated));
    expect(second.values['bezwaar.2.regel']).toBe('Geluid.');
    expect(JSON.parse(storage.peek(PROGRESS_KEY) ?? 'null').worksheets[worksheetInput.id].values['bezwaar.2.regel']).toBe('Geluid.');
  });

  it('deletes a worksheet and remembers the deletion; saving it again brings it back', () => {
    const store = make();
    store.saveWorksheet(worksheetInput);
    expect(store.deleteWorksheet(worksheetInput.id)).toEqual({ saved: true });
    expect(store.getState().worksheets).toEqual({});
    expect(Object.keys(store.getState().deletedWorksheets)).toEqual([worksheetInput.id]);
    store.saveWorksheet(worksheetInput);
    expect(store.getState().worksheets[worksheetInput.id]?.title).toBe(worksheetInput.title);
    expect(store.getState().deletedWorksheets).toEqual({});
  });

  it('refuses a title or field that is too long, with a Dutch message, and keeps what was there', () => {
    const store = make();
    store.saveWorksheet(worksheetInput);
    const before = store.getState();
    const longField = { ...worksheetInput, values: { initiatief: 'x'.repeat(LIMITS.worksheetField + 1) } };
    const longTitle = { ...worksheetInput, title: 'x'.repeat(LIMITS.title + 1) };
    for (const input of [longField, longTitle]) {
      expect(store.saveWorksheet(input)).toEqual({ saved: false, reason: 'invalid', message: INVALID_NOTICES.worksheetTooLong });
    }
    expect(INVALID_NOTICES.worksheetTooLong).toContain('4.000 tekens');
    expect(store.getState()).toBe(before);
    expect(store.saveWorksheet({ ...worksheetInput, values: { initiatief: 'x'.repeat(LIMITS.worksheetField) } })).toEqual({ saved: true });
  });

  it('refuses a worksheet with too many fields, a bad id or a value that is no text', () => {
    const store = make();
    const tooMany = Object.fromEntries(Array.from({ length: LIMITS.worksheetFields + 1 }, (_, i) => [`veld.${i}.regel`, 'x']));
    const invalid = { saved: false, reason: 'invalid', message: INVALID_NOTICES.invalid };
    expect(store.saveWorksheet({ ...worksheetInput, values: tooMany })).toEqual(invalid);
    expect(store.saveWorksheet({ ...worksheetInput, id: '__proto__' })).toEqual(invalid);
    expect(store.saveWorksheet({ ...worksheetInput, values: { initiatief: 42 } } as never)).toEqual(invalid);
    expect(store.deleteWorksheet('')).toEqual(invalid);
    expect(store.getState()).toEqual(emptyProgressState());
  });
});

describe('review queue', () => {
  it('adds only items that are not in the queue yet', () => {
    const store = make();
    store.addReviewItems([card('check:m:q1')]);
    store.saveReviewCard(card('check:m:q1', { reps: 1, state: 2, lastReview: at(5), due: at(60) }));
    const before = store.getState();
    expect(store.addReviewItems([card('check:m:q1')])).toEqual({ saved: true });
    expect(store.getState()).toBe(before);
    store.addReviewItems([card('check:m:q1'), card('scenario:a1-plantsoen:n2'), card('scenario:a1-plantsoen:n2', { reps: 9 })]);
    const review = store.getState().review;
    expect(Object.keys(review).sort()).toEqual(['check:m:q1', 'scenario:a1-plantsoen:n2']);
    expect(review['check:m:q1']?.reps).toBe(1);
    expect(review['scenario:a1-plantsoen:n2']?.reps).toBe(0);
  });

  it('replaces a card after a review answer', () => {
    const store = make();
    store.addReviewItems([card('check:m:q1')]);
    const answered = card('check:m:q1', { reps: 1, state: 1, stability: 2.5, difficulty: 4.9, lastReview: at(3), due: at(13) });
    expect(store.saveReviewCard(answered)).toEqual({ saved: true });
    expect(store.getState().review['check:m:q1']).toEqual(answered);
  });

  it('refuses a card that does not fit the ts-fsrs shape, and changes nothing', () => {
    const store = make();
    const invalid = { saved: false, reason: 'invalid', message: INVALID_NOTICES.invalid };
    expect(store.saveReviewCard(card('q', { state: 4 as never }))).toEqual(invalid);
    expect(store.saveReviewCard(card('q', { stability: -1 }))).toEqual(invalid);
    expect(store.saveReviewCard(card('q', { reps: 1.5 }))).toEqual(invalid);
    expect(store.saveReviewCard(card('q', { due: 'morgen' }))).toEqual(invalid);
    expect(store.addReviewItems([card('q'), { ...card('r'), moduleId: undefined } as never])).toEqual(invalid);
    expect(store.getState()).toEqual(emptyProgressState());
  });
});

describe('merging version 2 data', () => {
  it('joins finished runs of both sides, once each, oldest first, capped', () => {
    const a = state({ scenarioHistory: { [SCENARIO]: [run(0, 2), run(3, 5)] } });
    const b = state({ scenarioHistory: { [SCENARIO]: [run(3, 5), run(1, 4)], other: [run(0, 1)] } });
    const merged = mergeStates(a, b);
    expect(merged.scenarioHistory[SCENARIO]?.map((r) => r.finishedAt)).toEqual([at(2), at(4), at(5)]);
    expect(merged.scenarioHistory['other']).toHaveLength(1);
    expect(mergeStates(b, a)).toEqual(merged);

    const many = (offset: number) => Array.from({ length: 40 }, (_, i) => run(2 * i + offset, 2 * i + offset + 1));
    const capped = mergeStates(state({ scenarioHistory: { x: many(0) } }), state({ scenarioHistory: { x: many(100) } }));
    expect(capped.scenarioHistory['x']).toHaveLength(LIMITS.finishedRuns);
    expect(capped.scenarioHistory['x']?.[0]?.startedAt).toBe(at(60));
  });

  it('keeps the newest worksheet; a deletion wins over an older one, a newer edit over the deletion', () => {
    const a = state({ worksheets: { w1: worksheet('w1', 5, 'nieuw'), w2: worksheet('w2', 1) }, deletedWorksheets: { w3: at(4) } });
    const b = state({
      worksheets: { w1: worksheet('w1', 2, 'oud'), w3: worksheet('w3', 3), w4: worksheet('w4', 6) },
      deletedWorksheets: { w2: at(2), w4: at(5) },
    });
    const merged = mergeStates(a, b);
    expect(Object.keys(merged.worksheets)).toEqual(['w1', 'w4']);
    expect(merged.worksheets['w1']?.title).toBe('nieuw');
    expect(merged.deletedWorksheets).toEqual({ w2: at(2), w3: at(4) });
    expect(mergeStates(b, a)).toEqual(merged);
  });

  it('keeps the review card reviewed later, then the one reviewed more often', () => {
    const a = state({ review: { q1: card('q1', { lastReview: at(5), reps: 1 }), q2: card('q2', { lastReview: at(3), reps: 2 }) } });
    const b = state({ review: { q1: card('q1', { lastReview: at(4), reps: 7 }), q2: card('q2', { lastReview: at(3), reps: 3 }) } });
    const merged = mergeStates(a, b);
    expect(merged.review['q1']?.reps).toBe(1);
    expect(merged.review['q2']?.reps).toBe(3);
    expect(mergeStates(b, a)).toEqual(merged);
  });

  it('"alles wissen" in another tab also clears history, worksheets and review', () => {
    const old = state({
      scenarioHistory: { [SCENARIO]: [run(0, 1)] },
      worksheets: { w1: worksheet('w1', 1) },
      review: { q1: card('q1', { lastReview: at(1) }) },
    });
    const wiped = state({ clearedAt: at(2), worksheets: { w2: worksheet('w2', 3) } });
    const merged = mergeStates(old, wiped);
    expect(merged.scenarioHistory).toEqual({});
    expect(Object.keys(merged.worksheets)).toEqual(['w2']);
    expect(merged.review).toEqual({});
  });

  it('two tabs: a worksheet deleted in one tab stays deleted when the other saves something else', () => {
    const tabs = new FakeTabs();
    const a = createProgressStore({ ...tabs.open(), now: steppingClock('2026-12-06T09:00:00.000Z', 60_000), persist: null });
    const b = createProgressStore({ ...tabs.open(), now: steppingClock('2026-12-06T09:00:30.000Z', 60_000), persist: null });
    a.saveWorksheet(worksheetInput);
    a.addReviewItems([card('q1')]);
    tabs.deliver();
    b.deleteWorksheet(worksheetInput.id);
    b.saveReviewCard(card('q1', { reps: 1, lastReview: '2026-12-06T09:10:00.000Z' }));
    // Tab A has not heard of it yet and saves something else.
    a.saveScenarioRun(SCENARIO, ending);
    tabs.deliver();
    const stored = JSON.parse(tabs.storage.peek(PROGRESS_KEY) ?? 'null') as ProgressState;
    for (const s of [a.getState(), b.getState(), stored]) {
      expect(s.worksheets).toEqual({});
      expect(s.review['q1']?.reps).toBe(1);
      expect(s.scenarioHistory[SCENARIO]).toHaveLength(1);
    }
  });
});

describe('export and import of version 2 data', () => {
  const full = (): ProgressState => {
    const store = make();
    store.saveScenarioRun(SCENARIO, start);
    store.saveScenarioRun(SCENARIO, ending);
    store.saveWorksheet(worksheetInput);
    store.addReviewItems([card('check:m:q1', { lastReview: at(2), reps: 1 })]);
    store.saveReflection({ id: 'a1-eigen-vakkennis', moduleId: '01-burgerkracht-en-loslaten', prompt: 'Vraag', text: 'Tekst.' });
    return store.getState();
  };

  it('re-imports its own export into an empty browser with everything in it', () => {
    const exported = full();
    const result = parseImport(exportJson(exported, new Date(at(30))), emptyProgressState());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.preview).toMatchObject({
      worksheets: { added: 1, updated: 0, unchanged: 0, ignored: 0 },
      finishedRuns: { added: 1, unchanged: 0 },
      reviewCards: { added: 1, updated: 0, unchanged: 0, ignored: 0 },
    });
    const imported = applyImport(emptyProgressState(), result.data);
    expect(imported.worksheets).toEqual(exported.worksheets);
    expect(imported.scenarioHistory).toEqual(exported.scenarioHistory);
    expect(imported.review).toEqual(exported.review);
    // Into the same browser it changes nothing.
    const again = parseImport(exportJson(exported, new Date(at(30))), exported);
    expect(again.ok && again.preview).toMatchObject({
      worksheets: { unchanged: 1 },
      finishedRuns: { unchanged: 1 },
      reviewCards: { unchanged: 1 },
    });
  });

  it('imports a version 1 file: its finished run joins the history', () => {
    const file = JSON.stringify({ app: EXPORT_APP, version: 1, exportedAt: '2026-11-30T10:00:00.000Z', data: v1Data });
    const result = parseImport(file, emptyProgressState(), { now: new Date(context.now) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.scenarioHistory[SCENARIO]).toHaveLength(1);
    expect(result.data.worksheets).toEqual({});
  });

  it('brings back a worksheet deleted here when the file has it, as it does for reflections', () => {
    const current = state({ deletedWorksheets: { w1: at(10) } });
    const merged = applyImport(current, state({ worksheets: { w1: worksheet('w1', 5) } }));
    expect(merged.worksheets['w1']?.title).toBe('Werkblad');
    expect(Date.parse(merged.worksheets['w1']!.updated)).toBeGreaterThan(Date.parse(at(10)));
    expect(merged.deletedWorksheets).toEqual({});
  });

  it('never lets a fresh card from the file replace one reviewed here', () => {
    const current = state({ review: { q1: card('q1', { lastReview: at(1), reps: 3 }) } });
    const file = state({ review: { q1: card('q1', { addedAt: at(9) }), q2: card('q2', { lastReview: at(9), reps: 1 }) } });
    const result = parseImport(exportJson(file, new Date(at(30))), current);
    expect(result.ok && result.preview.reviewCards).toEqual({ added: 1, updated: 0, unchanged: 0, ignored: 1 });
    const merged = applyImport(current, file);
    expect(merged.review['q1']?.reps).toBe(3);
    expect(merged.review['q2']?.reps).toBe(1);
  });

  it('names a broken worksheet, card or history entry in Dutch when refusing a file', () => {
    const data = {
      version: 2,
      worksheets: { w1: { ...worksheet('w1', 1), title: 'x'.repeat(LIMITS.title + 1) } },
      review: { q1: { ...card('q1'), state: 7 } },
      scenarioHistory: { [SCENARIO]: [run(0, 1), { ...run(1, 2), finishedAt: 'nooit' }] },
    };
    const result = parseImport(JSON.stringify({ app: EXPORT_APP, version: 2, exportedAt: at(30), data }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      'Afgeronde ronde 2 van scenario 1: de einddatum klopt niet.',
      'Werkblad 1: de titel is te lang.',
      'Herhaalvraag 1: de fase klopt niet.',
    ]);
  });

  it('drops only the broken worksheet from stored data, and says which one', () => {
    const stored = { ...emptyProgressState(), worksheets: { w1: worksheet('w1', 1), w2: { ...worksheet('w2', 1), values: 'kapot' } } };
    const read = readStoredProgress(JSON.stringify(stored), context);
    expect(read).toMatchObject({ kind: 'partial', droppedCount: 1, dropped: ['werkblad "w2"'] });
    expect(read.kind === 'partial' && Object.keys(read.state.worksheets)).toEqual(['w1']);
  });
});

describe('the Markdown leerlogboek', () => {
  it('lists worksheets after the reflections: title, kind and every filled field, as quoted text', () => {
    const md = exportMarkdown(
      state({
        reflections: {
          r: { id: 'r', moduleId: 'm', prompt: 'Vraag', text: 'Reflectie.', created: at(0), updated: at(0) },
        },
        worksheets: {
          w1: {
            id: 'w1',
            kind: 'ja-tenzij-toets',
            title: 'Moestuin *Lindelaan*',
            values: { 'bezwaar.10.regel': 'Tiende.', 'bezwaar.2.regel': 'Tweede.', leeg: '  ', initiatief: '<b>Moestuin</b>' },
            created: at(0),
            updated: at(0),
          },
        },
      }),
      {
        modules: { m: 'Module' },
        worksheets: { 'ja-tenzij-toets': { title: 'Ja-tenzij-toets', fields: { initiatief: 'Het initiatief', 'bezwaar.regel': 'Regel' } } },
      },
      { exportedAt: new Date(at(30)) },
    );
    expect(md.indexOf('## Werkbladen')).toBeGreaterThan(md.indexOf('Reflectie.'));
    expect(md.slice(md.indexOf('## Werkbladen'))).toBe(
      [
        '## Werkbladen',
        '',
        '### Moestuin \\*Lindelaan\\*',
        '',
        'Werkblad: Ja-tenzij-toets. Ingevuld op 6 december 2026.',
        '',
        '#### Regel 2',
        '',
        '> Tweede.',
        '',
        '#### Regel 10',
        '',
        '> Tiende.',
        '',
        '#### Het initiatief',
        '',
        '> \\<b\\>Moestuin\\</b\\>',
        '',
      ].join('\n'),
    );
  });

  it('shows a worksheet of an unknown kind by its ids, and leaves out one with nothing filled in', () => {
    const md = exportMarkdown(
      state({
        worksheets: {
          w1: { ...worksheet('w1', 0, ''), kind: 'stemverklaring', values: { standpunt: 'Voor.' } },
          w2: { ...worksheet('w2', 0, 'Leeg'), values: { doel: '' } },
        },
      }),
      { modules: {} },
    );
    expect(md).toContain('### stemverklaring\n\nWerkblad: stemverklaring.');
    expect(md).toContain('#### standpunt\n\n> Voor.');
    expect(md).not.toContain('Leeg');
    expect(md).not.toContain('U heeft nog niets opgeslagen.');
  });
});
