import { z } from 'astro/zod';
import { SourceSchema } from './source';

/** Who a module (and its route) is written for. */
export const AudienceSchema = z.enum(['ambtenaar', 'bestuurder'], {
  error: 'kies "ambtenaar" of "bestuurder"',
});
export type Audience = z.output<typeof AudienceSchema>;

/** The seven module codes: A1–A4 for civil servants, B1–B3 for college and council members. */
export const ModuleCodeSchema = z.enum(['A1', 'A2', 'A3', 'A4', 'B1', 'B2', 'B3'], {
  error: 'gebruik A1 tot en met A4 (ambtenaren) of B1 tot en met B3 (bestuurders)',
});
export type ModuleCode = z.output<typeof ModuleCodeSchema>;

const nonEmpty = (what: string) =>
  z
    .string({ error: `${what} ontbreekt` })
    .trim()
    .min(1, `${what} is leeg`);

/** Frontmatter of `modules/<nn-slug>/index.mdx`. */
export const ModuleSchema = z
  .object({
    /** Module code: A1–A4 for ambtenaren, B1–B3 for bestuurders. Unique across the site. */
    code: ModuleCodeSchema,
    /** Title shown in routes, headings and the browser tab. */
    title: nonEmpty('titel'),
    /** The route the module belongs to. Must match the letter of `code` (A = ambtenaar, B = bestuurder). */
    audience: AudienceSchema,
    /** The programme's learning question, quoted verbatim from content/programma/leervragen.yaml. */
    learningQuestion: nonEmpty('leervraag'),
    /** One or two sentences on what the module gives the learner. */
    summary: nonEmpty('samenvatting'),
    /** Learning objectives, each starting "U kunt …". */
    objectives: z.array(nonEmpty('leerdoel')).min(1, 'noem minstens één leerdoel'),
    /** Estimated self-study time in minutes. */
    duration: z.number({ error: 'duur in minuten ontbreekt' }).int().min(5).max(240),
    /** Position within the audience's route, starting at 1. */
    order: z.number({ error: 'volgorde ontbreekt' }).int().min(1),
    /** Sources used, rendered under "Bronnen". */
    sources: z.array(SourceSchema).min(1, 'noem minstens één bron'),
  })
  .superRefine((module, ctx) => {
    const expected = module.code.startsWith('A') ? 'ambtenaar' : 'bestuurder';
    if (module.audience !== expected) {
      ctx.addIssue({
        code: 'custom',
        path: ['audience'],
        message: `code ${module.code} hoort bij doelgroep "${expected}", niet bij "${module.audience}"`,
      });
    }
  });

export type ModuleData = z.output<typeof ModuleSchema>;
