import { describe, expect, it } from 'vitest';
import { addVote, emptyVotes, followedChoice, optionLetter, tally, undoVote } from '../../../src/lib/workshop/votes';

const OPTIONS = ['a', 'b', 'c', 'd'];
const votesFor = (...ids: string[]) => ids.reduce(addVote, emptyVotes());

describe('votes at one decision', () => {
  it('adds a hand per option and undoes the last one', () => {
    const v = votesFor('a', 'b', 'b');
    expect(v.counts).toEqual({ a: 1, b: 2 });
    const undone = undoVote(v);
    expect(undone.counts).toEqual({ a: 1, b: 1 });
    expect(undone.history).toEqual(['a', 'b']);
    expect(undoVote(undoVote(undone)).counts).toEqual({});
    expect(undoVote(emptyVotes())).toEqual(emptyVotes());
  });

  it('finds the majority and the share of each option', () => {
    const t = tally(votesFor('a', 'c', 'c', 'c'), OPTIONS);
    expect(t.total).toBe(4);
    expect(t.majority).toBe('c');
    expect(t.tie).toBe(false);
    expect(t.rows.map((r) => r.count)).toEqual([1, 0, 3, 0]);
    expect(t.rows[2]!.share).toBeCloseTo(0.75);
  });

  it('reports a tie between the leaders, and no majority', () => {
    const t = tally(votesFor('a', 'b', 'c', 'b', 'a'), OPTIONS);
    expect(t.tie).toBe(true);
    expect(t.majority).toBeUndefined();
    expect(t.leaders).toEqual(['a', 'b']);
  });

  it('treats "no votes" as a tie for the trainer to break', () => {
    const t = tally(emptyVotes(), OPTIONS);
    expect(t.total).toBe(0);
    expect(t.tie).toBe(true);
    expect(t.rows.every((r) => r.share === 0)).toBe(true);
    expect(followedChoice(undefined, OPTIONS)).toBeUndefined();
  });

  it('ignores votes for options that are not offered', () => {
    const t = tally(votesFor('x', 'x', 'a'), OPTIONS);
    expect(t.total).toBe(1);
    expect(t.majority).toBe('a');
  });

  it('follows the majority by default and the trainer pick when there is one', () => {
    const v = votesFor('a', 'a', 'b');
    expect(followedChoice(v, OPTIONS)).toBe('a');
    expect(followedChoice({ ...v, pick: 'b' }, OPTIONS)).toBe('b');
    // A pick for an option that is not offered here does not count.
    expect(followedChoice({ ...v, pick: 'z' }, OPTIONS)).toBe('a');
    expect(followedChoice({ ...votesFor('a', 'b'), pick: 'b' }, OPTIONS)).toBe('b');
  });

  it('names options A, B, C, D', () => {
    expect([0, 1, 2, 3].map(optionLetter)).toEqual(['A', 'B', 'C', 'D']);
  });
});
