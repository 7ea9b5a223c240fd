// The statements this site adds to cmi5's own: one "chose" per scenario decision.
import type Cmi5 from '@xapi/cmi5';
import type { Decision } from './scenario-decisions';

export type Statement = Record<string, unknown> & { id?: string };

/** The verb of a scenario decision, from the xAPI vocabulary (DoD ISD verbs). */
export const CHOSE_VERB = { id: 'https://w3id.org/xapi/dod-isd/verbs/chose', display: { 'nl-NL': 'koos', 'en-US': 'chose' } } as const;

/**
 * A "cmi5 allowed" statement for one scenario decision: the decision node as an
 * activity under the AU's activity id, the choice id as the response; actor,
 * registration and session id from the launch, as the library does for its own.
 */
export function choseStatement(cmi5: Pick<Cmi5, 'getLaunchParameters' | 'getLaunchData'>, decision: Decision): Statement {
  const params = cmi5.getLaunchParameters();
  const template = cmi5.getLaunchData().contextTemplate ?? {};
  const activities = template.contextActivities ?? {};
  return {
    id: crypto.randomUUID(),
    actor: params.actor,
    verb: CHOSE_VERB,
    object: {
      objectType: 'Activity',
      id: `${params.activityId}/scenario/${encodeURIComponent(decision.scenarioId)}/${encodeURIComponent(decision.nodeId)}`,
      definition: {
        type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
        interactionType: 'choice',
        name: { 'nl-NL': `Beslissing ${decision.nodeId} in scenario ${decision.scenarioId}` },
      },
    },
    result: { response: decision.choiceId },
    context: {
      ...template,
      registration: params.registration,
      contextActivities: { ...activities, parent: [{ objectType: 'Activity', id: params.activityId }] },
    },
    timestamp: new Date().toISOString(),
  };
}
