import { z } from 'astro/zod';
import { checkDecisionAid } from '../worksheets/decision-aid';

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'gebruik kleine letters, cijfers en streepjes');
const text = (what: string) =>
  z
    .string({ error: `${what} ontbreekt` })
    .trim()
    .min(1, `${what} is leeg`);

/** Answers by question id, e.g. `{ tijd: [midden, lang] }`: every listed question must have one of its values. */
const AnswerMatchSchema = z.record(slug, z.array(slug).min(1, 'noem minstens één antwoord'));

/** `content/werkbladen/keuzehulp/<id>.yaml`: a decision aid shown before a worksheet. */
export const DecisionAidSchema = z
  .object({
    /** The file name; a worksheet names it in `decisionAid`. */
    id: slug,
    /** The heading above the questions. */
    title: text('title'),
    /** What the aid does, in one or two sentences. */
    intro: text('intro'),
    /** The questions, each with a few answers. A worksheet stores the answers as "keuzehulp.<id>". */
    questions: z
      .array(
        z
          .object({
            id: slug,
            question: text('question'),
            hint: z.string().trim().min(1).optional(),
            options: z
              .array(
                z
                  .object({
                    value: slug,
                    label: text('label'),
                    /** A point of attention added to the advice when this answer is given. */
                    note: z.string().trim().min(1).optional(),
                  })
                  .strict(),
              )
              .min(2, 'geef minstens 2 antwoorden'),
          })
          .strict(),
      )
      .min(2),
    /** The participation ladder as the module teaches it, lowest rung first. */
    rungs: z.array(z.object({ id: slug, label: text('label'), meaning: text('meaning') }).strict()).min(2),
    /** Ways of working, each with a typical time, cost and pitfall. */
    methods: z
      .array(
        z
          .object({
            id: slug,
            name: text('name'),
            /** The rungs it fits. */
            rungs: z.array(slug).min(1),
            time: text('time'),
            cost: text('cost'),
            pitfall: text('pitfall'),
            /** Only suggested when the answers match, e.g. `{ tijd: [lang] }`. */
            needs: AnswerMatchSchema.optional(),
          })
          .strict(),
      )
      .min(1),
    /**
     * The advice: the first rule whose `when` matches the answers decides. A rule gives a `rung`, or
     * `none: true` for the honest advice that participation is not the right tool here. The last rule
     * has no `when`, so every combination of answers gets an advice.
     */
    rules: z
      .array(
        z
          .object({
            when: AnswerMatchSchema.optional(),
            rung: slug.optional(),
            none: z.literal(true).optional(),
            /** Why, in one to three sentences, addressed to the learner. */
            because: text('because'),
            /** With `none`: what to do instead. */
            instead: z.string().trim().min(1).optional(),
          })
          .strict()
          .refine((rule) => (rule.rung === undefined) !== (rule.none === undefined), 'geef rung of none: true, niet allebei'),
      )
      .min(1),
  })
  .strict()
  .superRefine((aid, ctx) => {
    for (const problem of checkDecisionAid(aid)) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
  });

export type DecisionAid = z.output<typeof DecisionAidSchema>;
