import { checkScenarioDesign } from '../scenario/design-checks';
import { ScenarioSchema } from './scenario';

/**
 * A scenario as the site publishes it: valid, and an exercise in judgement by the design rules
 * (docs/authoring.md, "Design rules"). Test fixtures use the plain ScenarioSchema, so a small
 * fixture can show one engine feature without meeting every rule.
 */
export const PublishedScenarioSchema = ScenarioSchema.superRefine((scenario, ctx) => {
  for (const problem of checkScenarioDesign(scenario).problems) {
    const index = problem.nodeId ? scenario.nodes.findIndex((node) => node.id === problem.nodeId) : -1;
    ctx.addIssue({ code: 'custom', path: index >= 0 ? ['nodes', index] : [], message: problem.message });
  }
});
