import { z } from 'astro/zod';

/** A source cited in a module's "Bronnen" list. */
export const SourceSchema = z.object({
  /** Title of the publication, as printed on it. */
  title: z.string().trim().min(1),
  /** Author or publishing organisation, e.g. "Raad voor het openbaar bestuur". */
  author: z.string().trim().min(1),
  /** Year of publication. */
  year: z.number().int().min(1900).max(2100),
  /** Optional web address where the source can be read. */
  url: z.url().optional(),
});

export type Source = z.output<typeof SourceSchema>;
