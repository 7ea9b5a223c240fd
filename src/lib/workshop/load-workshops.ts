import { getEntry } from 'astro:content';
import { getModules, type ModuleEntry } from '../content/modules';
import { moduleSlug } from '../content/audiences';
import { createScenarioMachine } from '../scenario/create-scenario-machine';
import { findBestPath } from '../scenario/find-best-path';
import { buildWorkshopPlan, type WorkshopPlan } from './plan';

/** One module with its workshop plan. */
export interface WorkshopEntry {
  entry: ModuleEntry;
  slug: string;
  plan: WorkshopPlan;
}

let cached: WorkshopEntry[] | undefined;

/** Every module that has both a draaiboek and a scenario, as a workshop, in route order. Build time only. */
export async function getWorkshops(): Promise<WorkshopEntry[]> {
  if (cached) return cached;
  const workshops: WorkshopEntry[] = [];
  for (const entry of await getModules()) {
    const guide = await getEntry('guides', entry.id);
    const scenario = await getEntry('scenarios', entry.id);
    if (!guide || !scenario) continue;
    const bestPath = findBestPath(scenario.data, createScenarioMachine(scenario.data));
    if (!bestPath) throw new Error(`Scenario "${scenario.data.id}": de beste uitkomst is met geen enkele route bereikbaar.`);
    const slug = moduleSlug(entry.id);
    const { code, title, learningQuestion, audience } = entry.data;
    workshops.push({
      entry,
      slug,
      plan: buildWorkshopPlan({
        module: { slug, code, title, learningQuestion, audience },
        guide: guide.data,
        scenario: scenario.data,
        bestPath,
      }),
    });
  }
  cached = workshops;
  return workshops;
}

/** getStaticPaths of the pages under /workshop/[slug]/: one page per workshop, with its entry as prop. */
export async function workshopStaticPaths() {
  return (await getWorkshops()).map((workshop) => ({ params: { slug: workshop.slug }, props: { workshop } }));
}
