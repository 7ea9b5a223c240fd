import { z } from 'astro/zod';

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'gebruik kleine letters, cijfers en streepjes');

/** Frontmatter of a glossary term, `content/begrippen/<id>.md`. The file name is the term's anchor. */
export const GlossarySchema = z.object({
  /** The term as displayed, e.g. "Uitdaagrecht". */
  term: z.string().trim().min(1, 'begrip is leeg'),
  /** Short definition in one or two plain sentences. */
  definition: z.string().trim().min(10, 'definitie is te kort'),
  /** Ids of related glossary terms (their file names without `.md`). */
  related: z.array(slug).default([]),
  /** Module folders (e.g. `01-burgerkracht-en-loslaten`) in which the term matters. */
  modules: z.array(z.string().regex(/^\d{2}-[a-z0-9-]+$/, 'gebruik de mapnaam van de module')).default([]),
});

export type GlossaryData = z.output<typeof GlossarySchema>;
