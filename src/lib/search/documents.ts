import type { ContentDigest, DigestBlock } from '../../integrations/content-digest';
import { moduleSlug } from '../content/audiences';
import type { SearchDocument } from './types';

/** A module as the index needs it; `digest` is what the content-digest plugin read from its text. */
export interface ModuleSource {
  id: string;
  code: string;
  title: string;
  summary: string;
  learningQuestion: string;
  objectives: string[];
  digest: ContentDigest;
}

/** A glossary term, `content/begrippen/<id>.md`. */
export interface GlossarySource {
  id: string;
  term: string;
  definition: string;
  digest: ContentDigest;
}

/** A programme case, `content/praktijk/<id>.md`. */
export interface CaseSource {
  id: string;
  title: string;
  summary: string;
  lessons: string[];
  questions: string[];
  digest: ContentDigest;
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

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The text of some blocks on one line; a subheading becomes a sentence of its own. */
function plain(blocks: ReadonlyArray<DigestBlock>): string {
  const sentence = (heading: string) => (/[.?!:’'"]$/.test(heading) ? heading : `${heading}.`);
  return collapse(blocks.map((b) => (b.kind === 'heading' ? sentence(b.text) : b.text)).join(' '));
}

/** The whole text, `##` headings included. */
function allBlocks(digest: ContentDigest): DigestBlock[] {
  return [
    ...digest.opening,
    ...digest.sections.flatMap((s): DigestBlock[] => [{ kind: 'heading', depth: 2, text: s.heading }, ...s.blocks]),
  ];
}

function subheadings(blocks: ReadonlyArray<DigestBlock>): string {
  return blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : [])).join(' ');
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
    docs.push({
      kind: 'module',
      title: module.title,
      context: `Module ${module.code}`,
      url: path,
      headings: '',
      text: collapse([module.summary, plain(module.digest.opening), module.learningQuestion, ...module.objectives].join(' ')),
    });
    for (const section of module.digest.sections) {
      docs.push({
        kind: 'module',
        title: section.heading,
        context,
        url: `${path}#${section.slug}`,
        headings: subheadings(section.blocks),
        text: plain(section.blocks),
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
      text: collapse(`${term.definition} ${plain(allBlocks(term.digest))}`),
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
    for (const section of item.digest.sections) {
      docs.push({
        kind: 'praktijk',
        title: section.heading,
        context: item.title,
        url: `${path}#${section.slug}`,
        headings: subheadings(section.blocks),
        text: plain(section.blocks),
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
