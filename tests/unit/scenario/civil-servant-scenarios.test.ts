import { describe, expect, it } from 'vitest';
import { ScenarioSchema } from '../../../src/lib/schemas/scenario';
import { checkScenarioDesign } from '../../../src/lib/scenario/design-checks';
import { createScenarioMachine } from '../../../src/lib/scenario/create-scenario-machine';
import { exploreRuns } from '../../../src/lib/scenario/explore-runs';
import { moduleFolders, readYaml } from '../../support/content-files';

// The civil-servant scenarios (A1–A4) are written to the design rules of docs/authoring.md.
const scenarios = moduleFolders()
  .map((folder) => ScenarioSchema.parse(readYaml(`modules/${folder}/scenario.yaml`)))
  .filter((s) => s.audience === 'ambtenaar');

describe.each(scenarios.map((s) => [s.id, s] as const))('civil-servant scenario %s', (_id, scenario) => {
  it('passes every design rule: no dominant options, a fair best ending, core mistakes that close it', () => {
    const report = checkScenarioDesign(scenario);
    expect(report.problems.map((p) => p.message)).toEqual([]);
    expect(report.coreMistakes).toBeGreaterThanOrEqual(1);
  });

  it('measures the attitude from "nee, maar" to "ja, tenzij" and shows every option whatever the meters say', () => {
    expect(scenario.meters.find((m) => m.id === 'houding')).toMatchObject({ minLabel: 'nee, maar', maxLabel: 'ja, tenzij' });
    const meterConditions = scenario.nodes.flatMap((n) => n.choices ?? []).filter((c) => c.condition && 'meter' in c.condition);
    expect(meterConditions.map((c) => c.id)).toEqual([]);
  });

  it('lets more than one style reach the best ending', () => {
    const best = scenario.nodes.find((n) => n.ending?.rating === 'best')!;
    const bestRuns = exploreRuns(scenario, createScenarioMachine(scenario)).filter((r) => r.endingId === best.id);
    // At some decision, the best runs took different options.
    const optionsPerNode = new Map<string, Set<string>>();
    for (const run of bestRuns)
      run.nodes.forEach((node, i) => optionsPerNode.set(node, (optionsPerNode.get(node) ?? new Set()).add(run.choices[i]!)));
    expect([...optionsPerNode.values()].some((options) => options.size > 1)).toBe(true);
  });
});
