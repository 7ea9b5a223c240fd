import { z } from 'astro/zod';
import { ContentError, describeIssues } from '../schemas/friendly-errors';

// A build for a learning management system (LMS) is an ordinary site build with these environment
// variables set; scripts/package-lms.mjs sets them. Without LMS_FORMAT the site builds as itself.

export const LMS_FORMATS = ['scorm12', 'scorm2004', 'cmi5'] as const;
export type LmsFormat = (typeof LMS_FORMATS)[number];

/** What every page of an LMS package tells the runtime bridge, in <meta name="jt-lms">. */
export interface LmsBuild {
  format: LmsFormat;
  /** The course's identifier: an IRI, as cmi5 needs one. */
  courseId: string;
  /** The module folders in the package, e.g. "01-burgerkracht-en-loslaten", in course order. */
  moduleIds: string[];
  /** The share of knowledge-check questions a learner needs right to pass, 0 to 1. */
  masteryScore: number;
}

const LmsEnvSchema = z.object({
  LMS_FORMAT: z.enum(LMS_FORMATS, { error: `kies ${LMS_FORMATS.join(', ')}` }),
  LMS_COURSE_ID: z.string({ error: 'ontbreekt' }).trim().min(1, 'is leeg'),
  LMS_MODULES: z
    .string({ error: 'ontbreekt' })
    .transform((value) =>
      value
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(z.string().regex(/^\d{2}-[a-z0-9-]+$/, 'noem modulemappen, zoals 01-burgerkracht-en-loslaten'))
        .min(1, 'noem minstens één module'),
    ),
  LMS_MASTERY: z.coerce
    .number({ error: 'schrijf een getal tussen 0 en 1, zoals 0.7' })
    .min(0, 'is kleiner dan 0')
    .max(1, 'is groter dan 1')
    .optional(),
});

/** Whether this build is for an LMS package (then the site-wide search and menu stay out). */
export function isLmsBuild(env: Record<string, string | undefined> = process.env): boolean {
  return Boolean(env['LMS_FORMAT']?.trim());
}

/**
 * The LMS settings of this build, or undefined for the normal site. `defaultMastery` is the
 * municipality's setting (gemeente.config.yaml, lms.slaaggrens); LMS_MASTERY overrides it.
 * A wrong variable stops the build with the variable named.
 */
export function lmsBuild(env: Record<string, string | undefined>, defaultMastery: number): LmsBuild | undefined {
  if (!isLmsBuild(env)) return undefined;
  const input = Object.fromEntries(Object.entries(env).filter(([key, value]) => key.startsWith('LMS_') && value?.trim() !== ''));
  const result = LmsEnvSchema.safeParse(input);
  if (!result.success) throw new ContentError('de omgevingsvariabelen van de LMS-bouw', describeIssues(result.error.issues, input));
  const { LMS_FORMAT, LMS_COURSE_ID, LMS_MODULES, LMS_MASTERY } = result.data;
  return { format: LMS_FORMAT, courseId: LMS_COURSE_ID, moduleIds: LMS_MODULES, masteryScore: LMS_MASTERY ?? defaultMastery };
}
