import type { ScheduleStep } from '../schemas/facilitation-guide';
import type { ScenarioChoice, ScenarioNode } from '../schemas/scenario';
import { createScenarioMachine, type ScenarioMachine } from '../scenario/create-scenario-machine';
import { replayChoices, type ReplayResult } from '../scenario/replay-choices';
import { positionOf, type ScenarioPosition } from '../scenario/scenario-position';
import { chunkByWeight, linesOf, type WorkshopPlan } from './plan';

/** One screen of the scenario's end: the outcome, the debrief, the group's route, the best route, questions. */
export type EndingPage =
  | { type: 'outcome' }
  | { type: 'debrief' }
  | { type: 'path'; from: number; to: number; part: number; parts: number }
  | { type: 'best'; from: number; to: number; part: number; parts: number }
  | { type: 'reflection' };

/** A plan plus the scenario engine and look-ups: what the session reducer and the views work with. */
export interface WorkshopModel {
  plan: WorkshopPlan;
  node(id: string): ScenarioNode | undefined;
  choice(id: string): { choice: ScenarioChoice; node: ScenarioNode } | undefined;
  section(id: string): ScheduleStep | undefined;
  /** The run after the group's first `count` choices, replayed through the engine. */
  replay(path: readonly string[], count?: number): ReplayResult;
  /** Where the story is after the first `count` choices: at a decision or at an ending. */
  positionAfter(path: readonly string[], count: number): ScenarioPosition;
  /** The choices the engine offers at decision `index` of the path (none at an ending). */
  optionsAt(path: readonly string[], index: number): ScenarioChoice[];
  /** The screens after the ending, for this route. */
  endingPages(path: readonly string[]): EndingPage[];
}

/** Wraps a plan with the scenario engine; replays are memoised because every render asks for them. */
export function createWorkshopModel(plan: WorkshopPlan): WorkshopModel {
  // Built on the first replay, not with the model: the opening screens need no engine, and building
  // it was part of the projector's first (and longest) task.
  let machine: ScenarioMachine | undefined;
  const nodes = new Map(plan.scenario.nodes.map((n) => [n.id, n]));
  const choices = new Map(
    plan.scenario.nodes.flatMap((node) => (node.choices ?? []).map((choice) => [choice.id, { choice, node }] as const)),
  );
  const sections = new Map(plan.sections.map((s) => [s.id, s]));
  const memo = new Map<string, ReplayResult>();

  const replay = (path: readonly string[], count = path.length) => {
    const key = path.slice(0, count).join(' ');
    let result = memo.get(key);
    if (!result) {
      if (memo.size > 500) memo.clear();
      result = replayChoices((machine ??= createScenarioMachine(plan.scenario)), path.slice(0, count));
      memo.set(key, result);
    }
    return result;
  };
  const positionAfter = (path: readonly string[], count: number) => positionOf(replay(path, count).snapshot);

  const optionsAt = (path: readonly string[], index: number) => {
    const { snapshot } = replay(path, index);
    const position = positionOf(snapshot);
    if (position.phase !== 'deciding') return [];
    return (nodes.get(position.nodeId)?.choices ?? []).filter((c) => snapshot.can({ type: 'choice.select', choiceId: c.id }));
  };

  const endingPages = (path: readonly string[]): EndingPage[] => {
    const rowWeight = (choiceId: string) => 1.5 + linesOf(choices.get(choiceId)?.choice.label ?? '');
    const parts = (type: 'path' | 'best', ids: readonly string[]) => {
      const ranges = chunkByWeight(ids, rowWeight);
      return ranges.map(([from, to], i) => ({ type, from, to, part: i + 1, parts: ranges.length }));
    };
    return [{ type: 'outcome' }, { type: 'debrief' }, ...parts('path', path), ...parts('best', plan.bestPath), { type: 'reflection' }];
  };

  return {
    plan,
    node: (id) => nodes.get(id),
    choice: (id) => choices.get(id),
    section: (id) => sections.get(id),
    replay,
    positionAfter,
    optionsAt,
    endingPages,
  };
}
