import { describeImportProblem } from '../text/data-problems';
import { countOf, plural } from '../text/plural';
import { EXPORT_APP, exportableData } from './export';
import { previewImport, type ImportPreview } from './import-merge';
import { dataVersion, isDataObject, migrate } from './migrations';
import { PROGRESS_VERSION, TimestampSchema, emptyProgressState, type ProgressState } from './progress-schema';
import { walkProgressData } from './stored-data';

/** The largest import file accepted: 2 MB. The UI can check `file.size` against it before reading the file. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

/** At most this many problems are listed for a refused import. */
const MAX_PROBLEMS = 20;

/** The outcome of `parseImport`. A refused file never changes anything. */
export type ImportResult =
  | { ok: true; data: ProgressState; preview: ImportPreview }
  | {
      ok: false;
      /** What is wrong, in Dutch; the first problem, and how many more there are. */
      message: string;
      /** All problems found (at most 20), in Dutch. */
      problems: string[];
    };

/** The length of `text` in UTF-8 bytes, counted without copying the text. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** The Dutch message when a file of `bytes` is too large, or null when it fits. */
export function checkImportSize(bytes: number): string | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  const megabytes = Math.ceil((bytes / (1024 * 1024)) * 10) / 10;
  const shown = megabytes.toLocaleString('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return `Het bestand is te groot (${shown} MB). Het mag hoogstens 2 MB zijn.`;
}

const refuse = (problems: readonly string[], total: number = problems.length): ImportResult => {
  const more = total - 1;
  const tail = more <= 0 ? '' : ` Er ${plural(more, 'is', 'zijn')} nog ${countOf(more, 'andere fout', 'andere fouten')}.`;
  return { ok: false, message: `${problems[0] ?? 'Dit bestand kunnen wij niet lezen.'}${tail}`, problems: [...problems] };
};

/**
 * Checks an import file step by step (size, JSON, envelope, version, every
 * field) and says in Dutch what is wrong, or returns the data with a preview
 * of what the import would change in `current`. Never throws and never changes
 * `current`. The data holds no deletions: an import only adds and updates.
 */
export function parseImport(text: unknown, current: ProgressState = emptyProgressState(), options: { now?: Date } = {}): ImportResult {
  if (typeof text !== 'string') return refuse(['Dit bestand kunnen wij niet lezen.']);
  const tooBig = checkImportSize(text.length > MAX_IMPORT_BYTES ? text.length : utf8Length(text));
  if (tooBig) return refuse([tooBig]);
  if (text.trim() === '') return refuse(['Het bestand is leeg.']);

  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return refuse(['Dit bestand is beschadigd of niet helemaal gedownload. Wij kunnen het niet lezen.']);
  }
  if (!isDataObject(parsed) || parsed['app'] !== EXPORT_APP) return refuse(['Dit bestand is geen export van Ja, tenzij.']);
  const version = dataVersion(parsed);
  if (version === null || !Object.hasOwn(parsed, 'version')) return refuse(['Het versienummer in het bestand ontbreekt of klopt niet.']);
  if (version > PROGRESS_VERSION)
    return refuse(['Dit bestand komt van een nieuwere versie van Ja, tenzij. Deze versie kan het niet lezen.']);
  const exportedAt = TimestampSchema.safeParse(parsed['exportedAt']);
  if (!exportedAt.success) return refuse(['De exportdatum in het bestand ontbreekt of klopt niet.']);
  const data = parsed['data'];
  if (!isDataObject(data)) return refuse(['Het bestand bevat geen gegevens.']);

  const migrated = migrate(data, { now: (options.now ?? new Date()).toISOString() }, version);
  if (!migrated.ok) return refuse(['De gegevens in het bestand hebben een vorm die wij niet kennen.']);
  const problems: string[] = [];
  let problemCount = 0;
  // Deletions and the moment of wiping are not imported, so they are not checked either.
  const { deletedReflections: _deleted, clearedAt: _cleared, ...content } = migrated.data;
  const state = walkProgressData({ ...content, version: PROGRESS_VERSION }, (problem) => {
    problemCount++;
    if (problems.length < MAX_PROBLEMS) problems.push(describeImportProblem(problem));
  });
  if (problemCount > 0) return refuse(problems, problemCount);
  if (!state) return refuse(['De gegevens in het bestand hebben een vorm die wij niet kennen.']);
  const imported = exportableData(state);
  return { ok: true, data: imported, preview: previewImport(current, imported, exportedAt.data) };
}
