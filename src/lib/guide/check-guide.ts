import { ContentError } from '../schemas/friendly-errors';
import { HANDOUT_MATERIAL_ID, type FacilitationGuide } from '../schemas/facilitation-guide';
import type { WorkshopMaterials } from '../schemas/workshop-materials';
import { scenarioStats } from '../scenario/scenario-stats';
import type { ScenarioGraphInput } from '../scenario/check-scenario-graph';

/** The three files of a module that a guide leans on, with their paths for the error message. */
export interface GuideFiles {
  guide: { file: string; data: FacilitationGuide };
  /** Undefined when the module has no materiaal.yaml. */
  materials: { file: string; data: WorkshopMaterials } | undefined;
  scenario: { file: string; data: ScenarioGraphInput };
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
  const stats = scenarioStats(scenario.data);
  if (timing.decisions !== stats.longestPath) {
    guideProblemsList.push(
      `veld "scenarioTiming.decisions": is ${timing.decisions}, maar de langste route in ${scenario.file} heeft ${stats.longestPath} beslissingen`,
    );
  }
  const nodes = new Map(scenario.data.nodes.map((n) => [n.id, n]));
  timing.pauses.forEach((pause, i) => {
    const node = nodes.get(pause.node);
    if (!node) guideProblemsList.push(`veld "scenarioTiming.pauses[${i}].node": situatie "${pause.node}" bestaat niet in ${scenario.file}`);
    else if (!node.choices?.length) guideProblemsList.push(`veld "scenarioTiming.pauses[${i}].node": "${pause.node}" is een einde; pauzeer bij een keuze`);
  });
  if (guideProblemsList.length) errors.push(new ContentError(guide.file, guideProblemsList));

  const named = new Set(guide.data.printed.map((p) => p.id));
  const orphans = (materials?.data.materials ?? []).flatMap((m, i) =>
    named.has(m.id) ? [] : [`veld "materials[${i}]" ("${m.id}"): het draaiboek noemt dit materiaal niet; zet het bij materials met print: ${m.id}`],
  );
  if (orphans.length) errors.push(new ContentError(materialsFile, orphans));
  return errors;
}

/** Throws the first file's mistakes, so the build stops with the file and the field named. */
export function assertGuide(files: GuideFiles): void {
  const [first, ...rest] = guideProblems(files);
  if (!first) return;
  if (rest.length) throw new ContentError(first.file, [...first.problems, ...rest.flatMap((e) => e.problems.map((p) => `${e.file}: ${p}`))]);
  throw first;
}
