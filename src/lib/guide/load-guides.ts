import { getEntry } from 'astro:content';
import { getModules, type ModuleEntry } from '../content/modules';
import { moduleSlug } from '../content/audiences';
import { HANDOUT_MATERIAL_ID, type FacilitationGuide } from '../schemas/facilitation-guide';
import type { Material } from '../schemas/workshop-materials';
import type { Scenario } from '../schemas/scenario';
import { assertGuide } from './check-guide';

/** A module's facilitation guide with its printable materials and scenario, checked against each other. */
export interface GuideBundle {
  entry: ModuleEntry;
  slug: string;
  guide: FacilitationGuide;
  /** The printables of materiaal.yaml, in the order the guide lists them. */
  materials: Material[];
  scenario: Scenario;
}

let cached: GuideBundle[] | undefined;

/** Every module with a draaiboek and a scenario, in route order. Build time only; fails the build on a broken link between the files. */
export async function getGuideBundles(): Promise<GuideBundle[]> {
  if (cached) return cached;
  const bundles: GuideBundle[] = [];
  for (const entry of await getModules()) {
    const guide = await getEntry('guides', entry.id);
    const scenario = await getEntry('scenarios', entry.id);
    if (!guide || !scenario) continue;
    const materials = await getEntry('materials', entry.id);
    const folder = `modules/${entry.id}`;
    assertGuide({
      guide: { file: guide.filePath ?? `${folder}/draaiboek.yaml`, data: guide.data },
      materials: materials && { file: materials.filePath ?? `${folder}/materiaal.yaml`, data: materials.data },
      scenario: { file: scenario.filePath ?? `${folder}/scenario.yaml`, data: scenario.data },
    });
    const byId = new Map((materials?.data.materials ?? []).map((m) => [m.id, m]));
    const ordered = guide.data.printed.flatMap((p) => (p.id === HANDOUT_MATERIAL_ID ? [] : [byId.get(p.id)!]));
    bundles.push({ entry, slug: moduleSlug(entry.id), guide: guide.data, materials: [...new Set(ordered)], scenario: scenario.data });
  }
  cached = bundles;
  return bundles;
}

/** getStaticPaths for every page that exists once per guide (the draaiboek and the materials overview). */
export async function guideStaticPaths() {
  return (await getGuideBundles()).map((bundle) => ({ params: { slug: bundle.slug }, props: { bundle } }));
}
