import type { SnapshotFrom } from 'xstate';
import type { ScenarioMachine } from './create-scenario-machine';

export type ScenarioSnapshot = SnapshotFrom<ScenarioMachine>;

/** Where a run is: at a decision, looking at feedback on a choice, or at an ending. */
export type ScenarioPosition =
  { phase: 'deciding'; nodeId: string } | { phase: 'feedback'; nodeId: string; choiceId: string } | { phase: 'ending'; nodeId: string };

/** Reads the position from a snapshot; the state value is the node id (plus the sub-state). */
export function positionOf(snapshot: ScenarioSnapshot): ScenarioPosition {
  const value = snapshot.value as string | Record<string, string>;
  if (typeof value === 'string') return { phase: 'ending', nodeId: value };
  const [nodeId, sub] = Object.entries(value)[0]!;
  if (sub.startsWith('feedback-')) return { phase: 'feedback', nodeId, choiceId: sub.slice('feedback-'.length) };
  return { phase: 'deciding', nodeId };
}
