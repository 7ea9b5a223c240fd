import { z } from 'astro/zod';

/** Frontmatter of `content/programma/programma.md`, the programme page. */
export const ProgrammeSchema = z.object({
  /** Page title. */
  title: z.string().trim().min(1),
  /** The programme's ambition in two sentences, also shown on the home page. */
  summary: z.string().trim().min(20),
});

export type ProgrammeData = z.output<typeof ProgrammeSchema>;
