import { z } from 'astro/zod';

const lines = (what: string) => z.array(z.string().trim().min(1, `${what} is leeg`));

/** Frontmatter of a programme case page, `content/praktijk/<id>.md`. */
export const CaseSchema = z.object({
  /** Title of the programme action. */
  title: z.string().trim().min(1),
  /** The programme's action number 1–4, or 0 for the Doe-democratie pilot. */
  action: z.number().int().min(0).max(4),
  /** One or two sentences shown in lists and in `<Casus>` boxes. */
  summary: z.string().trim().min(10),
  /** What each audience can learn from the case. */
  lessons: z.object({
    /** Lessons for civil servants. */
    ambtenaar: lines('les').min(1),
    /** Lessons for college and council members. */
    bestuurder: lines('les').min(1),
  }),
  /** Questions for discussion in a group or alone. */
  questions: lines('vraag').min(3, 'noem minstens drie gespreksvragen'),
  /** Module folders that use this case. */
  modules: z.array(z.string()).default([]),
});

export type CaseData = z.output<typeof CaseSchema>;
