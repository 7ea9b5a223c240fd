import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { moduleFolders, readText, readYaml, root } from './content-files';

/** A printable as the e2e tests need it: read straight from the YAML, so a new material is covered automatically. */
export interface MaterialInfo {
  id: string;
  title: string;
  layout: 'kaarten' | 'poster' | 'blad';
  items: Array<{ title: string }>;
}

export interface WorkshopMaterialsInfo {
  slug: string;
  code: string;
  /** The guide's lines that point to a printable page, with its id. */
  printed: Array<{ text: string; id: string }>;
  materials: MaterialInfo[];
}

const slugOf = (folder: string) => folder.replace(/^\d{2}-/, '');

export function workshopMaterials(): WorkshopMaterialsInfo[] {
  return moduleFolders().flatMap((folder) => {
    const guideFile = join(root, 'modules', folder, 'draaiboek.yaml');
    if (!existsSync(guideFile)) return [];
    const guide = readYaml(`modules/${folder}/draaiboek.yaml`) as { materials: Array<string | { text: string; print: string }> };
    const materialsFile = `modules/${folder}/materiaal.yaml`;
    const materials = existsSync(join(root, materialsFile)) ? (readYaml(materialsFile) as { materials: MaterialInfo[] }).materials : [];
    const code = /^code: (\w+)/m.exec(readText(`modules/${folder}/index.mdx`))?.[1] ?? folder;
    return [
      {
        slug: slugOf(folder),
        code,
        printed: guide.materials.flatMap((m) => (typeof m === 'string' ? [] : [{ text: m.text.trim(), id: m.print }])),
        materials,
      },
    ];
  });
}

/** Addresses of every materials page: the overview per workshop and one page per printable. */
export function materialRoutes(): string[] {
  return workshopMaterials().flatMap(({ slug, materials }) => [
    `/workshop/${slug}/materiaal/`,
    ...materials.map((m) => `/workshop/${slug}/materiaal/${m.id}/`),
  ]);
}
