import type { RunRule, Scenario } from '../schemas/scenario';

/**
 * A route's rule in words, for the map's text version: "Vertrouwen van inwoners minstens 6,
 * geen kernfout". Choice ids become the labels the learner saw.
 */
export function describeRunRule(scenario: Scenario, rule: RunRule): string {
  const meters = new Map(scenario.meters.map((m) => [m.id, m.label]));
  const labels = new Map(scenario.nodes.flatMap((n) => (n.choices ?? []).map((c) => [c.id, c.label] as const)));
  const parts: string[] = [];
  for (const [id, bound] of Object.entries(rule.meters ?? {})) {
    const name = meters.get(id) ?? id;
    if (bound.atLeast !== undefined) parts.push(`${name} minstens ${bound.atLeast}`);
    if (bound.atMost !== undefined) parts.push(`${name} hoogstens ${bound.atMost}`);
  }
  for (const id of rule.chose ?? []) parts.push(`u koos ‘${labels.get(id) ?? id}’`);
  for (const id of rule.notChose ?? []) parts.push(`u koos niet ‘${labels.get(id) ?? id}’`);
  if (rule.noCoreMistake) parts.push('geen kernfout');
  return parts.length ? parts.join(', ') : 'altijd';
}
