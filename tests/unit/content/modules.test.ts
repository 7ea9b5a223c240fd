import { describe, expect, it } from 'vitest';
import { ModuleSchema } from '../../../src/lib/schemas/module';
import { KnowledgeCheckSchema } from '../../../src/lib/schemas/knowledge-check';
import { FacilitationGuideSchema } from '../../../src/lib/schemas/facilitation-guide';
import { PublishedScenarioSchema } from '../../../src/lib/schemas/published-scenario';
import { parseWithFriendlyErrors } from '../../../src/lib/schemas/friendly-errors';
import type { DigestBlock } from '../../../src/integrations/content-digest';
import { scenarioStats } from '../../support/scenario-stats';
import { proseUnits, readability, words, MAX_AVERAGE_SENTENCE_LENGTH } from '../../../scripts/readability-core.mjs';
import { contentIds, readYaml } from '../../support/content-files';
import { readModules } from '../../support/content-reader';
import { readLearningQuestions } from '../../support/learning-questions';

const modules = readModules();
const glossaryIds = new Set(contentIds('content/begrippen'));
const caseIds = new Set(contentIds('content/praktijk'));
const verbatim = readLearningQuestions();
/** Running words of some blocks, headings left out. */
const wordCount = (blocks: ReadonlyArray<DigestBlock>) => blocks.flatMap((b) => (b.kind === 'heading' ? [] : words(b.text))).length;

describe('the module set', () => {
  it('has all seven modules: A1–A4 and B1–B3, each code once', () => {
    const codes = modules.map((m) => (m.data as { code?: string }).code);
    expect(codes.sort()).toEqual(['A1', 'A2', 'A3', 'A4', 'B1', 'B2', 'B3']);
  });

  it('uses each reflection id once across all modules, as the learning log stores answers by id', () => {
    const ids = modules.flatMap((m) => m.digest.reflections.map((r) => r.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});

describe.each(modules.map((m) => [m.id, m] as const))('module %s', (folder, { file, data, digest }) => {

  it('has valid frontmatter with the learning question quoted verbatim', () => {
    const module = parseWithFriendlyErrors(ModuleSchema, data, file);
    expect(module.learningQuestion).toBe(verbatim[module.code]);
  });

  it('opens with the learning question and has 3–5 sections of 300–700 words', () => {
    expect(digest.components.filter((c) => c.section === -1).map((c) => c.name)).toContain('Leervraag');
    expect(wordCount(digest.opening), 'de opening is te kort').toBeGreaterThanOrEqual(60);
    expect(digest.sections.length).toBeGreaterThanOrEqual(3);
    expect(digest.sections.length).toBeLessThanOrEqual(5);
    for (const section of digest.sections) {
      const count = wordCount(section.blocks);
      expect(count, `sectie "${section.heading}" telt ${count} woorden`).toBeGreaterThanOrEqual(300);
      expect(count, `sectie "${section.heading}" telt ${count} woorden`).toBeLessThanOrEqual(700);
    }
  });

  it('has no empty, top-level or duplicate headings', () => {
    const { headings } = digest;
    expect(headings.filter((h) => h.depth === 1), 'gebruik geen # in de module; de pagina heeft al een h1').toEqual([]);
    expect(headings.filter((h) => h.text === ''), 'lege kop').toEqual([]);
    const texts = headings.map((h) => h.text.toLowerCase());
    expect(texts.filter((t, i) => texts.indexOf(t) !== i), 'dubbele kop').toEqual([]);
  });

  it('links only existing glossary terms and cases, and uses at least one case', () => {
    const idsOf = (name: string) => digest.components.filter((c) => c.name === name).map((c) => c.id ?? '(zonder id)');
    const terms = idsOf('Begrip');
    const cases = idsOf('Casus');
    expect(terms.filter((t) => !glossaryIds.has(t)), 'onbekende begrippen').toEqual([]);
    expect(cases.filter((c) => !caseIds.has(c)), 'onbekende praktijkvoorbeelden').toEqual([]);
    expect(new Set(terms).size, 'link minstens 6 verschillende begrippen').toBeGreaterThanOrEqual(6);
    expect(cases.length).toBeGreaterThanOrEqual(1);
  });

  it('has at least three reflection prompts with unique ids and a real question', () => {
    const ids = digest.reflections.map((r) => r.id);
    expect(ids.length).toBeGreaterThanOrEqual(3);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { prompt } of digest.reflections) expect(prompt.length).toBeGreaterThanOrEqual(10);
  });

  it(`averages at most ${MAX_AVERAGE_SENTENCE_LENGTH} words per sentence`, () => {
    const r = readability(proseUnits(digest));
    expect(r.averageSentenceLength).toBeLessThanOrEqual(MAX_AVERAGE_SENTENCE_LENGTH);
  });

  it('has a knowledge check of at least 5 questions with feedback on every option', () => {
    const check = parseWithFriendlyErrors(KnowledgeCheckSchema, readYaml(`modules/${folder}/kennischeck.yaml`), `modules/${folder}/kennischeck.yaml`);
    expect(check.questions.length).toBeGreaterThanOrEqual(5);
    for (const q of check.questions) for (const o of q.options) expect(o.feedback.length).toBeGreaterThan(20);
  });

  it('has a facilitation guide with a timed schedule that adds up', () => {
    const guide = parseWithFriendlyErrors(FacilitationGuideSchema, readYaml(`modules/${folder}/draaiboek.yaml`), `modules/${folder}/draaiboek.yaml`);
    expect(guide.schedule.reduce((s, step) => s + step.minutes, 0)).toBe(guide.duration);
  });

  it('has a scenario with at least 6 decisions on its longest path, 3 endings and no cycles', () => {
    const scenario = parseWithFriendlyErrors(PublishedScenarioSchema, readYaml(`modules/${folder}/scenario.yaml`), `modules/${folder}/scenario.yaml`);
    const module = ModuleSchema.parse(data);
    expect(scenario.audience).toBe(module.audience);
    const stats = scenarioStats(scenario);
    expect(stats.hasCycle).toBe(false);
    expect(stats.longestPath).toBeGreaterThanOrEqual(6);
    expect(stats.endings).toBeGreaterThanOrEqual(3);
  });
});
