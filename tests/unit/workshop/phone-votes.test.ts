import { describe, expect, it } from 'vitest';
import { createSession, reduceSession, type WorkshopSession } from '../../../src/lib/workshop/session';
import { restoreSession } from '../../../src/lib/workshop/stored-session';
import { viewOf } from '../../../src/lib/workshop/view';
import { loadModel, run, toScenario } from './helpers';

const model = loadModel();
const phones = { code: 'ABC234', secret: 'a'.repeat(43) };
/** A session with phones on, at the first decision's vote. */
const atVote = (): WorkshopSession =>
  run(model, toScenario(model, createSession(model)), [{ type: 'phones.start', session: phones }, { type: 'next' }, { type: 'next' }]);
const firstNode = () => model.positionAfter([], 0).nodeId;
const optionIds = () => model.optionsAt([], 0).map((c) => c.id);

describe('votes from phones in the workshop session', () => {
  it('keeps the relay session with the workshop session and drops it on stop and on reset', () => {
    const s = atVote();
    expect(s.phones).toEqual(phones);
    expect(run(model, s, [{ type: 'phones.stop' }]).phones).toBeUndefined();
    expect(run(model, s, [{ type: 'reset' }]).phones).toBeUndefined();
    expect(reduceSession(model, s, { type: 'phones.start', session: { ...phones } }, 0)).toBe(s);
  });

  it('a revealed phone result shows the result, and the group follows its majority', () => {
    const counts = optionIds().map((_, i) => (i === 1 ? 3 : i === 0 ? 2 : 0));
    const s = run(model, atVote(), [{ type: 'vote.phones', nodeId: firstNode(), counts }]);
    const screen = viewOf(model, s).screen;
    expect(screen.type === 'vote' && screen.votes.revealed).toBe(true);
    expect(screen.type === 'vote' && screen.tally.total).toBe(5);
    const followed = run(model, s, [{ type: 'next' }]);
    expect(followed.path).toEqual([optionIds()[1]]);
  });

  it('adds the show of hands to the phones, and the trainer can still override', () => {
    let s = atVote();
    // Two hands for the first option, then the phones' three for the second.
    s = run(model, s, [
      { type: 'option', option: 0 },
      { type: 'option', option: 0 },
    ]);
    s = run(model, s, [{ type: 'vote.phones', nodeId: firstNode(), counts: optionIds().map((_, i) => (i === 1 ? 3 : 0)) }]);
    const screen = viewOf(model, s).screen;
    expect(screen.type === 'vote' && screen.tally.rows.map((r) => r.count).slice(0, 2)).toEqual([2, 3]);
    // Hide, add two more hands: now the first option leads.
    s = run(model, s, [{ type: 'vote.hide' }, { type: 'vote.add', option: 0 }, { type: 'vote.add', option: 0 }, { type: 'vote.reveal' }]);
    expect(run(model, s, [{ type: 'next' }]).path).toEqual([optionIds()[0]]);
    expect(run(model, s, [{ type: 'vote.pick', option: 1 }, { type: 'next' }]).path).toEqual([optionIds()[1]]);
  });

  it('the same reveal twice (both windows) changes nothing, and a reveal for another decision is ignored', () => {
    const counts = optionIds().map(() => 1);
    const s = run(model, atVote(), [{ type: 'vote.phones', nodeId: firstNode(), counts }]);
    expect(reduceSession(model, s, { type: 'vote.phones', nodeId: firstNode(), counts: [...counts] }, 0)).toBe(s);
    const before = atVote();
    expect(reduceSession(model, before, { type: 'vote.phones', nodeId: 'not-this-node', counts }, 0)).toBe(before);
    expect(reduceSession(model, before, { type: 'vote.phones', nodeId: firstNode(), counts: [1] }, 0)).toBe(before);
  });

  it('a reload keeps the relay session and the phone counts; a broken relay session is dropped', () => {
    const s = run(model, atVote(), [{ type: 'vote.phones', nodeId: firstNode(), counts: optionIds().map(() => 2) }]);
    expect(restoreSession(model, JSON.stringify(s))).toEqual({ status: 'ok', session: s, adjusted: false });
    const broken = restoreSession(model, JSON.stringify({ ...s, phones: { code: '<script>', secret: 'x' } }));
    expect(broken.status === 'ok' && broken.session.phones).toBeUndefined();
    const badCounts = { ...s, votes: { [firstNode()]: { ...s.votes[firstNode()], phones: { x: -1 } } } };
    expect(restoreSession(model, JSON.stringify(badCounts)).status).toBe('corrupt');
  });
});
