import type { Condition } from '../schemas/scenario';

/** One step of a run: which choice was taken where, and what it did to the meters. */
export interface PathStep {
  nodeId: string;
  choiceId: string;
  /** Meter values before the choice. */
  before: Record<string, number>;
  /** Meter values after the choice, clamped to each meter's bounds. */
  after: Record<string, number>;
}

/** What the machine remembers during a run. */
export interface ScenarioContext {
  meters: Record<string, number>;
  path: PathStep[];
}

/** What the learner (or a replay) can do. */
export type ScenarioEvent = { type: 'choice.select'; choiceId: string } | { type: 'scenario.continue' };

/** Bounds of every meter, by id. */
export type MeterBounds = Record<string, { min: number; max: number }>;

export type { Condition };
