import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getDigest } from '../lib/content/digest';
import { getModules } from '../lib/content/modules';
import { buildSearchData } from '../lib/search/build-index';
import { searchDocuments, type SearchSource } from '../lib/search/documents';

export const prerender = true;

/** The search index with the data to show results; written to dist/zoekindex.json at build time. */
export const GET: APIRoute = async () => {
  const [modules, glossary, cases, scenarios] = await Promise.all([
    getModules(),
    getCollection('glossary'),
    getCollection('cases'),
    getCollection('scenarios'),
  ]);
  const source: SearchSource = {
    modules: await Promise.all(
      modules.map(async (m) => ({
        id: m.id,
        code: m.data.code,
        title: m.data.title,
        summary: m.data.summary,
        learningQuestion: m.data.learningQuestion,
        objectives: m.data.objectives,
        digest: await getDigest(m),
      })),
    ),
    glossary: await Promise.all(
      glossary
        .sort((a, b) => a.data.term.localeCompare(b.data.term, 'nl'))
        .map(async (t) => ({ id: t.id, term: t.data.term, definition: t.data.definition, digest: await getDigest(t) })),
    ),
    cases: await Promise.all(
      cases
        .sort((a, b) => (a.data.action || 9) - (b.data.action || 9))
        .map(async (c) => ({
          id: c.id,
          title: c.data.title,
          summary: c.data.summary,
          lessons: [...c.data.lessons.ambtenaar, ...c.data.lessons.bestuurder],
          questions: c.data.questions,
          digest: await getDigest(c),
        })),
    ),
    scenarios: modules.flatMap((m) => {
      const scenario = scenarios.find((s) => s.id === m.id);
      return scenario ? [{ moduleId: m.id, title: scenario.data.title, intro: scenario.data.intro }] : [];
    }),
  };
  return new Response(JSON.stringify(buildSearchData(searchDocuments(source))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
