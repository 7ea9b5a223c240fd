import type { Scenario, ScenarioChoice } from '../schemas/scenario';
import { createScenarioMachine } from './create-scenario-machine';
import { exploreRuns } from './explore-runs';

/**
 * The design rules that make a scenario an exercise in judgement rather than in reading the meters.
 * Authors meet them in a failed build and in `npm run scenarios:report`; docs/authoring.md explains
 * each rule and how to fix it. All meters read "higher is better" (minLabel is the weak end).
 */
export const DESIGN_LIMITS = {
  /** At most this share of the decisions may have one option that is best on every meter. */
  maxDominantShare: 0.25,
  /** The best ending's chance when every offered option is equally likely. */
  minBestChance: 0.02,
  maxBestChance: 0.35,
  /** A run with this many choices that only cost may not end best. */
  costOnlyChoicesThatCloseBest: 2,
};

export interface EndingChance {
  endingId: string;
  title: string;
  rating: string;
  /** Chance under random play, 0 to 1. */
  chance: number;
  /** Number of distinct runs that end here. */
  runs: number;
}

export interface DesignProblem {
  /** Node (or route) the problem is at, when it is at one. */
  nodeId?: string;
  /** Dutch, naming the scenario and the node. */
  message: string;
}

export interface DesignReport {
  scenarioId: string;
  title: string;
  runs: number;
  endings: EndingChance[];
  bestChance: number;
  decisions: number;
  /** Decision nodes where one option is at least as good as every other on every meter and better than each on one. */
  dominantNodes: string[];
  dominantShare: number;
  coreMistakes: number;
  problems: DesignProblem[];
}

const effectOf = (choice: ScenarioChoice, meter: string) => choice.effects[meter] ?? 0;

/** Whether `a` is at least as good as `b` on every meter and better on at least one. */
function dominates(a: ScenarioChoice, b: ScenarioChoice, meters: readonly string[]): boolean {
  return meters.every((m) => effectOf(a, m) >= effectOf(b, m)) && meters.some((m) => effectOf(a, m) > effectOf(b, m));
}

/** A choice that only costs: it moves at least one meter, and none of them up. */
export function isCostOnly(choice: ScenarioChoice): boolean {
  const values = Object.values(choice.effects);
  return values.some((v) => v < 0) && values.every((v) => v <= 0);
}

/** The decision nodes where one option beats every other option on the meters. */
export function dominantNodes(scenario: Scenario): string[] {
  const meters = scenario.meters.map((m) => m.id);
  return scenario.nodes
    .filter((node) => (node.choices?.length ?? 0) >= 2)
    .filter((node) => {
      const choices = node.choices!;
      return choices.some((c) => choices.every((d) => d === c || dominates(c, d, meters)));
    })
    .map((node) => node.id);
}

const percent = (share: number) => `${(share * 100).toFixed(1).replace('.', ',')} %`;

export function checkScenarioDesign(scenario: Scenario): DesignReport {
  const where = (nodeId?: string) => `Scenario "${scenario.id}"` + (nodeId ? `, stap "${nodeId}"` : '');
  const problems: DesignProblem[] = [];
  const runs = exploreRuns(scenario, createScenarioMachine(scenario));
  const choiceById = new Map(scenario.nodes.flatMap((n) => (n.choices ?? []).map((c) => [c.id, { choice: c, nodeId: n.id }] as const)));
  const best = scenario.nodes.find((n) => n.ending?.rating === 'best');

  // A meter may decide where a choice leads (routes), never which options a learner sees.
  for (const node of scenario.nodes) {
    for (const choice of node.choices ?? []) {
      if (choice.condition && 'meter' in choice.condition) {
        problems.push({
          nodeId: node.id,
          message: `${where(node.id)}: keuze "${choice.id}" is verborgen zolang meter "${choice.condition.meter}" te hoog of te laag staat. Laat elke keuze zien; laat een meter via een route bepalen waar de keuze heen leidt.`,
        });
      }
    }
  }

  const endings: EndingChance[] = scenario.nodes
    .filter((n) => n.ending)
    .map((n) => {
      const here = runs.filter((r) => r.endingId === n.id);
      return {
        endingId: n.id,
        title: n.ending!.title,
        rating: n.ending!.rating,
        chance: here.reduce((sum, r) => sum + r.chance, 0),
        runs: here.length,
      };
    });
  for (const ending of endings) {
    if (ending.runs === 0)
      problems.push({ nodeId: ending.endingId, message: `${where(ending.endingId)}: dit einde is met geen enkele route te bereiken.` });
  }

  const bestChance = endings.find((e) => e.endingId === best?.id)?.chance ?? 0;
  if (bestChance < DESIGN_LIMITS.minBestChance || bestChance > DESIGN_LIMITS.maxBestChance) {
    problems.push({
      ...(best ? { nodeId: best.id } : {}),
      message: `${where(best?.id)}: de kans op het beste einde bij willekeurig kiezen is ${percent(bestChance)}; houd die tussen ${percent(DESIGN_LIMITS.minBestChance)} en ${percent(DESIGN_LIMITS.maxBestChance)}.`,
    });
  }

  const bestRuns = runs.filter((r) => r.endingId === best?.id);
  const throughMistake = bestRuns.find((r) => r.choices.some((id) => choiceById.get(id)?.choice.coreMistake));
  if (throughMistake) {
    const mistake = throughMistake.choices.find((id) => choiceById.get(id)?.choice.coreMistake)!;
    const nodeId = choiceById.get(mistake)!.nodeId;
    problems.push({
      nodeId,
      message: `${where(nodeId)}: na de kernfout "${mistake}" is het beste einde nog te halen (route: ${throughMistake.choices.join(' → ')}). Sluit het beste einde af met "noCoreMistake: true" in de regel van de route.`,
    });
  }
  const cheap = bestRuns.find(
    (r) => r.choices.filter((id) => isCostOnly(choiceById.get(id)!.choice)).length >= DESIGN_LIMITS.costOnlyChoicesThatCloseBest,
  );
  if (cheap) {
    const costly = cheap.choices.filter((id) => isCostOnly(choiceById.get(id)!.choice));
    const nodeId = choiceById.get(costly[1]!)!.nodeId;
    problems.push({
      nodeId,
      message: `${where(nodeId)}: een route met ${costly.length} keuzes die alleen kosten (${costly.join(', ')}) eindigt toch als beste. Laat de regel van het beste einde strenger zijn, of maak een van die keuzes een kernfout.`,
    });
  }

  const decisions = scenario.nodes.filter((n) => (n.choices?.length ?? 0) >= 2).length;
  const dominant = dominantNodes(scenario);
  const dominantShare = decisions ? dominant.length / decisions : 0;
  if (dominantShare > DESIGN_LIMITS.maxDominantShare) {
    problems.push({
      ...(dominant[0] ? { nodeId: dominant[0] } : {}),
      message: `${where(dominant[0])}: in ${dominant.length} van de ${decisions} beslissingen (${percent(dominantShare)}) is één keuze op elke meter het beste: ${dominant.join(', ')}. Laat keuzes iets goeds tegen iets anders goeds afwegen; hooguit ${percent(DESIGN_LIMITS.maxDominantShare)} mag zo'n keuze hebben.`,
    });
  }

  return {
    scenarioId: scenario.id,
    title: scenario.title,
    runs: runs.length,
    endings,
    bestChance,
    decisions,
    dominantNodes: dominant,
    dominantShare,
    coreMistakes: choiceById.size ? [...choiceById.values()].filter((c) => c.choice.coreMistake).length : 0,
    problems,
  };
}
