import { initialTransition, transition } from 'xstate';
import type { Scenario } from '../schemas/scenario';
import type { ScenarioMachine } from './create-scenario-machine';
import { positionOf, type ScenarioSnapshot } from './scenario-position';

/** One complete run from the start to an ending. */
export interface ExploredRun {
  /** Choice ids in the order taken. */
  choices: string[];
  /** Node ids where each choice was taken. */
  nodes: string[];
  /** The ending node. */
  endingId: string;
  /** Meters at the end. */
  meters: Record<string, number>;
  /** Chance of this run when a player picks every offered option with equal chance. */
  chance: number;
}

/** Runs that stop the walk: a scenario with more complete runs than this is too large to reason about. */
export const MAX_RUNS = 200_000;

/**
 * Every run through the real machine, with its chance under random play. Depth-first over pure
 * `transition()` snapshots, so conditions, routes and meter bounds behave exactly as for a learner.
 * Endings are final, and the structural checks forbid loops without a way out; a loop with one is cut
 * after a node has been visited three times in one run, which no real scenario needs.
 */
export function exploreRuns(scenario: Scenario, machine: ScenarioMachine): ExploredRun[] {
  const runs: ExploredRun[] = [];
  const byId = new Map(scenario.nodes.map((n) => [n.id, n]));
  const walk = (snapshot: ScenarioSnapshot, chance: number, visits: Map<string, number>) => {
    if (runs.length >= MAX_RUNS) throw new Error(`Scenario "${scenario.id}": meer dan ${MAX_RUNS} routes; maak het scenario kleiner.`);
    const position = positionOf(snapshot);
    if (position.phase === 'ending') {
      const path = snapshot.context.path;
      runs.push({
        choices: path.map((s) => s.choiceId),
        nodes: path.map((s) => s.nodeId),
        endingId: position.nodeId,
        meters: snapshot.context.meters,
        chance,
      });
      return;
    }
    const seen = visits.get(position.nodeId) ?? 0;
    if (seen >= 3) return;
    const offered = (byId.get(position.nodeId)?.choices ?? []).filter((c) => snapshot.can({ type: 'choice.select', choiceId: c.id }));
    const nextVisits = new Map(visits).set(position.nodeId, seen + 1);
    for (const choice of offered) {
      const [chosen] = transition(machine, snapshot, { type: 'choice.select', choiceId: choice.id });
      const [next] = transition(machine, chosen, { type: 'scenario.continue' });
      walk(next, chance / offered.length, nextVisits);
    }
  };
  walk(initialTransition(machine)[0], 1, new Map());
  return runs;
}
