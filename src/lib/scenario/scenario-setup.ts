import { assign, setup } from 'xstate';
import type { RunRule } from '../schemas/scenario';
import { matchesRunRule } from './run-rules';
import type { Condition, MeterBounds, ScenarioContext, ScenarioEvent } from './scenario-types';

/** Whether a choice's condition holds for the current meters and earlier choices. */
export function meetsCondition(context: ScenarioContext, condition: Condition | undefined): boolean {
  if (!condition) return true;
  if ('chose' in condition) return context.path.some((step) => step.choiceId === condition.chose);
  const value = context.meters[condition.meter] ?? 0;
  return (condition.atLeast === undefined || value >= condition.atLeast) && (condition.atMost === undefined || value <= condition.atMost);
}

/** Adds effects to meters, keeping each meter within its bounds. */
export function applyEffects(meters: Record<string, number>, effects: Record<string, number>, bounds: MeterBounds): Record<string, number> {
  const next = { ...meters };
  for (const [id, delta] of Object.entries(effects)) {
    const bound = bounds[id];
    if (!bound) continue;
    next[id] = Math.min(bound.max, Math.max(bound.min, (next[id] ?? 0) + delta));
  }
  return next;
}

/**
 * The one setup shared by every scenario. Transitions refer to these guards and
 * actions by name with params, so a scenario's machine config is plain data.
 */
export const scenarioSetup = setup({
  types: {
    context: {} as ScenarioContext,
    events: {} as ScenarioEvent,
  },
  guards: {
    /** The learner picked this choice, and its condition (if any) holds. */
    isAvailableChoice: ({ context, event }, params: { choiceId: string; condition: Condition | undefined }) =>
      event.type === 'choice.select' && event.choiceId === params.choiceId && meetsCondition(context, params.condition),
    /** A route's rule holds for the run so far. */
    matchesRunRule: ({ context }, params: { rule: RunRule; coreMistakeIds: ReadonlySet<string> }) =>
      matchesRunRule(context, params.rule, params.coreMistakeIds),
  },
  actions: {
    /** Moves the meters and records the step in the path. */
    takeChoice: assign(
      ({ context }, params: { nodeId: string; choiceId: string; effects: Record<string, number>; bounds: MeterBounds }) => {
        const after = applyEffects(context.meters, params.effects, params.bounds);
        return {
          meters: after,
          path: [...context.path, { nodeId: params.nodeId, choiceId: params.choiceId, before: context.meters, after }],
        };
      },
    ),
  },
});
