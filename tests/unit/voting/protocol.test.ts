import { describe, expect, it } from 'vitest';
import {
  BallotsSchema,
  JoinSchema,
  OpenSchema,
  QuestionSchema,
  VoteSchema,
  messageBytes,
  normalizeCode,
} from '../../../src/lib/voting/protocol';
import { countBallots, leadingOptions, mergeBallots } from '../../../src/lib/voting/tally';

const device = '3f2a6c1e-8b4d-4e2f-9a1b-2c3d4e5f6a7b';
const secret = 'a'.repeat(43);
const question = { id: 'a1:de-mail', title: 'Wat doet u met de mail?', options: ['Bellen', 'Mailen', 'Wachten'] };

describe('voting messages', () => {
  it('accept a session code typed with spaces or in lower case once it is normalised', () => {
    expect(normalizeCode(' k7m 2pq ')).toBe('K7M2PQ');
    expect(JoinSchema.safeParse({ code: normalizeCode('k7m-2pq'), deviceId: device }).success).toBe(true);
  });

  it('refuse codes with look-alike characters, wrong length or extra fields', () => {
    expect(JoinSchema.safeParse({ code: 'K0M2PQ', deviceId: device }).success).toBe(false);
    expect(JoinSchema.safeParse({ code: 'K7M2P', deviceId: device }).success).toBe(false);
    expect(JoinSchema.safeParse({ code: 'K7M2PQ', deviceId: device, role: 'trainer' }).success).toBe(false);
  });

  it('refuse a device id that is not a random UUID', () => {
    expect(JoinSchema.safeParse({ code: 'K7M2PQ', deviceId: 'jan@example.org' }).success).toBe(false);
  });

  it('refuse votes that are not a whole, non-negative option number', () => {
    expect(VoteSchema.safeParse({ questionId: 'a1:de-mail', option: 1 }).success).toBe(true);
    for (const option of [-1, 1.5, '1', null]) expect(VoteSchema.safeParse({ questionId: 'a1:de-mail', option }).success).toBe(false);
  });

  it('refuse a question with one option, too many options, or empty labels', () => {
    expect(QuestionSchema.safeParse(question).success).toBe(true);
    expect(QuestionSchema.safeParse({ ...question, options: ['Alleen'] }).success).toBe(false);
    expect(QuestionSchema.safeParse({ ...question, options: Array(7).fill('Optie') }).success).toBe(false);
    expect(QuestionSchema.safeParse({ ...question, options: ['Bellen', '   '] }).success).toBe(false);
  });

  it('require the trainer secret on trainer messages', () => {
    expect(OpenSchema.safeParse({ code: 'K7M2PQ', secret, question }).success).toBe(true);
    expect(OpenSchema.safeParse({ code: 'K7M2PQ', question }).success).toBe(false);
    expect(OpenSchema.safeParse({ code: 'K7M2PQ', secret: 'kort', question }).success).toBe(false);
  });

  it('refuse ballots for unknown option numbers', () => {
    expect(BallotsSchema.safeParse({ [device]: 2 }).success).toBe(true);
    expect(BallotsSchema.safeParse({ [device]: 9 }).success).toBe(false);
  });

  it('measure a message in UTF-8 bytes, so long Dutch text cannot slip under the limit', () => {
    expect(messageBytes({ t: 'é' })).toBe(JSON.stringify({ t: 'é' }).length + 1);
  });
});

describe('tally', () => {
  it('counts one ballot per device and ignores ballots outside the options', () => {
    expect(countBallots({ a: 0, b: 2, c: 2, d: 7 } as never, 3)).toEqual([1, 0, 2]);
  });

  it('merges ballots per device, so merging twice counts nothing twice', () => {
    const relay = { a: 0, b: 1 } as never;
    const trainer = { b: 1, c: 2 } as never;
    const once = mergeBallots(trainer, relay);
    expect(mergeBallots(once, relay)).toEqual(once);
    expect(countBallots(once, 3)).toEqual([1, 1, 1]);
  });

  it('names the leading option, every option on a tie, and none without votes', () => {
    expect(leadingOptions([3, 5, 1])).toEqual([1]);
    expect(leadingOptions([4, 4, 1])).toEqual([0, 1]);
    expect(leadingOptions([0, 0])).toEqual([]);
  });
});
