import type { ContentDigest, ReflectionPrompt } from '../../integrations/content-digest';
import type { Audience } from '../schemas/module';

/** What the browser needs to know about a module to show and compute progress. Plain data, passed to islands. */
export interface ModuleOutline {
  id: string;
  code: string;
  title: string;
  audience: Audience;
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
  reflections: ReflectionPrompt[];
}

/** What the outline is made of: the module's frontmatter, its digest, its check and its scenario. */
export interface ModuleOutlineInput {
  id: string;
  data: { code: string; title: string; audience: Audience };
  /** The module page's address, base included. */
  href: string;
  digest: Pick<ContentDigest, 'sections' | 'reflections'>;
  questionIds: string[];
  scenario: { id: string; title: string } | undefined;
}

/** Builds a module's outline. Pure. */
export function buildModuleOutline({ id, data, href, digest, questionIds, scenario }: ModuleOutlineInput): ModuleOutline {
  return {
    id,
    code: data.code,
    title: data.title,
    audience: data.audience,
    href,
    sectionSlugs: digest.sections.map((s) => s.slug),
    questionCount: questionIds.length,
    questionIds,
    scenarioId: scenario?.id,
    scenarioTitle: scenario?.title,
    scenarioHref: scenario ? `${href}scenario/` : undefined,
    reflections: digest.reflections,
  };
}
