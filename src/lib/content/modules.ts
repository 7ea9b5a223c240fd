import { getCollection, type CollectionEntry } from 'astro:content';
import { AUDIENCE_ROUTES, moduleSlug } from './audiences';
import { checkModuleSet } from './check-module-set';
import { ContentError } from '../schemas/friendly-errors';
import type { Audience } from '../schemas/module';

export type ModuleEntry = CollectionEntry<'modules'>;

/** The programme's learning questions by module code (content/programma/leervragen.yaml). */
export async function getLearningQuestions(): Promise<Record<string, string>> {
  const entries = await getCollection('learningQuestions');
  return Object.fromEntries(entries.map((e) => [e.data.code, e.data.question]));
}

let cached: ModuleEntry[] | undefined;

/** All modules, validated as a set, in route order (ambtenaren first). Fails the build on a set-level mistake. */
export async function getModules(): Promise<ModuleEntry[]> {
  if (cached) return cached;
  const entries = await getCollection('modules');
  const problems = checkModuleSet(
    entries.map((e) => ({ file: e.filePath ?? e.id, data: e.data })),
    await getLearningQuestions(),
  );
  if (problems.length) throw new ContentError('modules/', problems);
  cached = entries.sort((a, b) => a.data.audience.localeCompare(b.data.audience) || a.data.order - b.data.order);
  return cached;
}

/** The modules of one route, in order. */
export async function getRoute(audience: Audience): Promise<ModuleEntry[]> {
  return (await getModules()).filter((m) => m.data.audience === audience);
}

/** The page path of a module. */
export function modulePath(entry: { id: string }): string {
  return `/modules/${moduleSlug(entry.id)}/`;
}

/** The path of a module's route page. */
export function routePath(audience: Audience): string {
  return AUDIENCE_ROUTES[audience].path;
}
