import type { ModuleParts } from '../../src/lib/progress/module-status';
import { emptyProgressState, type ProgressState } from '../../src/lib/progress/progress-schema';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readYaml, root } from './content-files';
import { readModules } from './content-reader';

// The real modules as the LMS bridge sees them (outline parts and scenario start nodes), and a
// learner state with everything done, for the suspend-data measurement and the end-to-end-ish runs.

interface ScenarioFile {
  id: string;
  start: string;
  nodes: { id: string; choices?: { id: string; next: string }[]; ending?: unknown }[];
  /** Invisible steps that send the run on by rules; tests follow their `otherwise`. */
  routes?: { id: string; otherwise: string }[];
}

/** The node a choice's `next` leads to; a route is followed by its `otherwise` (a valid ending path for test data). */
export function resolveNext(scenario: ScenarioFile, next: string): string {
  let id = next;
  for (let step = 0; step < 50; step++) {
    const route = scenario.routes?.find((r) => r.id === id);
    if (!route) return id;
    id = route.otherwise;
  }
  return id;
}

export interface ContentModule {
  parts: ModuleParts;
  audience: string;
  scenario: ScenarioFile | null;
  /** Each question's right option (or the first option when none is marked). */
  rightOptions: Record<string, string>;
}

let cached: ContentModule[] | undefined;

/** Every module of the content, in folder order. */
export function contentModules(): ContentModule[] {
  cached ??= readModules().map(({ id, data, digest }) => {
    const check = readYaml(`modules/${id}/kennischeck.yaml`) as {
      questions: { id: string; options: { id: string; correct?: boolean }[] }[];
    };
    const scenario = existsSync(join(root, 'modules', id, 'scenario.yaml'))
      ? (readYaml(`modules/${id}/scenario.yaml`) as ScenarioFile)
      : null;
    return {
      parts: {
        id,
        sectionSlugs: digest.sections.map((s) => s.slug),
        questionIds: check.questions.map((q) => q.id),
        scenarioId: scenario?.id ?? null,
        reflections: digest.reflections.map((r) => ({ id: r.id })),
      },
      audience: String((data as { audience?: unknown }).audience),
      scenario,
      rightOptions: Object.fromEntries(check.questions.map((q) => [q.id, (q.options.find((o) => o.correct) ?? q.options[0]!).id])),
    };
  });
  return cached;
}

/** The module ids of the longest route (the audience with the most modules). */
export function longestRoute(): string[] {
  const byAudience = new Map<string, string[]>();
  for (const m of contentModules()) byAudience.set(m.audience, [...(byAudience.get(m.audience) ?? []), m.parts.id]);
  return [...byAudience.values()].sort((a, b) => b.length - a.length)[0]!;
}

/** The longest walk from the start to an ending: its choice ids and the decision node of each. */
export function longestWalk(scenario: ScenarioFile): { choices: string[]; nodes: string[]; ending: string } {
  const byId = new Map(scenario.nodes.map((n) => [n.id, n]));
  const memo = new Map<string, { choices: string[]; nodes: string[]; ending: string }>();
  const walk = (id: string, depth: number): { choices: string[]; nodes: string[]; ending: string } => {
    const known = memo.get(id);
    if (known) return known;
    const node = byId.get(id)!;
    let best = { choices: [] as string[], nodes: [] as string[], ending: id };
    if (depth < 200)
      for (const choice of node.choices ?? []) {
        const rest = walk(resolveNext(scenario, choice.next), depth + 1);
        if (rest.choices.length + 1 > best.choices.length)
          best = { choices: [choice.id, ...rest.choices], nodes: [id, ...rest.nodes], ending: rest.ending };
      }
    memo.set(id, best);
    return best;
  };
  return walk(scenario.start, 0);
}

/** The scenario start node of every module, by scenario id. */
export function scenarioStarts(): Record<string, string> {
  return Object.fromEntries(contentModules().flatMap((m) => (m.scenario ? [[m.scenario.id, m.scenario.start]] : [])));
}

/**
 * A learner who did everything in `moduleIds`: every section read, every question answered
 * (right unless `wrong` names it), the longest walk through each scenario, a reflection per
 * prompt and a worksheet per module whose texts hold `secret`. Times a second apart from `start`.
 */
export function everythingDone(
  moduleIds: readonly string[],
  secret: string,
  options: { wrong?: readonly string[]; start?: number } = {},
): ProgressState {
  const state = emptyProgressState();
  let t = options.start ?? Date.UTC(2026, 11, 6, 9, 0, 0);
  const tick = () => new Date((t += 1000 + 17)).toISOString();
  for (const id of moduleIds) {
    const m = contentModules().find((c) => c.parts.id === id)!;
    state.sections[id] = Object.fromEntries(m.parts.sectionSlugs.map((slug) => [slug, tick()]));
    state.checks[id] = Object.fromEntries(
      m.parts.questionIds.map((q) => {
        const wrong = options.wrong?.includes(q);
        return [q, { optionId: wrong ? 'z' : m.rightOptions[q]!, correct: !wrong, answeredAt: tick() }];
      }),
    );
    if (m.scenario) {
      const walk = longestWalk(m.scenario);
      const startedAt = tick();
      state.scenarios[m.scenario.id] = {
        choices: walk.choices,
        currentNodeId: walk.ending,
        outcomeNodeId: walk.ending,
        meters: { houding: 7, vertrouwen: 8, groen: 6 },
        startedAt,
        updatedAt: tick(),
      };
    }
    state.worksheets[`ja-tenzij-toets:${id}`] = {
      id: `ja-tenzij-toets:${id}`,
      kind: 'ja-tenzij-toets',
      title: `${secret} initiatief`,
      values: { 'bezwaar.1.regel': `${secret} in een werkblad` },
      created: tick(),
      updated: tick(),
    };
    for (const prompt of m.parts.reflections) {
      const at = tick();
      state.reflections[prompt.id] = {
        id: prompt.id,
        moduleId: id,
        prompt: 'Vraag',
        text: `${secret} bij ${prompt.id}`,
        created: at,
        updated: at,
      };
    }
  }
  return state;
}
