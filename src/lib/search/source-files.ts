import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { SearchSource } from './documents';

function frontmatter(file: string): { data: Record<string, unknown>; body: string } {
  const text = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  return match ? { data: parse(match[1]!) as Record<string, unknown>, body: match[2]! } : { data: {}, body: text };
}

const list = (dir: string, ext: string) =>
  existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(ext)).sort().map((f) => f.slice(0, -ext.length)) : [];
const str = (value: unknown) => (typeof value === 'string' ? value : '');
const strs = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/**
 * Reads the search content straight from the repository's files, for Node tools (unit
 * tests, benchmark) that run without Astro. The site itself uses the content collections.
 */
export function readSearchSource(root: string): SearchSource {
  const source: SearchSource = { modules: [], glossary: [], cases: [], scenarios: [] };
  const modulesDir = join(root, 'modules');
  const folders = existsSync(modulesDir) ? readdirSync(modulesDir).filter((f) => existsSync(join(modulesDir, f, 'index.mdx'))).sort() : [];
  for (const id of folders) {
    const { data, body } = frontmatter(join(modulesDir, id, 'index.mdx'));
    source.modules.push({
      id,
      code: str(data['code']),
      title: str(data['title']),
      summary: str(data['summary']),
      learningQuestion: str(data['learningQuestion']),
      objectives: strs(data['objectives']),
      body,
    });
    const scenarioFile = join(modulesDir, id, 'scenario.yaml');
    if (existsSync(scenarioFile)) {
      const scenario = parse(readFileSync(scenarioFile, 'utf8')) as Record<string, unknown>;
      source.scenarios.push({ moduleId: id, title: str(scenario['title']), intro: str(scenario['intro']) });
    }
  }
  for (const id of list(join(root, 'content/begrippen'), '.md')) {
    const { data, body } = frontmatter(join(root, 'content/begrippen', `${id}.md`));
    source.glossary.push({ id, term: str(data['term']), definition: str(data['definition']), body });
  }
  for (const id of list(join(root, 'content/praktijk'), '.md')) {
    const { data, body } = frontmatter(join(root, 'content/praktijk', `${id}.md`));
    const lessons = (data['lessons'] ?? {}) as Record<string, unknown>;
    source.cases.push({
      id,
      title: str(data['title']),
      summary: str(data['summary']),
      lessons: [...strs(lessons['ambtenaar']), ...strs(lessons['bestuurder'])],
      questions: strs(data['questions']),
      body,
    });
  }
  return source;
}
