import { describe, expect, it } from 'vitest';
import { QuestionSchema } from '../../../src/lib/voting/protocol';
import {
  initialTrainerState,
  phaseFor,
  questionFor,
  questionIdFor,
  resumeMessage,
  trainerReducer,
  type TrainerEvent,
} from '../../../src/lib/voting/trainer-state';

const question = { id: 'd:besluit-1', title: 'Wat doet u?', options: ['Bellen', 'Mailen'] };
const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const run = (...events: TrainerEvent[]) => events.reduce(trainerReducer, initialTrainerState);

describe('the trainer window state', () => {
  it('follows the question and the progress, and keeps the last ballots', () => {
    const s = run(
      { type: 'connected' },
      { type: 'question', message: { question, state: 'open', counts: null } },
      { type: 'progress', message: { connected: 5, voted: 2, ballots: { [A]: 0, [B]: 1 } } },
    );
    expect(s).toMatchObject({ connection: 'online', state: 'open', connected: 5, voted: 2, ballots: { [A]: 0, [B]: 1 } });
    expect(phaseFor(s, question.id)).toBe('open');
    expect(phaseFor(s, 'd:other')).toBe('not-open');
  });

  it('keeps the votes received so far when the relay is lost', () => {
    const s = run(
      { type: 'connected' },
      { type: 'question', message: { question, state: 'open', counts: null } },
      { type: 'progress', message: { connected: 5, voted: 2, ballots: { [A]: 0, [B]: 1 } } },
      { type: 'disconnected' },
    );
    expect(s).toMatchObject({ connection: 'offline', voted: 2, ballots: { [A]: 0, [B]: 1 } });
    // What it sends to a relay that lost the session: everything, so no vote is lost.
    expect(resumeMessage({ code: 'ABC234', secret: 's' }, s)).toEqual({
      code: 'ABC234',
      secret: 's',
      question,
      state: 'open',
      ballots: { [A]: 0, [B]: 1 },
    });
  });

  it('a new question drops the old ballots; the reveal brings the counts', () => {
    const s = run(
      { type: 'question', message: { question, state: 'open', counts: null } },
      { type: 'progress', message: { connected: 2, voted: 1, ballots: { [A]: 1 } } },
      { type: 'question', message: { question: { ...question, id: 'd:besluit-2' }, state: 'open', counts: null } },
    );
    expect(s).toMatchObject({ ballots: {}, voted: 0 });
    const revealed = trainerReducer(s, {
      type: 'question',
      message: { question: { ...question, id: 'd:besluit-2' }, state: 'revealed', counts: [3, 2] },
    });
    expect(revealed.counts).toEqual([3, 2]);
  });

  it('ignores messages that do not fit the protocol, and turns a refusal into Dutch', () => {
    const s = run({ type: 'question', message: { question, state: 'open', counts: null } });
    expect(trainerReducer(s, { type: 'question', message: { question, state: 'revealed', counts: [1] } })).toBe(s);
    expect(trainerReducer(s, { type: 'progress', message: { connected: 'veel' } })).toBe(s);
    expect(trainerReducer(s, { type: 'refused', reason: 'not-trainer' }).notice).toBe('Alleen de trainer kan dit doen.');
  });

  it('makes a valid relay question from any scenario decision', () => {
    expect(questionIdFor('Besluit_1 Mail')).toBe('d:besluit_1-mail');
    const long = questionFor('N1', 'x'.repeat(400), ['a'.repeat(300), 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(QuestionSchema.safeParse(long).success).toBe(true);
    expect(long.options).toHaveLength(6);
  });
});
