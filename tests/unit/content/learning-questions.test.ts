import { describe, expect, it } from 'vitest';
import { flattenLearningQuestions, LearningQuestionSchema } from '../../../src/lib/schemas/learning-question';
import { parseWithFriendlyErrors } from '../../../src/lib/schemas/friendly-errors';
import { readLearningQuestions } from '../../support/learning-questions';

const FILE = 'content/programma/leervragen.yaml';
const problemsOf = (raw: unknown) =>
  flattenLearningQuestions(raw).flatMap((entry) => {
    try {
      parseWithFriendlyErrors(LearningQuestionSchema, entry, `${FILE} (${entry.id})`);
      return [];
    } catch (error) {
      return [(error as Error).message];
    }
  });

describe('the learning questions collection', () => {
  it('holds the seven questions of the programme', () => {
    const questions = readLearningQuestions();
    expect(Object.keys(questions).sort()).toEqual(['A1', 'A2', 'A3', 'A4', 'B1', 'B2', 'B3']);
    expect(questions['A2']).toContain('‘nee, maar’');
  });

  it('names the file, the entry and the field of a mistake, in Dutch', () => {
    expect(problemsOf({ ambtenaar: { A5: 'Een vraag die lang genoeg is om te tellen?' }, bestuurder: { A1: 'Ook deze vraag is lang genoeg?' } })).toEqual([
      `Fout in ${FILE} (A5):\n  - veld "code": gebruik A1 tot en met A4 (ambtenaren) of B1 tot en met B3 (bestuurders)`,
      `Fout in ${FILE} (A1):\n  - veld "code": A1 hoort onder "ambtenaar", niet onder "bestuurder"`,
    ]);
    // A group that is not a list of codes is reported as one entry, named after the group.
    expect(problemsOf({ ambtenaar: 'geen lijst' })).toEqual([
      `Fout in ${FILE} (ambtenaar):\n  - veld "code": gebruik A1 tot en met A4 (ambtenaren) of B1 tot en met B3 (bestuurders)\n  - veld "question": de leervraag is te kort`,
    ]);
  });
});
