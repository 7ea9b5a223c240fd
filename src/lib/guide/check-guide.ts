import { ContentError } from '../schemas/friendly-errors';
import { HANDOUT_MATERIAL_ID, type FacilitationGuide } from '../schemas/facilitation-guide';
import type { WorkshopMaterials } from '../schemas/workshop-materials';
import type { ScenarioGraphInput } from '../scenario/check-scenario-graph';

/** A scenario as the timing check reads it: nodes, and the invisible routes a choice may lead to. */
type TimedScenario = ScenarioGraphInput;

/**
 * Decisions on the longest route from the start to an ending. A route (an
 * invisible step that sends the run on by rules) is no decision, so it counts
 * for nothing and every place it can send the run is followed.
 */
export function longestDecisions(scenario: TimedScenario): number {
  const nodes = new Map(scenario.nodes.map((n) => [n.id, n]));
  const routes = new Map((scenario.routes ?? []).map((r) => [r.id, r]));
  const memo = new Map<string, number>();
  const visiting = new Set<string>();
  const longest = (id: string): number => {
    if (memo.has(id)) return memo.get(id)!;
    if (visiting.has(id)) return 0; // the scenario schema reports cycles; do not loop here
    visiting.add(id);
    const route = routes.get(id);
    const value = route
      ? Math.max(...[...route.rules.map((r) => r.next), route.otherwise].map(longest))
      : (() => {
          const nexts = (nodes.get(id)?.choices ?? []).map((c) => c.next).filter((next) => nodes.has(next) || routes.has(next));
          return nexts.length ? 1 + Math.max(...nexts.map(longest)) : 0;
        })();
    visiting.delete(id);
    memo.set(id, value);
    return value;
  };
  return longest(scenario.start);
}

/** The three files of a module that a guide leans on, with their paths for the error message. */
export interface GuideFiles {
  guide: { file: string; data: FacilitationGuide };
  /** Undefined when the module has no materiaal.yaml. */
  materials: { file: string; data: WorkshopMaterials } | undefined;
  scenario: { file: string; data: TimedScenario };
}

/**
 * Checks what one file's schema cannot: every material the guide prints exists
 * in materiaal.yaml and every printable is named in the guide (so the guide
 * links to it), and the scenario timing counts the decisions and pauses of the
 * real scenario. Returns the authoring mistakes per file; empty when all is well.
 */
export function guideProblems({ guide, materials, scenario }: GuideFiles): ContentError[] {
  const errors: ContentError[] = [];
  const materialsFile = materials?.file ?? guide.file.replace(/[^/]+$/, 'materiaal.yaml');
  const known = new Set((materials?.data.materials ?? []).map((m) => m.id));

  const guideProblemsList: string[] = [];
  for (const { id, text } of guide.data.printed) {
    if (id !== HANDOUT_MATERIAL_ID && !known.has(id)) {
      guideProblemsList.push(`veld "materials" ("${text}"): print "${id}" bestaat niet in ${materialsFile}`);
    }
  }
  const timing = guide.data.scenarioTiming;
  const longest = longestDecisions(scenario.data);
  if (timing.decisions !== longest) {
    guideProblemsList.push(
      `veld "scenarioTiming.decisions": is ${timing.decisions}, maar de langste route in ${scenario.file} heeft ${longest} beslissingen`,
    );
  }
  const nodes = new Map(scenario.data.nodes.map((n) => [n.id, n]));
  timing.pauses.forEach((pause, i) => {
    const node = nodes.get(pause.node);
    if (!node) guideProblemsList.push(`veld "scenarioTiming.pauses[${i}].node": situatie "${pause.node}" bestaat niet in ${scenario.file}`);
    else if (!node.choices?.length)
      guideProblemsList.push(`veld "scenarioTiming.pauses[${i}].node": "${pause.node}" is een einde; pauzeer bij een keuze`);
  });
  if (guideProblemsList.length) errors.push(new ContentError(guide.file, guideProblemsList));

  const named = new Set(guide.data.printed.map((p) => p.id));
  const orphans = (materials?.data.materials ?? []).flatMap((m, i) =>
    named.has(m.id)
      ? []
      : [`veld "materials[${i}]" ("${m.id}"): het draaiboek noemt dit materiaal niet; zet het bij materials met print: ${m.id}`],
  );
  if (orphans.length) errors.push(new ContentError(materialsFile, orphans));
  return errors;
}

/** Throws the first file's mistakes, so the build stops with the file and the field named. */
export function assertGuide(files: GuideFiles): void {
  const [first, ...rest] = guideProblems(files);
  if (!first) return;
  if (rest.length)
    throw new ContentError(first.file, [...first.problems, ...rest.flatMap((e) => e.problems.map((p) => `${e.file}: ${p}`))]);
  throw first;
}
