import { z } from 'astro/zod';

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'gebruik kleine letters, cijfers en streepjes');

/** One answer option of a knowledge-check question. */
export const CheckOptionSchema = z.object({
  /** Stable id within the question (stored with the learner's answer). */
  id,
  /** The answer as the learner reads it. */
  text: z.string().trim().min(1, 'antwoordtekst is leeg'),
  /** Whether this is the right answer. Exactly one option per question is right. */
  correct: z.boolean().default(false),
  /** Why this answer is right or not; shown after answering. */
  feedback: z.string().trim().min(10, 'feedback ontbreekt of is te kort'),
});

/** One multiple-choice question. */
export const CheckQuestionSchema = z
  .object({
    /** Stable id, unique within the module (stored in the learner's progress). */
    id,
    /** The question, preferably an applied situation. */
    question: z.string().trim().min(1, 'vraag is leeg'),
    /** Three or four options. */
    options: z.array(CheckOptionSchema).min(3, 'geef 3 of 4 antwoorden').max(4, 'geef 3 of 4 antwoorden'),
  })
  .superRefine((q, ctx) => {
    const right = q.options.filter((o) => o.correct).length;
    if (right !== 1) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: `precies één antwoord moet juist zijn, nu ${right}` });
    }
    const seen = new Set<string>();
    q.options.forEach((o, i) => {
      if (seen.has(o.id))
        ctx.addIssue({ code: 'custom', path: ['options', i, 'id'], message: `antwoord-id "${o.id}" komt twee keer voor` });
      seen.add(o.id);
    });
  });

/** `modules/<nn-slug>/kennischeck.yaml`: the module's knowledge check. */
export const KnowledgeCheckSchema = z
  .object({
    /** At least five questions. */
    questions: z.array(CheckQuestionSchema).min(5, 'een kennischeck heeft minstens 5 vragen'),
  })
  .superRefine((check, ctx) => {
    const seen = new Set<string>();
    check.questions.forEach((q, i) => {
      if (seen.has(q.id)) ctx.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: `vraag-id "${q.id}" komt twee keer voor` });
      seen.add(q.id);
    });
  });

export type KnowledgeCheck = z.output<typeof KnowledgeCheckSchema>;
export type CheckQuestion = z.output<typeof CheckQuestionSchema>;
