import { getEntry, render } from 'astro:content';
import { getModules, modulePath } from './modules';
import { withBase } from '../url';

/** What the browser needs to know about a module to show and compute progress. Plain data, passed to islands. */
export interface ModuleOutline {
  id: string;
  code: string;
  title: string;
  audience: 'ambtenaar' | 'bestuurder';
  href: string;
  /** Slugs of the `##` sections, in order. */
  sectionSlugs: string[];
  /** Number of knowledge-check questions (0 when the module has none). */
  questionCount: number;
  /** Ids of the knowledge-check questions. */
  questionIds: string[];
  scenarioId: string | undefined;
  scenarioTitle: string | undefined;
  scenarioHref: string | undefined;
  /** Reflection prompts in the module text, with their stable ids. */
  reflections: { id: string; prompt: string }[];
}

/** Reads `<Reflectie id="…" vraag="…" />` prompts from a module's MDX source. */
export function reflectionPrompts(mdx: string): { id: string; prompt: string }[] {
  return [...mdx.matchAll(/<Reflectie\b[^>]*>/g)].flatMap((m) => {
    const id = /\bid="([^"]+)"/.exec(m[0])?.[1];
    const prompt = /\bvraag="([^"]+)"/.exec(m[0])?.[1];
    return id && prompt ? [{ id, prompt }] : [];
  });
}

let cached: Promise<ModuleOutline[]> | undefined;

/** The outline of every module, in route order (computed once per build). */
export function getModuleOutlines(): Promise<ModuleOutline[]> {
  cached ??= buildOutlines();
  return cached;
}

async function buildOutlines(): Promise<ModuleOutline[]> {
  const modules = await getModules();
  return Promise.all(
    modules.map(async (entry) => {
      const { headings } = await render(entry);
      const check = await getEntry('checks', entry.id);
      const scenario = await getEntry('scenarios', entry.id);
      const href = withBase(modulePath(entry));
      return {
        id: entry.id,
        code: entry.data.code,
        title: entry.data.title,
        audience: entry.data.audience,
        href,
        sectionSlugs: headings.filter((h) => h.depth === 2).map((h) => h.slug),
        questionCount: check?.data.questions.length ?? 0,
        questionIds: check?.data.questions.map((q) => q.id) ?? [],
        scenarioId: scenario?.data.id,
        scenarioTitle: scenario?.data.title,
        scenarioHref: scenario ? `${href}scenario/` : undefined,
        reflections: reflectionPrompts(entry.body ?? ''),
      };
    }),
  );
}
