import { transition } from 'xstate';
import type { EndingRating, Scenario } from '../schemas/scenario';
import type { ScenarioMachine } from './create-scenario-machine';
import { optionLetter } from './option-letter';
import { replayChoices } from './replay-choices';
import { positionOf } from './scenario-position';

/** Where an option leads: the next situation, or an ending. */
export type LeadsTo =
  { kind: 'decision'; nodeId: string; title: string } | { kind: 'ending'; nodeId: string; title: string; rating: EndingRating };

/** One option at a decision, played out one step. */
export interface WhatIfOption {
  choiceId: string;
  letter: string;
  label: string;
  /** The option the run took. */
  taken: boolean;
  feedback: string;
  coreMistake?: string;
  /** Meters before and after this option. */
  before: Record<string, number>;
  after: Record<string, number>;
  leadsTo: LeadsTo;
}

/** A decision of a run with every option it offered. */
export interface WhatIf {
  /** The step of the run, from 0. */
  index: number;
  nodeId: string;
  title: string;
  options: WhatIfOption[];
}

/**
 * "Wat als u hier anders had gekozen?": replays the run's first `index` choices through the real
 * machine and plays each option offered there one step on, so meters, conditions and routes behave
 * as they would for the learner. Null when the run has no decision at that step.
 */
export function whatIfAt(scenario: Scenario, machine: ScenarioMachine, choices: readonly string[], index: number): WhatIf | null {
  if (index < 0 || index > choices.length) return null;
  const { snapshot, applied } = replayChoices(machine, choices.slice(0, index));
  const position = positionOf(snapshot);
  if (applied.length !== index || position.phase !== 'deciding') return null;
  const nodes = new Map(scenario.nodes.map((n) => [n.id, n]));
  const node = nodes.get(position.nodeId)!;
  const options: WhatIfOption[] = [];
  (node.choices ?? []).forEach((choice, i) => {
    if (!snapshot.can({ type: 'choice.select', choiceId: choice.id })) return;
    const [chosen] = transition(machine, snapshot, { type: 'choice.select', choiceId: choice.id });
    const [next] = transition(machine, chosen, { type: 'scenario.continue' });
    const to = positionOf(next);
    const target = nodes.get(to.nodeId)!;
    const leadsTo: LeadsTo = target.ending
      ? { kind: 'ending', nodeId: target.id, title: target.ending.title, rating: target.ending.rating }
      : { kind: 'decision', nodeId: target.id, title: target.title };
    options.push({
      choiceId: choice.id,
      letter: optionLetter(i),
      label: choice.label,
      taken: choices[index] === choice.id,
      feedback: choice.feedback,
      ...(choice.coreMistake ? { coreMistake: choice.coreMistake } : {}),
      before: snapshot.context.meters,
      after: next.context.meters,
      leadsTo,
    });
  });
  return { index, nodeId: node.id, title: node.title, options };
}
