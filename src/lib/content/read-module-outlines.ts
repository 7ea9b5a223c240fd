import { getEntry } from 'astro:content';
import { getDigest } from './digest';
import { buildModuleOutline, type ModuleOutline } from './module-outline';
import { getModules, modulePath } from './modules';
import { withBase } from '../url';

let cached: Promise<ModuleOutline[]> | undefined;

/** The outline of every module, in route order (computed once per build). */
export function getModuleOutlines(): Promise<ModuleOutline[]> {
  cached ??= readOutlines();
  return cached;
}

async function readOutlines(): Promise<ModuleOutline[]> {
  const modules = await getModules();
  return Promise.all(
    modules.map(async (entry) => {
      const check = await getEntry('checks', entry.id);
      const scenario = await getEntry('scenarios', entry.id);
      return buildModuleOutline({
        id: entry.id,
        data: entry.data,
        href: withBase(modulePath(entry)),
        digest: await getDigest(entry),
        questionIds: check?.data.questions.map((q) => q.id) ?? [],
        scenario: scenario && { id: scenario.data.id, title: scenario.data.title },
      });
    }),
  );
}
