import type { Scenario } from '../schemas/scenario';
import { scenarioSetup } from './scenario-setup';
import type { MeterBounds } from './scenario-types';

/** The sub-state of a decision node while the learner chooses. */
export const DECIDING = 'deciding';
/** The sub-state that shows the feedback on a choice until the learner continues. */
export const feedbackState = (choiceId: string) => `feedback-${choiceId}`;

/**
 * Turns a validated scenario into an XState machine: one state per node, meters
 * in context, conditions as guards. A decision node has a `deciding` sub-state
 * and one `feedback-<choice>` sub-state per choice that waits for
 * `scenario.continue`; end nodes are final states tagged `ending`. A route is a
 * state that moves on at once by its rules (eventless transitions), so a run never
 * rests there. No text goes into the machine; the view looks it up by id.
 */
export function createScenarioMachine(scenario: Scenario) {
  const bounds: MeterBounds = Object.fromEntries(scenario.meters.map((m) => [m.id, { min: m.min, max: m.max }]));
  const coreMistakeIds: ReadonlySet<string> = new Set(
    scenario.nodes.flatMap((node) => (node.choices ?? []).filter((c) => c.coreMistake).map((c) => c.id)),
  );
  const routeStates = Object.fromEntries(
    scenario.routes.map((route) => [
      route.id,
      {
        always: [
          ...route.rules.map((rule) => ({
            guard: { type: 'matchesRunRule' as const, params: { rule: rule.when, coreMistakeIds } },
            target: `#${scenario.id}.${rule.next}`,
          })),
          { target: `#${scenario.id}.${route.otherwise}` },
        ],
      },
    ]),
  );
  const nodeStates = Object.fromEntries(
    scenario.nodes.map((node) => {
      if (node.ending) return [node.id, { type: 'final' as const, tags: ['ending'] }];
      const choices = node.choices ?? [];
      return [
        node.id,
        {
          initial: DECIDING,
          states: {
            [DECIDING]: {
              tags: ['deciding'],
              on: {
                'choice.select': choices.map((choice) => ({
                  guard: { type: 'isAvailableChoice' as const, params: { choiceId: choice.id, condition: choice.condition } },
                  target: feedbackState(choice.id),
                  actions: {
                    type: 'takeChoice' as const,
                    params: { nodeId: node.id, choiceId: choice.id, effects: choice.effects, bounds },
                  },
                })),
              },
            },
            ...Object.fromEntries(
              choices.map((choice) => [
                feedbackState(choice.id),
                { tags: ['feedback'], on: { 'scenario.continue': { target: `#${scenario.id}.${choice.next}` } } },
              ]),
            ),
          },
        },
      ];
    }),
  );

  return scenarioSetup.createMachine({
    id: scenario.id,
    initial: scenario.start,
    context: {
      meters: Object.fromEntries(scenario.meters.map((m) => [m.id, m.start])),
      path: [],
    },
    states: { ...nodeStates, ...routeStates },
  });
}

export type ScenarioMachine = ReturnType<typeof createScenarioMachine>;
