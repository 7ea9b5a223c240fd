import type { ScenarioChoice, ScenarioNode } from '../schemas/scenario';
import type { WorkshopModel } from './model';
import type { WorkshopSession } from './session';
import { optionLetter, tally, type Tally } from './votes';
import { countOf } from '../text/plural';

/** How the group came to an option at one decision. */
export type DecidedBy = 'majority' | 'tie-pick' | 'override' | 'no-votes';

/** One decision on the group's route, with its show of hands. */
export interface RouteRecord {
  index: number;
  node: ScenarioNode;
  options: ScenarioChoice[];
  choice: ScenarioChoice;
  letter: string;
  tally: Tally;
  decidedBy: DecidedBy;
}

/** Votes per choice id at every decision of the group's route, hands and phones together: for the map. */
export function groupTallies(model: WorkshopModel, session: WorkshopSession): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const record of groupRoute(model, session)) for (const row of record.tally.rows) counts[row.choiceId] = row.count;
  return counts;
}

/** The group's route: each decision, the votes there and how the option was chosen. */
export function groupRoute(model: WorkshopModel, session: WorkshopSession): RouteRecord[] {
  return session.path.flatMap((choiceId, index) => {
    const info = model.choice(choiceId);
    if (!info) return [];
    const options = model.optionsAt(session.path, index);
    const result = tally(
      session.votes[info.node.id],
      options.map((o) => o.id),
    );
    const decidedBy: DecidedBy =
      result.total === 0 ? 'no-votes' : result.majority === choiceId ? 'majority' : result.tie ? 'tie-pick' : 'override';
    return [
      {
        index,
        node: info.node,
        options,
        choice: info.choice,
        letter: optionLetter(options.findIndex((o) => o.id === choiceId)),
        tally: result,
        decidedBy,
      },
    ];
  });
}

/** "De groep volgde de meeste stemmen." and the like, for the route screens and the summary. */
export function decidedByText(record: RouteRecord): string {
  switch (record.decidedBy) {
    case 'majority':
      return `De meeste stemmen gingen naar ${record.letter}.`;
    case 'tie-pick':
      return `Het was gelijk. De trainer koos ${record.letter}.`;
    case 'override':
      return `De trainer koos ${record.letter}, niet de optie met de meeste stemmen.`;
    case 'no-votes':
      return `Er is niet gestemd. De trainer koos ${record.letter}.`;
  }
}

/** "1 stem", "12 stemmen". */
export function votesText(count: number): string {
  return countOf(count, 'stem', 'stemmen');
}

/** The best route next to the group's: where they part and, per best step, whether the group chose the same. */
export function bestRouteComparison(model: WorkshopModel, session: WorkshopSession) {
  const { bestPath } = model.plan;
  const divergeAt = bestPath.findIndex((id, i) => session.path[i] !== id);
  const rows = bestPath.flatMap((id, i) => {
    const info = model.choice(id);
    return info ? [{ index: i, node: info.node, choice: info.choice, same: session.path[i] === id }] : [];
  });
  const ending = model.positionAfter(session.path, session.path.length);
  const reachedBest = ending.phase === 'ending' && model.node(ending.nodeId)?.ending?.rating === 'best';
  return { divergeAt, rows, reachedBest };
}

/** One sentence that compares the routes. */
export function comparisonText(divergeAt: number, reachedBest: boolean): string {
  if (divergeAt === -1 && reachedBest) return 'De groep volgde de kortste route naar de beste uitkomst.';
  if (divergeAt <= 0) return 'De beste route begint al bij de eerste beslissing anders.';
  return `De groep volgde de beste route tot en met beslissing ${divergeAt}. Daarna ging de beste route anders.`;
}
