import type { RunRule } from '../schemas/scenario';
import type { ScenarioContext } from './scenario-types';

/** Whether a rule on the whole run holds: meters now, choices taken so far, core mistakes made. */
export function matchesRunRule(context: ScenarioContext, rule: RunRule, coreMistakeIds: ReadonlySet<string>): boolean {
  const taken = new Set(context.path.map((step) => step.choiceId));
  for (const [meter, bound] of Object.entries(rule.meters ?? {})) {
    const value = context.meters[meter] ?? 0;
    if (bound.atLeast !== undefined && value < bound.atLeast) return false;
    if (bound.atMost !== undefined && value > bound.atMost) return false;
  }
  if (rule.chose?.some((id) => !taken.has(id))) return false;
  if (rule.notChose?.some((id) => taken.has(id))) return false;
  if (rule.noCoreMistake && [...taken].some((id) => coreMistakeIds.has(id))) return false;
  return true;
}
