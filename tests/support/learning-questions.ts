import { flattenLearningQuestions, LearningQuestionSchema } from '../../src/lib/schemas/learning-question';
import { parseWithFriendlyErrors } from '../../src/lib/schemas/friendly-errors';
import { readYaml } from './content-files';

const FILE = 'content/programma/leervragen.yaml';

/** The programme's learning questions by module code, checked with the collection's schema as the build does. */
export function readLearningQuestions(): Record<string, string> {
  const entries = flattenLearningQuestions(readYaml(FILE)).map((entry) =>
    parseWithFriendlyErrors(LearningQuestionSchema, entry, `${FILE} (${entry.id})`),
  );
  return Object.fromEntries(entries.map((e) => [e.code, e.question]));
}
