import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * Absolute path of the repository root. The site build bundles this file too (the
 * toegankelijkheidsverklaring lists the tested pages), and a bundled copy lives elsewhere:
 * then the build's working folder, the project folder, is the root.
 */
const here = new URL('../../', import.meta.url).pathname;
export const root = existsSync(join(here, 'package.json')) ? here : `${process.cwd()}/`;

/** Folder names under modules/, sorted. */
export function moduleFolders(): string[] {
  const dir = join(root, 'modules');
  return existsSync(dir) ? readdirSync(dir).filter((f) => existsSync(join(dir, f, 'index.mdx'))).sort() : [];
}

export function readText(relative: string): string {
  return readFileSync(join(root, relative), 'utf8');
}

export function readYaml(relative: string): unknown {
  return parse(readText(relative));
}

/** Splits a Markdown/MDX file into its YAML frontmatter and its body. */
export function readFrontmatter(relative: string): { data: unknown; body: string } {
  const text = readText(relative);
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!match) return { data: undefined, body: text };
  return { data: parse(match[1]!), body: match[2]! };
}

/** File names (without extension) in a content folder. */
export function contentIds(folder: string, extension = '.md'): string[] {
  const dir = join(root, folder);
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(extension)).map((f) => f.slice(0, -extension.length)).sort() : [];
}
