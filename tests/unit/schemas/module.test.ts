import { describe, expect, it } from 'vitest';
import { ModuleSchema } from '../../../src/lib/schemas/module';
import { parseWithFriendlyErrors } from '../../../src/lib/schemas/friendly-errors';
import { checkModuleSet } from '../../../src/lib/content/check-module-set';
import { readContentFile } from '../../support/content-reader';
import { readLearningQuestions } from '../../support/learning-questions';

const fixture = (name: string) => `tests/fixtures/modules/${name}.md`;
const parseFixture = (name: string) => parseWithFriendlyErrors(ModuleSchema, readContentFile(fixture(name)).data, fixture(name));
const learningQuestions = readLearningQuestions();

describe('ModuleSchema', () => {
  it('accepts a complete module', () => {
    const module = parseFixture('valid');
    expect(module.code).toBe('A2');
    expect(module.sources[0]?.author).toBe('Raad voor het openbaar bestuur');
  });

  it('names the file and the missing field', () => {
    expect(() => parseFixture('missing-title')).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: Fout in tests/fixtures/modules/missing-title.md:
        - veld "title": ontbreekt]
    `);
  });

  it('rejects an unknown audience', () => {
    expect(() => parseFixture('unknown-audience')).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: Fout in tests/fixtures/modules/unknown-audience.md:
        - veld "audience": kies "ambtenaar" of "bestuurder"]
    `);
  });

  it('rejects a code out of range', () => {
    expect(() => parseFixture('code-out-of-range')).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: Fout in tests/fixtures/modules/code-out-of-range.md:
        - veld "code": gebruik A1 tot en met A4 (ambtenaren) of B1 tot en met B3 (bestuurders)]
    `);
  });

  it('rejects an empty learning question', () => {
    expect(() => parseFixture('empty-learning-question')).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: Fout in tests/fixtures/modules/empty-learning-question.md:
        - veld "learningQuestion": leervraag is leeg]
    `);
  });

  it('rejects a code that belongs to the other audience', () => {
    expect(() => parseFixture('audience-mismatch')).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: Fout in tests/fixtures/modules/audience-mismatch.md:
        - veld "audience": code B2 hoort bij doelgroep "bestuurder", niet bij "ambtenaar"]
    `);
  });
});

describe('checkModuleSet', () => {
  const valid = { file: fixture('valid'), data: parseFixture('valid') };

  it('accepts modules with unique codes and verbatim learning questions', () => {
    expect(checkModuleSet([valid], learningQuestions)).toEqual([]);
  });

  it('names both files when a code is used twice', () => {
    const copy = { file: 'modules/09-kopie/index.mdx', data: { ...valid.data, order: 5 } };
    expect(checkModuleSet([valid, copy], learningQuestions)).toEqual([
      'modules/09-kopie/index.mdx: veld "code": A2 wordt al gebruikt door tests/fixtures/modules/valid.md',
    ]);
  });

  it('rejects a learning question that is not the programme’s wording', () => {
    const reworded = { file: fixture('reworded-question'), data: parseFixture('reworded-question') };
    expect(checkModuleSet([reworded], learningQuestions)).toEqual([
      'tests/fixtures/modules/reworded-question.md: veld "learningQuestion": wijkt af van de leervraag A2 in content/programma/leervragen.yaml (neem die letterlijk over)',
    ]);
  });

  it('rejects two modules at the same place in a route', () => {
    const other = {
      file: 'modules/03-ander/index.mdx',
      data: { ...valid.data, code: 'A3' as const, learningQuestion: learningQuestions['A3']! },
    };
    expect(checkModuleSet([valid, other], learningQuestions)).toEqual([
      'modules/03-ander/index.mdx: veld "order": volgorde 2 wordt al gebruikt door tests/fixtures/modules/valid.md',
    ]);
  });
});
