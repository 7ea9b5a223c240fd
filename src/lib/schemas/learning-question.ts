import { z } from 'astro/zod';
import { AudienceSchema, ModuleCodeSchema } from './module';

/**
 * One of the programme's seven learning questions in `content/programma/leervragen.yaml`,
 * where they are grouped by audience (`ambtenaar: { A1: "…" }`). Module frontmatter quotes them verbatim.
 */
export const LearningQuestionSchema = z
  .object({
    code: ModuleCodeSchema,
    audience: AudienceSchema,
    question: z.string({ error: 'de leervraag ontbreekt; schrijf hem als tekst' }).trim().min(20, 'de leervraag is te kort'),
  })
  .superRefine((entry, ctx) => {
    const expected = entry.code.startsWith('A') ? 'ambtenaar' : 'bestuurder';
    if (entry.audience !== expected) {
      ctx.addIssue({ code: 'custom', path: ['code'], message: `${entry.code} hoort onder "${expected}", niet onder "${entry.audience}"` });
    }
  });

export type LearningQuestion = z.output<typeof LearningQuestionSchema>;

/** An entry before validation. */
// A type alias, not an interface: Astro's file() parser wants plain records.
export type LearningQuestionEntry = {
  id: string;
  code: unknown;
  audience: string;
  question: unknown;
};

/** The file's audience groups as one entry per question (id: the code), so each is checked and named on its own. */
export function flattenLearningQuestions(raw: unknown): LearningQuestionEntry[] {
  if (!raw || typeof raw !== 'object') return [];
  return Object.entries(raw).flatMap(([audience, group]): LearningQuestionEntry[] =>
    group && typeof group === 'object'
      ? Object.entries(group).map(([code, question]) => ({ id: code, code, audience, question }))
      : [{ id: audience, code: undefined, audience, question: group }],
  );
}
