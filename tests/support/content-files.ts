import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

// Plain file access for tests and tools. Markdown and MDX are read through content-reader.ts,
// which parses them as the build does.

/**
 * Absolute path of the repository root. The site build bundles this file too (the
 * toegankelijkheidsverklaring lists the tested pages), and a bundled copy lives elsewhere:
 * then the build's working folder, the project folder, is the root.
 */
const here = new URL('../../', import.meta.url).pathname;
export const root = existsSync(join(here, 'package.json')) ? here : `${process.cwd()}/`;

/** Folder names under modules/ that hold an index.mdx, sorted. */
export function moduleFolders(projectRoot = root): string[] {
  const dir = join(projectRoot, 'modules');
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => existsSync(join(dir, f, 'index.mdx')))
        .sort()
    : [];
}

export function readText(relative: string): string {
  return readFileSync(join(root, relative), 'utf8');
}

export function readYaml(relative: string): unknown {
  return parse(readText(relative));
}

/** File names (without extension) in a content folder. */
export function contentIds(folder: string, extension = '.md', projectRoot = root): string[] {
  const dir = join(projectRoot, folder);
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(extension))
        .map((f) => f.slice(0, -extension.length))
        .sort()
    : [];
}
