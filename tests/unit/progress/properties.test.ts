import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CORRUPT_KEY_PREFIX,
  EXPORT_APP,
  PROGRESS_KEY,
  ProgressStateSchema,
  applyImport,
  createProgressStore,
  exportJson,
  exportMarkdown,
  exportableData,
  mergeStates,
  parseImport,
  type ProgressState,
} from '../../../src/lib/progress';
import { normalizeState } from '../../../src/lib/progress/merge-states';
import { readStoredProgress } from '../../../src/lib/progress/stored-data';
import { FakeStorage, steppingClock } from '../../support/fake-storage';

const context = { now: '2026-11-30T09:00:00.000Z' };

// Few ids and few distinct moments, so merges meet the same entry and equal timestamps often.
const id = fc.constantFrom('a1-eigen-vakkennis', 'a1-loslaten', 'b2-verwachting', 'scenario:a1-plantsoen:0', 'm', 'q1', 'q2');
const moment = fc.integer({ min: 0, max: 12 }).map((n) => new Date(Date.UTC(2026, 10, 1 + n, 10)).toISOString());
const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('', '<script>alert(1)</script>', '# kop\n- lijst', '[x](javascript:y)', '__proto__'),
);

const reflection = fc.record({ id, moduleId: id, prompt: text, text, created: moment, updated: moment });

const stateArbitrary: fc.Arbitrary<ProgressState> = fc
  .record({
    sections: fc.dictionary(id, fc.dictionary(id, moment, { minKeys: 1 })),
    checks: fc.dictionary(id, fc.dictionary(id, fc.record({ optionId: id, correct: fc.boolean(), answeredAt: moment }), { minKeys: 1 })),
    scenarios: fc.dictionary(
      id,
      fc.record({
        choices: fc.array(id, { maxLength: 4 }),
        currentNodeId: id,
        outcomeNodeId: fc.option(id, { nil: null }),
        meters: fc.dictionary(id, fc.integer({ min: -10, max: 10 })),
        startedAt: moment,
        updatedAt: moment,
      }),
    ),
    reflections: fc.array(reflection, { maxLength: 5 }).map((list) => Object.fromEntries(list.map((r) => [r.id, r]))),
    deletedReflections: fc.dictionary(id, moment),
    scenarioHistory: fc.dictionary(
      id,
      fc.array(
        fc.record({
          choices: fc.array(id, { maxLength: 3 }),
          outcomeNodeId: id,
          meters: fc.dictionary(id, fc.integer({ min: -10, max: 10 })),
          startedAt: moment,
          finishedAt: moment,
        }),
        { minLength: 1, maxLength: 4 },
      ),
    ),
    worksheets: fc
      .array(fc.record({ id, kind: id, title: text, values: fc.dictionary(id, text), created: moment, updated: moment }), { maxLength: 4 })
      .map((list) => Object.fromEntries(list.map((w) => [w.id, w]))),
    deletedWorksheets: fc.dictionary(id, moment),
    review: fc
      .array(
        fc.record({
          itemId: id,
          moduleId: id,
          due: moment,
          stability: fc.double({ min: 0, max: 100, noNaN: true }),
          difficulty: fc.double({ min: 0, max: 10, noNaN: true }),
          elapsedDays: fc.nat(30),
          scheduledDays: fc.nat(30),
          learningSteps: fc.nat(3),
          reps: fc.nat(5),
          lapses: fc.nat(3),
          state: fc.constantFrom(0 as const, 1 as const, 2 as const, 3 as const),
          lastReview: fc.option(moment, { nil: null }),
          addedAt: moment,
        }),
        { maxLength: 4 },
      )
      .map((list) => Object.fromEntries(list.map((c) => [c.itemId, c]))),
    lastPlace: fc.option(fc.record({ url: fc.constantFrom('/', '/modules/a/', '/begrippen/#x'), title: text, at: moment }), { nil: null }),
    lastExportAt: fc.option(moment, { nil: null }),
    clearedAt: fc.option(moment, { nil: null }),
  })
  .map((parts) => ({ version: 2 as const, ...parts }));

// Hostile JSON: odd keys, deep nesting, huge and special strings, wrong types everywhere.
const hostileKey = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'version', 'reflections', 'text', 'id'),
);
const hostileJson = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(
      null,
      true,
      false,
      0,
      -1,
      1e308,
      Number.MAX_SAFE_INTEGER,
      '',
      'x'.repeat(60_000),
      '2026-11-30T09:00:00.000Z',
      'javascript:alert(1)',
    ),
    fc.string({ maxLength: 20 }),
    fc.double(),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(hostileKey, tie('value'), { maxKeys: 5 }),
  ),
})).value;

/** Replaces one leaf of valid data with a hostile value. */
const mutatedState = fc.tuple(stateArbitrary, hostileJson, fc.nat()).map(([state, junk, pick]) => {
  const copy = JSON.parse(JSON.stringify(state)) as Record<string, unknown>;
  const paths: (string | number)[][] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) walk(v, [...path, Array.isArray(value) ? Number(k) : k]);
  };
  walk(copy, []);
  const path = paths[pick % paths.length] ?? [];
  if (path.length === 0) return junk;
  let cursor = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) cursor = cursor[key] as Record<string | number, unknown>;
  cursor[path[path.length - 1]!] = junk;
  return copy;
});

const envelopeOf = (data: unknown) => JSON.stringify({ app: EXPORT_APP, version: 2, exportedAt: '2026-11-30T09:00:00.000Z', data });

describe('the import parser, fed random and hostile input', () => {
  it('never throws on any string, and never changes the current data', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json()), stateArbitrary, (input, current) => {
        const before = JSON.stringify(current);
        const result = parseImport(input, current);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(result.message.length).toBeGreaterThan(0);
        expect(JSON.stringify(current)).toBe(before);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on an envelope with hostile data; what it accepts passes the schema', () => {
    fc.assert(
      fc.property(fc.oneof(hostileJson, mutatedState), stateArbitrary, (data, current) => {
        const before = JSON.stringify(current);
        const result = parseImport(envelopeOf(data), current);
        if (result.ok) {
          expect(ProgressStateSchema.safeParse(result.data).success).toBe(true);
          expect(ProgressStateSchema.safeParse(applyImport(current, result.data)).success).toBe(true);
        } else {
          expect(result.problems.length).toBeGreaterThan(0);
        }
        expect(JSON.stringify(current)).toBe(before);
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('reads back every export', () => {
    fc.assert(
      fc.property(stateArbitrary, (state) => {
        const result = parseImport(exportJson(state), state);
        expect(result.ok).toBe(true);
        if (result.ok) expect(result.data).toEqual(normalizeState(exportableData(state)));
      }),
    );
  });
});

describe('the stored-data parser, fed random and hostile input', () => {
  it('never throws; what it returns always passes the schema', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          hostileJson.map((v) => JSON.stringify(v) ?? ''),
          mutatedState.map((v) => JSON.stringify(v) ?? ''),
        ),
        (raw) => {
          const read = readStoredProgress(raw, context);
          if (read.kind !== 'corrupt') expect(ProgressStateSchema.safeParse(read.state).success).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('a store on hostile stored data never throws and never loses the raw text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          mutatedState.map((v) => JSON.stringify(v) ?? ''),
        ),
        (raw) => {
          const storage = new FakeStorage({ items: { [PROGRESS_KEY]: raw } });
          const store = createProgressStore({ storage, events: null, now: steppingClock(), persist: null });
          store.saveReflection({ id: 'a1-x', moduleId: 'm', prompt: 'p', text: 't' });
          const read = readStoredProgress(raw, context);
          if (read.kind === 'ok') {
            // Everything was read, so everything is in the new state.
            expect(store.getState()).toMatchObject({ scenarios: read.state.scenarios, sections: read.state.sections });
          } else {
            const copies = storage.keys(CORRUPT_KEY_PREFIX).map((key) => storage.peek(key));
            expect(copies).toContain(raw);
            expect(store.status().recovery?.raw).toBe(raw);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('mergeStates, on random states', () => {
  it('does not depend on the order of its arguments', () => {
    fc.assert(
      fc.property(stateArbitrary, stateArbitrary, (a, b) => {
        expect(mergeStates(a, b)).toEqual(mergeStates(b, a));
      }),
    );
  });

  it('is idempotent and associative', () => {
    fc.assert(
      fc.property(stateArbitrary, stateArbitrary, stateArbitrary, (a, b, c) => {
        const ab = mergeStates(a, b);
        expect(mergeStates(ab, ab)).toEqual(ab);
        expect(mergeStates(ab, c)).toEqual(mergeStates(a, mergeStates(b, c)));
      }),
    );
  });

  it('never loses the newest version of a reflection unless a later deletion or wipe removed it', () => {
    fc.assert(
      fc.property(stateArbitrary, stateArbitrary, (a, b) => {
        const merged = mergeStates(a, b);
        for (const source of [a, b]) {
          for (const r of Object.values(source.reflections)) {
            // A wipe the source had not seen removes what it held from before the wipe.
            const wiped =
              merged.clearedAt !== null && source.clearedAt !== merged.clearedAt && Date.parse(merged.clearedAt) >= Date.parse(r.updated);
            if (wiped) continue;
            const kept = merged.reflections[r.id];
            if (kept) expect(Date.parse(kept.updated)).toBeGreaterThanOrEqual(Date.parse(r.updated));
            else expect(Date.parse(merged.deletedReflections[r.id] ?? '')).toBeGreaterThan(Date.parse(r.updated));
          }
        }
        expect(ProgressStateSchema.safeParse(merged).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('applyImport, on random states', () => {
  it('keeps every reflection of the file, or a newer one', () => {
    fc.assert(
      fc.property(stateArbitrary, stateArbitrary, (current, file) => {
        const imported = exportableData(normalizeState(file));
        const merged = applyImport(current, imported);
        for (const r of Object.values(imported.reflections)) {
          expect(merged.reflections[r.id]).toBeDefined();
          expect(Date.parse(merged.reflections[r.id]?.updated ?? '')).toBeGreaterThanOrEqual(Date.parse(r.updated));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('exportMarkdown, on random text', () => {
  it('keeps every line of a reflection inside its quote, with no raw "<"', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (input) => {
        const state = {
          ...normalizeState({
            version: 2,
            sections: {},
            checks: {},
            scenarios: {},
            scenarioHistory: {},
            worksheets: {},
            deletedWorksheets: {},
            review: {},
            deletedReflections: {},
            lastPlace: null,
            lastExportAt: null,
            clearedAt: null,
            reflections: {},
          }),
          reflections: { r: { id: 'r', moduleId: 'm', prompt: 'Vraag', text: `x${input}`, created: context.now, updated: context.now } },
        };
        const md = exportMarkdown(state, { modules: { m: 'Module' } }, { exportedAt: new Date(context.now) });
        const quoted = md
          .slice(md.indexOf('Geschreven op'))
          .split('\n')
          .slice(2)
          .filter((line) => line !== '');
        expect(quoted.every((line) => line.startsWith('>'))).toBe(true);
        expect(md).not.toMatch(/(^|[^\\])[<[`]/m);
      }),
      { numRuns: 300 },
    );
  });
});
