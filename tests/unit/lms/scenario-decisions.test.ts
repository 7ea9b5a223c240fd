import { describe, expect, it } from 'vitest';
import { newDecisions, seenRuns } from '../../../src/lib/lms/scenario-decisions';
import { emptyProgressState, type ProgressState, type ScenarioRun } from '../../../src/lib/progress/progress-schema';

const starts = { s: 'start' };
const withRun = (
  run: Partial<ScenarioRun> & Pick<ScenarioRun, 'choices' | 'currentNodeId'>,
  startedAt = '2026-12-06T09:00:00.000Z',
): ProgressState => ({
  ...emptyProgressState(),
  scenarios: { s: { outcomeNodeId: null, meters: {}, startedAt, updatedAt: '2026-12-06T09:05:00.000Z', ...run } },
});

describe("scenario decisions from the store's run choices", () => {
  it('reports each new choice once, at the node where the learner made it', () => {
    let seen = seenRuns(emptyProgressState(), ['s']);
    // The player saves after every move: the choice with its feedback, then the next decision.
    const saves = [
      withRun({ choices: ['c1'], currentNodeId: 'start' }),
      withRun({ choices: ['c1'], currentNodeId: 'n2' }),
      withRun({ choices: ['c1', 'c2'], currentNodeId: 'n2' }),
      withRun({ choices: ['c1', 'c2'], currentNodeId: 'end', outcomeNodeId: 'end' }),
    ];
    const found = saves.flatMap((state) => {
      const step = newDecisions(seen, state, starts);
      seen = step.seen;
      return step.decisions.map((d) => [d.nodeId, d.choiceId]);
    });
    expect(found).toEqual([
      ['start', 'c1'],
      ['n2', 'c2'],
    ]);
  });

  it('does not report choices made before the page started', () => {
    const state = withRun({ choices: ['c1', 'c2'], currentNodeId: 'n3' });
    expect(newDecisions(seenRuns(state, ['s']), state, starts).decisions).toEqual([]);
  });

  it('reports a choice again after an undo, and the first choice of a restarted run at the start node', () => {
    const before = withRun({ choices: ['c1', 'c2'], currentNodeId: 'n3' });
    let seen = seenRuns(before, ['s']);
    seen = newDecisions(seen, withRun({ choices: ['c1'], currentNodeId: 'n2' }), starts).seen;
    const again = newDecisions(seen, withRun({ choices: ['c1', 'c9'], currentNodeId: 'n2' }), starts);
    expect(again.decisions.map((d) => [d.nodeId, d.choiceId])).toEqual([['n2', 'c9']]);
    const restarted = newDecisions(again.seen, withRun({ choices: ['c4'], currentNodeId: 'start' }, '2026-12-06T10:00:00.000Z'), starts);
    expect(restarted.decisions.map((d) => [d.nodeId, d.choiceId])).toEqual([['start', 'c4']]);
  });
});
