import { describe, expect, it } from 'vitest';
import { contentIds, moduleFolders } from '../../support/content-files';
import { documents, source } from './content';

const slug = (folder: string) => folder.replace(/^\d{2}-/, '');

describe('search documents', () => {
  it('cover every module: its opening and each ## section, linked to the section anchor', () => {
    expect(source.modules.map((m) => m.id)).toEqual(moduleFolders());
    for (const module of source.modules) {
      const path = `/modules/${slug(module.id)}/`;
      const sections = module.digest.sections;
      const docs = documents.filter((d) => d.kind === 'module' && d.url.startsWith(path));
      expect(docs.map((d) => d.title)).toEqual([module.title, ...sections.map((s) => s.heading)]);
      expect(docs[0]!.url).toBe(path);
      expect(docs.slice(1).map((d) => d.url)).toEqual(sections.map((s) => `${path}#${s.slug}`));
      for (const doc of docs.slice(1)) expect(doc.url).toMatch(new RegExp(`^${path}#[\\p{L}\\p{N}-]+$`, 'u'));
    }
  });

  it('use the anchors the built module pages have', () => {
    const urls = documents.map((d) => d.url);
    expect(urls).toContain('/modules/burgerkracht-en-loslaten/#burgerkracht-zien-door-de-ogen-van-bewoners');
    expect(urls).toContain('/modules/van-nee-maar-naar-ja-tenzij/#wat-ja-tenzij-van-u-vraagt');
    expect(urls).toContain('/modules/inlevingsvermogen/#eén-gezicht-snelle-antwoorden-en-een-goede-toon');
    expect(urls).toContain('/praktijk/concept-adviesraden/#hoe-zon-commissie-meestal-werkt');
  });

  it('cover every glossary term, case page and scenario', () => {
    const urls = new Set(documents.map((d) => d.url));
    for (const id of contentIds('content/begrippen')) expect(urls.has(`/begrippen/#${id}`), id).toBe(true);
    for (const id of contentIds('content/praktijk')) expect(urls.has(`/praktijk/${id}/`), id).toBe(true);
    const scenarios = documents.filter((d) => d.kind === 'scenario');
    expect(scenarios.map((d) => d.url)).toEqual(moduleFolders().map((f) => `/modules/${slug(f)}/#oefenen`));
  });

  it('hold plain text: no MDX tags, Markdown markers or line breaks', () => {
    for (const doc of documents) {
      expect(doc.text, doc.url).not.toMatch(/<\/?[A-Z]|\n|^#|\s##|\*\*|\]\(/);
      expect(doc.text.length, doc.url).toBeGreaterThan(20);
    }
  });

  it('keep the words inside glossary links and reflection prompts', () => {
    const a1 = documents.find((d) => d.url === '/modules/burgerkracht-en-loslaten/#burgerkracht-zien-door-de-ogen-van-bewoners')!;
    expect(a1.text).toContain('maatschappelijk initiatief');
    expect(a1.text).toContain('Wat wilden zij eigenlijk bereiken');
    expect(a1.headings).toContain('De kennis van bewoners');
  });
});
