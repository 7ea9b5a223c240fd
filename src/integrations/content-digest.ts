import type { AstroIntegration } from 'astro';
import type { Heading, Nodes, Parents, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentError } from '../lib/schemas/friendly-errors.ts';
import { createSlugger } from './heading-slug.ts';

// Explicit `.ts` extensions: Node runs this file as is (type stripping) for the readability
// report and the benchmarks, so everything it imports must resolve without a bundler.

/** One unit of running text, in reading order. */
export type DigestBlock =
  /** A paragraph, list item or table row, as plain text on one line. */
  | { kind: 'text'; text: string }
  /** A heading below the section's own `##` heading (###–######). */
  | { kind: 'heading'; depth: number; text: string }
  /** The question of a `<Reflectie>`, which the page shows as the label of a text field. */
  | { kind: 'prompt'; id: string; text: string };

/** A `##` section: its heading, the anchor id the page gives it, and its text. */
export interface DigestSection {
  heading: string;
  slug: string;
  blocks: DigestBlock[];
}

/** Every heading of the document with its anchor id. */
export interface DigestHeading {
  depth: number;
  text: string;
  slug: string;
}

/** A reflection prompt: `<Reflectie id="…" vraag="…" />`. */
export interface ReflectionPrompt {
  id: string;
  prompt: string;
}

/** A component used in the text (`<Begrip id="…">`, `<Casus id="…" />`, …); `section` is -1 for the opening. */
export interface DigestComponent {
  name: string;
  id: string | null;
  section: number;
}

/** What search, the readability report, the module outline and the reflection fields need of a Markdown/MDX file. */
export interface ContentDigest {
  /** The text before the first `##` heading. */
  opening: DigestBlock[];
  sections: DigestSection[];
  headings: DigestHeading[];
  reflections: ReflectionPrompt[];
  components: DigestComponent[];
  /** The targets of Markdown links, in order. */
  links: string[];
}

/** Where the digest is kept in the file's frontmatter data, which Astro returns as `remarkPluginFrontmatter` from `render()`. */
export const DIGEST_KEY = 'contentDigest';

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const inlineText = (node: Nodes) => collapse(toString(node, { includeHtml: false, includeImageAlt: false }));

/** The subset of MDX JSX nodes the digest reads (mdast-util-mdx-jsx shapes). */
interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: Array<{ type: string; name?: string; value?: unknown }>;
  children: RootContent[];
  position?: { start: { line: number } };
}

/** Node types that hold blocks rather than running text. */
const BLOCK_TYPES = new Set([
  'paragraph',
  'heading',
  'list',
  'listItem',
  'blockquote',
  'table',
  'code',
  'thematicBreak',
  'html',
  'mdxJsxFlowElement',
  'mdxFlowExpression',
  'mdxjsEsm',
  'yaml',
]);

const isJsx = (node: { type: string }): node is JsxElement => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** The value of a literal string attribute: `undefined` when absent, `null` when it is not a plain string (`{…}`, or no value). */
function literalAttribute(element: JsxElement, name: string): string | null | undefined {
  const attribute = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!attribute) return undefined;
  return typeof attribute.value === 'string' ? attribute.value : null;
}

/**
 * Reads a parsed Markdown/MDX tree once: the `##` sections with their text, every heading
 * with the anchor id it gets, the reflection prompts and the components used. Calls
 * `setHeadingId` for every heading so the page uses the same anchors. Throws a
 * ContentError naming `file`, the line and the field when a `<Reflectie>` is malformed.
 */
export function digestTree(root: Root, file: string, setHeadingId: (heading: Heading, slug: string) => void = () => {}): ContentDigest {
  const slug = createSlugger();
  const digest: ContentDigest = { opening: [], sections: [], headings: [], reflections: [], components: [], links: [] };
  const problems: string[] = [];
  let blocks = digest.opening;

  const heading = (node: Heading): string => {
    const text = inlineText(node);
    const id = slug(text);
    digest.headings.push({ depth: node.depth, text, slug: id });
    setHeadingId(node, id);
    return id;
  };

  const prompt = (element: JsxElement): void => {
    const where = `<Reflectie> op regel ${element.position?.start.line ?? '?'}`;
    const fields = { id: literalAttribute(element, 'id'), vraag: literalAttribute(element, 'vraag') };
    for (const [field, value] of Object.entries(fields)) {
      if (value === undefined) problems.push(`${where}: veld "${field}": ontbreekt`);
      else if (value === null) problems.push(`${where}: veld "${field}": schrijf de tekst tussen aanhalingstekens, zonder { }`);
      else if (collapse(value) === '') problems.push(`${where}: veld "${field}": is leeg`);
    }
    const { id, vraag } = fields;
    if (typeof id !== 'string' || typeof vraag !== 'string' || collapse(id) === '' || collapse(vraag) === '') return;
    if (digest.reflections.some((r) => r.id === id))
      problems.push(`${where}: veld "id": "${id}" wordt al gebruikt door een andere <Reflectie> in dit bestand`);
    digest.reflections.push({ id, prompt: collapse(vraag) });
    blocks.push({ kind: 'prompt', id, text: collapse(vraag) });
  };

  const read = (node: RootContent | Parents): void => {
    switch (node.type) {
      case 'heading':
        heading(node);
        blocks.push({ kind: 'heading', depth: node.depth, text: inlineText(node) });
        return;
      case 'paragraph': {
        const text = inlineText(node);
        if (text) blocks.push({ kind: 'text', text });
        return;
      }
      case 'tableRow': {
        const text = collapse(node.children.map((cell) => inlineText(cell)).join(' '));
        if (text) blocks.push({ kind: 'text', text });
        return;
      }
      case 'root':
      case 'blockquote':
      case 'list':
      case 'listItem':
      case 'table':
        node.children.forEach(read);
        return;
      default:
        if (isJsx(node)) {
          if (node.name === 'Reflectie') prompt(node);
          // `<Casus id="…">One line of text.</Casus>` holds its text directly, without a paragraph.
          else if (node.children.every((child) => !BLOCK_TYPES.has(child.type)))
            read({ type: 'paragraph', children: node.children as PhrasingContent[] });
          else node.children.forEach(read);
        }
      // Frontmatter, imports, expressions, raw HTML, code and rules carry no reading text.
    }
  };

  for (const node of root.children) {
    if (node.type === 'heading' && node.depth === 2) {
      const section: DigestSection = { heading: inlineText(node), slug: heading(node), blocks: [] };
      digest.sections.push(section);
      blocks = section.blocks;
    } else {
      read(node);
    }
    const section = digest.sections.length - 1;
    visit(node, (child) => {
      if (isJsx(child) && child.name) digest.components.push({ name: child.name, id: literalAttribute(child, 'id') ?? null, section });
      else if (child.type === 'link') digest.links.push(child.url);
    });
  }

  if (problems.length) throw new ContentError(file, problems);
  return digest;
}

const PLUGIN_NAME = 'jt-content-digest';

/** The file name an author recognises: relative to the project folder. */
function fileName(url: URL | undefined, projectRoot: string): string {
  if (!url) return '(onbekend bestand)';
  return relative(projectRoot, fileURLToPath(url)).split('\\').join('/');
}

/** The part of Sätteri's plugin context the digest uses (see satteri's MdastVisitorContext). */
export interface DigestPluginContext {
  readonly fileURL: URL | undefined;
  readonly data: { astro?: { frontmatter: Record<string, unknown> }; [key: string]: unknown };
  setProperty(node: Heading, key: 'data', value: Record<string, unknown> | null): void;
}

/**
 * The Sätteri mdast plugin (Astro 7's Markdown and MDX processor; mdast shapes as in remark):
 * stores the digest in the frontmatter data under DIGEST_KEY and gives headings their ids.
 * `projectRoot` is where file names in error messages start.
 */
export function contentDigestPlugin(projectRoot: string) {
  return {
    name: PLUGIN_NAME,
    // Positions give the line number in error messages.
    options: { position: true },
    after(root: Root, ctx: DigestPluginContext): void {
      const digest = digestTree(root, fileName(ctx.fileURL, projectRoot), (node, id) =>
        ctx.setProperty(node, 'data', { hProperties: { id } }),
      );
      ctx.data.astro ??= { frontmatter: {} };
      ctx.data.astro.frontmatter[DIGEST_KEY] = digest;
    },
  };
}

/** Astro integration: runs the content digest in Astro's Markdown and MDX pipeline. */
export function contentDigest(): AstroIntegration {
  return {
    name: 'jt-content-digest',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const processor = config.markdown.processor as { name: string; options?: { mdastPlugins?: unknown[] } } | undefined;
        // Sätteri (Astro 7's default) reads its plugin list when it renders, so adding to it here is enough.
        if (processor?.name !== 'satteri' || !processor.options?.mdastPlugins) {
          throw new Error(
            `jt-content-digest werkt alleen met Astro's Markdown-verwerker Sätteri, niet met "${processor?.name ?? 'geen'}".`,
          );
        }
        // Replaces an earlier copy, so a config reload in the dev server does not digest twice.
        const others = processor.options.mdastPlugins.filter((p) => (p as { name?: string } | null)?.name !== PLUGIN_NAME);
        processor.options.mdastPlugins.splice(0, Infinity, contentDigestPlugin(fileURLToPath(config.root)), ...others);
      },
    },
  };
}
