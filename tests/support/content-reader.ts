import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs } from 'satteri';
import { parse } from 'yaml';
import { contentDigestPlugin, DIGEST_KEY, type ContentDigest } from '../../src/integrations/content-digest.ts';
import type { SearchSource } from '../../src/lib/search/documents.ts';
import { contentIds, moduleFolders, root } from './content-files.ts';

// The one way tools outside Astro (unit tests, the readability report, the benchmarks) read
// Markdown and MDX: Astro's own processor (Sätteri) with the site's content-digest plugin and
// Astro's default features, so they see the text, headings, anchors and prompts the build sees.
// Plain TypeScript that Node runs without a bundler, so `npm run readability` needs no build.

/** A Markdown/MDX file as the build reads it: its frontmatter (not yet validated) and its digest. */
export interface ContentFile {
  /** The path relative to the project folder, as error messages name it. */
  file: string;
  data: unknown;
  digest: ContentDigest;
}

/** Reads one Markdown (.md) or MDX (.mdx) file relative to `projectRoot`. */
export function readContentFile(file: string, projectRoot = root): ContentFile {
  const source = readFileSync(join(projectRoot, file), 'utf8');
  const options = {
    mdastPlugins: [contentDigestPlugin(projectRoot)],
    // Astro's defaults: GitHub-flavoured Markdown and smart punctuation.
    features: { gfm: true, smartPunctuation: true },
    fileURL: pathToFileURL(join(projectRoot, file)),
    data: { astro: { frontmatter: {} as Record<string, unknown> } },
  };
  const result = file.endsWith('.mdx') ? mdxToJs(source, options) : markdownToHtml(source, options);
  const digest = (result.data as typeof options.data).astro.frontmatter[DIGEST_KEY] as ContentDigest;
  return { file, data: result.frontmatter ? parse(result.frontmatter.value) : undefined, digest };
}

/** Every module's `index.mdx`, keyed by its folder, in folder order. */
export function readModules(projectRoot = root): (ContentFile & { id: string })[] {
  return moduleFolders(projectRoot).map((id) => ({ id, ...readContentFile(`modules/${id}/index.mdx`, projectRoot) }));
}

/** The `.md` files of a content folder such as `content/begrippen`, keyed by file name. */
export function readFolder(folder: string, projectRoot = root): (ContentFile & { id: string })[] {
  return contentIds(folder, '.md', projectRoot).map((id) => ({ id, ...readContentFile(`${folder}/${id}.md`, projectRoot) }));
}

function readYamlFile(file: string, projectRoot: string): unknown {
  return parse(readFileSync(join(projectRoot, file), 'utf8'));
}

const record = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' ? (value as Record<string, unknown>) : {});
const str = (value: unknown) => (typeof value === 'string' ? value : '');
const strs = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** Everything the search covers, for the search tests and benchmark (the site builds the same from its collections). */
export function readSearchSource(projectRoot = root): SearchSource {
  const modules = readModules(projectRoot);
  return {
    modules: modules.map(({ id, data, digest }) => {
      const front = record(data);
      return {
        id,
        code: str(front['code']),
        title: str(front['title']),
        summary: str(front['summary']),
        learningQuestion: str(front['learningQuestion']),
        objectives: strs(front['objectives']),
        digest,
      };
    }),
    glossary: readFolder('content/begrippen', projectRoot).map(({ id, data, digest }) => {
      const front = record(data);
      return { id, term: str(front['term']), definition: str(front['definition']), digest };
    }),
    cases: readFolder('content/praktijk', projectRoot).map(({ id, data, digest }) => {
      const front = record(data);
      const lessons = record(front['lessons']);
      return {
        id,
        title: str(front['title']),
        summary: str(front['summary']),
        lessons: [...strs(lessons['ambtenaar']), ...strs(lessons['bestuurder'])],
        questions: strs(front['questions']),
        digest,
      };
    }),
    scenarios: modules.flatMap(({ id }) => {
      const file = `modules/${id}/scenario.yaml`;
      if (!existsSync(join(projectRoot, file))) return [];
      const scenario = record(readYamlFile(file, projectRoot));
      return [{ moduleId: id, title: str(scenario['title']), intro: str(scenario['intro']) }];
    }),
  };
}
