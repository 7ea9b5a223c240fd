import { mdxToPlainText, splitSections } from '../../../scripts/readability-core.mjs';
import { moduleSlug } from '../content/audiences';
import { createSlugger } from './slug';
import type { SearchDocument } from './types';

/** A module as the index needs it. `anchors` are the ids of its `##` headings, in order. */
export interface ModuleSource {
  id: string;
  code: string;
  title: string;
  summary: string;
  learningQuestion: string;
  objectives: string[];
  body: string;
  anchors?: string[];
}

/** A glossary term, `content/begrippen/<id>.md`. */
export interface GlossarySource {
  id: string;
  term: string;
  definition: string;
  body: string;
}

/** A programme case, `content/praktijk/<id>.md`. `anchors` as for a module. */
export interface CaseSource {
  id: string;
  title: string;
  summary: string;
  lessons: string[];
  questions: string[];
  body: string;
  anchors?: string[];
}

/** The scenario of a module, `modules/<folder>/scenario.yaml`. */
export interface ScenarioSource {
  moduleId: string;
  title: string;
  intro: string;
}

/** Everything the search covers. */
export interface SearchSource {
  modules: ModuleSource[];
  glossary: GlossarySource[];
  cases: CaseSource[];
  scenarios: ScenarioSource[];
}

/** Plain text of Markdown/MDX on one line; a `###` heading becomes a sentence of its own. */
function plain(markdown: string): string {
  const withHeadings = markdown.replace(/^#{3,6} +(.+?) *$/gm, (_, heading: string) =>
    /[.?!:’'"]$/.test(heading) ? heading : `${heading}.`,
  );
  return collapse(mdxToPlainText(withHeadings));
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function subheadings(markdown: string): string {
  return [...markdown.matchAll(/^#{3,6} +(.+?) *$/gm)].map((m) => collapse(mdxToPlainText(m[1]!))).join(' ');
}

/** The `##` sections of a body with their anchor ids (given, or made like Astro makes them). */
function sectionsOf(body: string, anchors: string[] | undefined) {
  const slug = createSlugger();
  return splitSections(body).sections.map((section, i) => {
    const heading = collapse(mdxToPlainText(section.heading));
    return { heading, anchor: anchors?.[i] ?? slug(heading), body: section.body };
  });
}

/**
 * Turns the site's content into search documents: per module its opening and each `##`
 * section, each glossary term, per case its summary page and each `##` section, and each
 * scenario intro. URLs are site paths without the base.
 */
export function searchDocuments(source: SearchSource): SearchDocument[] {
  const docs: SearchDocument[] = [];
  const moduleContext = new Map<string, { context: string; path: string }>();

  for (const module of source.modules) {
    const path = `/modules/${moduleSlug(module.id)}/`;
    const context = `${module.code} ${module.title}`;
    moduleContext.set(module.id, { context, path });
    const { opening } = splitSections(module.body);
    docs.push({
      kind: 'module',
      title: module.title,
      context: `Module ${module.code}`,
      url: path,
      headings: '',
      text: collapse([module.summary, plain(opening), module.learningQuestion, ...module.objectives].join(' ')),
    });
    for (const section of sectionsOf(module.body, module.anchors)) {
      docs.push({
        kind: 'module',
        title: section.heading,
        context,
        url: `${path}#${section.anchor}`,
        headings: subheadings(section.body),
        text: plain(section.body),
      });
    }
  }

  for (const term of source.glossary) {
    docs.push({
      kind: 'begrip',
      title: term.term,
      context: '',
      url: `/begrippen/#${term.id}`,
      headings: '',
      text: collapse(`${term.definition} ${plain(term.body)}`),
    });
  }

  for (const item of source.cases) {
    const path = `/praktijk/${item.id}/`;
    docs.push({
      kind: 'praktijk',
      title: item.title,
      context: '',
      url: path,
      headings: '',
      text: collapse([item.summary, ...item.lessons, ...item.questions].join(' ')),
    });
    for (const section of sectionsOf(item.body, item.anchors)) {
      docs.push({
        kind: 'praktijk',
        title: section.heading,
        context: item.title,
        url: `${path}#${section.anchor}`,
        headings: subheadings(section.body),
        text: plain(section.body),
      });
    }
  }

  for (const scenario of source.scenarios) {
    const module = moduleContext.get(scenario.moduleId);
    if (!module) continue;
    docs.push({
      kind: 'scenario',
      title: scenario.title,
      context: module.context,
      url: `${module.path}#oefenen`,
      headings: '',
      text: collapse(scenario.intro),
    });
  }
  return docs;
}
