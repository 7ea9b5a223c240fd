import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createSession } from '../../../src/lib/workshop/session';
import { parseSession, restoreSession } from '../../../src/lib/workshop/stored-session';
import { storageKey } from '../../../src/lib/workshop/storage';
import { loadModel, run, toScenario } from './helpers';

const model = loadModel();

/** A session somewhere in the scenario, with votes, notes and a running timer. */
function busySession() {
  let s = run(model, toScenario(model, createSession(model)), [{ type: 'next' }, { type: 'next' }]);
  s = run(model, s, [{ type: 'option', option: 0 }, { type: 'option', option: 0 }, { type: 'next' }, { type: 'next' }]);
  s = run(model, s, [{ type: 'timer.toggle' }, { type: 'notes.set', section: model.plan.sections[0]!.id, text: 'Veel energie' }]);
  return s;
}

describe('reading a stored workshop session', () => {
  it('uses a versioned key per workshop, apart from learner data', () => {
    expect(storageKey('burgerkracht-en-loslaten')).toBe('jt:v1:workshop:burgerkracht-en-loslaten');
  });

  it('gives back exactly what was saved', () => {
    const s = busySession();
    expect(restoreSession(model, JSON.stringify(s))).toEqual({ status: 'ok', session: s, adjusted: false });
  });

  it('reports nothing stored', () => {
    expect(restoreSession(model, null)).toEqual({ status: 'empty' });
  });

  it.each([
    ['broken JSON', '{"v":1,'],
    ['not an object', '"hallo"'],
    ['an array', '[]'],
    ['null', 'null'],
    ['another version', JSON.stringify({ ...createSession(model), v: 2 })],
    ['another workshop', JSON.stringify({ ...createSession(model), slug: 'iets-anders' })],
    ['a negative slide', JSON.stringify({ ...createSession(model), slide: -1 })],
    ['a bad cursor', JSON.stringify({ ...createSession(model), scene: { at: 'ergens' } })],
    ['a bad timer', JSON.stringify({ ...createSession(model), timer: { durationMs: 'tien' } })],
    [
      'negative votes',
      JSON.stringify({ ...createSession(model), votes: { x: { counts: { a: -3 }, history: [], revealed: false, pick: null } } }),
    ],
    ['notes that are not text', JSON.stringify({ ...createSession(model), notes: { opening: 42 } })],
  ])('calls %s corrupt, never throws', (_what, raw) => {
    expect(restoreSession(model, raw)).toEqual({ status: 'corrupt' });
  });

  it('drops what the content no longer has and says so', () => {
    const s = busySession();
    const stale = {
      ...s,
      slide: 999,
      path: [...s.path, 'bestaat-niet', model.plan.bestPath[1]],
      votes: { ...s.votes, 'oude-stap': { counts: { a: 1 }, history: ['a'], revealed: true, pick: 'a' } },
      notes: { ...s.notes, 'oude-sectie': 'weg' },
      scene: { at: 'feedback', decision: 5 },
      blackout: true,
    };
    const result = restoreSession(model, JSON.stringify(stale));
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.adjusted).toBe(true);
    expect(result.session.slide).toBe(model.plan.slides.length - 1);
    expect(result.session.path).toEqual(s.path);
    expect(Object.keys(result.session.votes)).toEqual(Object.keys(s.votes));
    expect(result.session.notes).toEqual(s.notes);
    expect(result.session.scene).toEqual({ at: 'intro' });
    expect(result.session.blackout).toBe(false);
  });

  it('never throws and never returns an unusable session, whatever is stored', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ ...createSession(model), votes: v })),
        ),
        (raw) => {
          const result = restoreSession(model, raw);
          expect(['ok', 'corrupt', 'empty']).toContain(result.status);
          if (result.status === 'ok') expect(parseSession(model, JSON.parse(JSON.stringify(result.session)))?.adjusted).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});
