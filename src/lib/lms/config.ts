/** The three package formats `npm run package:lms` builds. */
export type LmsFormat = 'scorm12' | 'scorm2004' | 'cmi5';

/** What a package tells its pages: which standard, which course, which modules, and the mastery score. */
export interface LmsConfig {
  format: LmsFormat;
  /** The course (package) id; an IRI in practice, as cmi5 needs one. */
  courseId: string;
  /** The module folder ids in this package: one for a module package, all of a route for a route package. */
  moduleIds: string[];
  /** The share of knowledge-check questions to answer right to pass, 0..1. */
  masteryScore: number;
}

/** The mastery score when the package names none: 70 %. */
export const DEFAULT_MASTERY_SCORE = 0.7;

const FORMATS: readonly LmsFormat[] = ['scorm12', 'scorm2004', 'cmi5'];
const ID = /^[\p{L}\p{N}][\p{L}\p{N}:._-]{0,199}$/u;

/**
 * Reads the package settings from the JSON of `<meta name="jt-lms">` (the
 * packager writes it; see scripts/package-lms.mjs). Returns null when they are missing or
 * wrong, so a broken package runs as the normal site instead of half an LMS.
 */
export function parseLmsConfig(input: unknown): LmsConfig | null {
  if (typeof input !== 'object' || input === null) return null;
  const { format, courseId, moduleIds, masteryScore } = input as Record<string, unknown>;
  if (!FORMATS.includes(format as LmsFormat)) return null;
  if (typeof courseId !== 'string' || courseId.trim() === '' || courseId.length > 2000) return null;
  if (!Array.isArray(moduleIds) || moduleIds.length === 0 || !moduleIds.every((id) => typeof id === 'string' && ID.test(id))) return null;
  const mastery = masteryScore === undefined || masteryScore === null || masteryScore === '' ? DEFAULT_MASTERY_SCORE : Number(masteryScore);
  if (!Number.isFinite(mastery) || mastery < 0 || mastery > 1) return null;
  return { format: format as LmsFormat, courseId, moduleIds: [...new Set(moduleIds as string[])], masteryScore: mastery };
}
