import { TIME_ZONE, formatDate, formatNumber } from './messages';
import { canonicalJson, mergeStates, newer } from './merge-states';
import { dataVersion, isDataObject, migrate } from './migrations';
import { PROGRESS_VERSION, TimestampSchema, emptyProgressState, own, time, type ProgressState, type Reflection } from './progress-schema';
import { walkProgressData, type DataArea, type DataProblem } from './stored-data';

/** The `app` field of every export file. */
export const EXPORT_APP = 'ja-tenzij';

/** The largest import file accepted: 2 MB. The UI can check `file.size` against it before reading the file. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

/** At most this many problems are listed for a refused import. */
const MAX_PROBLEMS = 20;

/** The envelope of an export file. */
export interface ExportEnvelope {
  /** Always "ja-tenzij". */
  app: typeof EXPORT_APP;
  /** The data version (see `migrations.ts`). */
  version: number;
  /** When the file was made (ISO 8601). */
  exportedAt: string;
  /** The learner data. */
  data: ProgressState;
}

/** A date as YYYY-MM-DD in the Dutch time zone, for file names. */
function fileDay(date: Date): string {
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: TIME_ZONE }).format(date);
}

/** The file name for an export, e.g. "ja-tenzij-leerlogboek-2026-11-30.json". */
export function exportFileName(format: 'json' | 'md', date: Date = new Date()): string {
  return `ja-tenzij-leerlogboek-${fileDay(date)}.${format}`;
}

/** The file name for a download of unreadable stored data, e.g. "ja-tenzij-onleesbare-gegevens-2026-11-30.txt". */
export function recoveryFileName(date: Date = new Date()): string {
  return `ja-tenzij-onleesbare-gegevens-${fileDay(date)}.txt`;
}

/**
 * The data as it goes into an export: everything the learner made, without
 * the bookkeeping that only matters between tabs (deleted reflections, the
 * moment of "alles wissen").
 */
export function exportableData(state: ProgressState): ProgressState {
  return { ...state, deletedReflections: {}, clearedAt: null };
}

/** The export file as pretty-printed JSON, in an envelope that says what it is. */
export function exportJson(state: ProgressState, exportedAt: Date = new Date()): string {
  const envelope: ExportEnvelope = { app: EXPORT_APP, version: PROGRESS_VERSION, exportedAt: exportedAt.toISOString(), data: exportableData(state) };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

/** Titles the leerlogboek shows instead of ids. */
export interface LogbookTitles {
  /** Module titles by module id, in the order the logbook shows them. */
  modules: Readonly<Record<string, string>>;
  /** Scenarios by id: their title, their module and the titles of their endings by node id. */
  scenarios?: Readonly<Record<string, { title: string; moduleId: string; endings?: Readonly<Record<string, string>> }>>;
}

// Control characters (except tab and newline) and bidirectional overrides
// could hide or reorder text in a viewer.
const INVISIBLE = /[\u0000-\u0008\u000B-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g;

/**
 * One line of learner text, made safe for Markdown: every character that can
 * start a structure (emphasis, link, image, code, HTML, table, heading,
 * quote, list, entity) is escaped with a backslash, and leading spaces are
 * dropped so the line cannot become a code block. The result reads as the same
 * text in any Markdown viewer.
 */
export function escapeMarkdownLine(line: string): string {
  return line
    .replace(INVISIBLE, '')
    .trim()
    .replace(/[\\`*_[\]<>#|~&!{}$]/g, '\\$&')
    .replace(/^([-+=:])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Text for one line, such as a title or a prompt: line breaks become spaces. */
export function escapeMarkdownInline(text: string): string {
  return escapeMarkdownLine(text.replace(/\s+/g, ' '));
}

/** Learner text as a Markdown block quote: paragraphs kept, line breaks kept, nothing interpreted. */
function quote(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map(escapeMarkdownLine);
  return lines
    .map((line, i) => {
      if (line === '') return '>';
      // A backslash at the end of a line is a hard line break: the learner's own line breaks stay.
      const next = lines[i + 1];
      return next !== undefined && next !== '' ? `> ${line}\\` : `> ${line}`;
    })
    .join('\n')
    .replace(/^(?:>\n)+/, '')
    .replace(/(?:\n>)+$/, '');
}

/** Options of `exportMarkdown`. */
export interface MarkdownOptions {
  /** The date printed at the top; default now. */
  exportedAt?: Date;
  /** The time zone for dates; default Europe/Amsterdam. */
  timeZone?: string;
}

/**
 * A readable leerlogboek in Markdown, grouped by module: what the learner
 * read, answered and played, and every reflection with its dates. Learner text
 * is escaped and quoted, so it stays text.
 */
export function exportMarkdown(state: ProgressState, titles: LogbookTitles, options: MarkdownOptions = {}): string {
  const zone = options.timeZone ?? TIME_ZONE;
  const date = (timestamp: string) => formatDate(timestamp, zone);
  const scenarioInfo = titles.scenarios ?? {};
  const written = Object.values(state.reflections).filter((r) => r.text.trim() !== '');

  // Modules the titles do not know come after the known ones, so no data is left out of the logbook;
  // '' ("Overig") collects scenarios whose module is unknown.
  const moduleIds = [
    ...Object.keys(titles.modules),
    ...[...Object.keys(state.sections), ...Object.keys(state.checks), ...written.map((r) => r.moduleId)].sort(),
    ...Object.keys(state.scenarios).map((id) => own(scenarioInfo, id)?.moduleId ?? ''),
    '',
  ].filter((id, i, all) => all.indexOf(id) === i);

  const out: string[] = ['# Mijn leerlogboek', '', `Ja, tenzij. Gemaakt op ${date((options.exportedAt ?? new Date()).toISOString())}.`];
  let anything = false;

  for (const moduleId of moduleIds) {
    const lines: string[] = [];
    const readAt = Object.values(own(state.sections, moduleId) ?? {});
    if (readAt.length > 0) {
      const last = readAt.reduce((p, q) => (time(q) > time(p) ? q : p));
      lines.push(`- Gelezen: ${readAt.length === 1 ? '1 onderdeel' : `${formatNumber(readAt.length)} onderdelen`} (laatst op ${date(last)}).`);
    }
    const answers = Object.values(own(state.checks, moduleId) ?? {});
    if (answers.length > 0) {
      const right = answers.filter((a) => a.correct).length;
      lines.push(`- Kennischeck: ${formatNumber(answers.length)} ${answers.length === 1 ? 'vraag' : 'vragen'} beantwoord, ${formatNumber(right)} goed.`);
    }
    for (const [scenarioId, run] of Object.entries(state.scenarios)) {
      const info = own(scenarioInfo, scenarioId);
      if ((info?.moduleId ?? '') !== moduleId) continue;
      const name = escapeMarkdownInline(info?.title ?? scenarioId);
      if (run.outcomeNodeId === null) {
        lines.push(`- Scenario „${name}”: nog bezig (laatst gespeeld op ${date(run.updatedAt)}).`);
      } else {
        const ending = own(info?.endings ?? {}, run.outcomeNodeId);
        lines.push(`- Scenario „${name}”: afgerond op ${date(run.updatedAt)}${ending ? `. Uw einde: „${escapeMarkdownInline(ending)}”` : ''}.`);
      }
    }
    const reflections = written.filter((r) => r.moduleId === moduleId).sort((p, q) => time(p.created) - time(q.created) || (p.id < q.id ? -1 : 1));
    if (reflections.length > 0) {
      lines.push('', '### Reflecties');
      for (const reflection of reflections) {
        const heading = reflection.prompt.trim() === '' ? 'Reflectie zonder vraag' : escapeMarkdownInline(reflection.prompt);
        const dates =
          reflection.updated === reflection.created || date(reflection.updated) === date(reflection.created)
            ? `Geschreven op ${date(reflection.created)}.`
            : `Geschreven op ${date(reflection.created)}, bijgewerkt op ${date(reflection.updated)}.`;
        lines.push('', `#### ${heading}`, '', dates, '', quote(reflection.text));
      }
    }
    if (lines.length === 0) continue;
    anything = true;
    const title = moduleId === '' ? 'Overig' : (own(titles.modules, moduleId) ?? `Module ${moduleId}`);
    out.push('', `## ${escapeMarkdownInline(title)}`, '', ...(lines[0] === '' ? lines.slice(1) : lines));
  }

  if (!anything) out.push('', 'U heeft nog niets opgeslagen.');
  return `${out.join('\n')}\n`;
}

/** What an import would change, for the learner to confirm. */
export interface ImportPreview {
  /** When the file was made. */
  exportedAt: string;
  /** Reflections: new here, newer in the file, the same, or older in the file (those are ignored). */
  reflections: {
    added: ReflectionSummary[];
    updated: ReflectionSummary[];
    unchanged: ReflectionSummary[];
    ignored: ReflectionSummary[];
  };
  /** Scenario runs, counted the same way. */
  scenarioRuns: ChangeCounts;
  /** Knowledge-check answers, counted the same way. */
  checkAnswers: ChangeCounts;
  /** Sections read: how many are new. */
  sectionsRead: { added: number; unchanged: number };
}

/** How many entries an import adds, updates, leaves alone or ignores as older. */
export interface ChangeCounts {
  added: number;
  updated: number;
  unchanged: number;
  ignored: number;
}

/** A reflection in an import preview. */
export interface ReflectionSummary {
  id: string;
  moduleId: string;
  prompt: string;
  /** When it was last changed, in the file. */
  updated: string;
}

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
  const tail = more <= 0 ? '' : more === 1 ? ' Er is nog 1 andere fout.' : ` Er zijn nog ${formatNumber(more)} andere fouten.`;
  return { ok: false, message: `${problems[0] ?? 'Dit bestand kunnen wij niet lezen.'}${tail}`, problems: [...problems] };
};

const LABELS: Readonly<Record<DataArea, [whole: string, one: string]>> = {
  sections: ['De gelezen onderdelen', 'Leesvoortgang'],
  checks: ['De kennischecks', 'Kennischeck'],
  scenarios: ['De scenario’s', 'Scenario'],
  reflections: ['De reflecties', 'Reflectie'],
  deletedReflections: ['De verwijderde reflecties', 'Verwijderde reflectie'],
  lastPlace: ['De laatst bezochte pagina', 'De laatst bezochte pagina'],
  lastExportAt: ['De datum van de laatste export', 'De datum van de laatste export'],
  clearedAt: ['De datum van wissen', 'De datum van wissen'],
};

const FIELD_NAMES: Readonly<Record<string, string>> = {
  id: 'de id',
  moduleId: 'de module',
  prompt: 'de vraag',
  text: 'de tekst',
  created: 'de datum van schrijven',
  updated: 'de datum van de laatste wijziging',
  updatedAt: 'de datum van de laatste wijziging',
  optionId: 'het gekozen antwoord',
  correct: 'de uitslag (goed of fout)',
  answeredAt: 'de datum van het antwoord',
  choices: 'de keuzes',
  currentNodeId: 'de huidige stap',
  outcomeNodeId: 'het einde',
  meters: 'de meters',
  startedAt: 'de startdatum',
  url: 'het adres',
  title: 'de titel',
  at: 'de datum',
};

const PLURAL_FIELDS: ReadonlySet<string> = new Set(['choices', 'meters']);

/** A Dutch sentence for one problem in an import file, e.g. "Reflectie 3 mist de tekst." */
export function describeImportProblem(problem: DataProblem): string {
  const [whole, one] = LABELS[problem.area];
  if (problem.position === 0 && problem.problem === 'not-an-object' && problem.area !== 'lastPlace') return `${whole} in het bestand hebben de verkeerde vorm.`;
  const label =
    problem.itemPosition !== null
      ? problem.area === 'sections'
        ? `Onderdeel ${problem.itemPosition} van leesvoortgang ${problem.position}`
        : `Antwoord ${problem.itemPosition} van kennischeck ${problem.position}`
      : problem.position === 0
        ? one
        : `${one} ${problem.position}`;
  const field = problem.field === null ? null : (own(FIELD_NAMES, problem.field) ?? 'een veld');
  const plural = problem.field !== null && PLURAL_FIELDS.has(problem.field);
  switch (problem.problem) {
    case 'bad-key':
      return `${label} heeft een naam die niet klopt.`;
    case 'id-mismatch':
      return `${label} heeft een id die niet past bij de naam.`;
    case 'not-an-object':
      return `${label} heeft de verkeerde vorm.`;
    case 'missing':
      return `${label} mist ${field ?? 'een veld'}.`;
    case 'too-long':
      return `${label}: ${field ?? 'de waarde'} ${plural ? 'zijn' : 'is'} te lang.`;
    case 'invalid':
      return field === null ? `${label} klopt niet.` : `${label}: ${field} ${plural ? 'kloppen' : 'klopt'} niet.`;
  }
}

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
  if (version > PROGRESS_VERSION) return refuse(['Dit bestand komt van een nieuwere versie van Ja, tenzij. Deze versie kan het niet lezen.']);
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

type Verdict = 'added' | 'updated' | 'unchanged' | 'ignored';

function verdict<T>(current: T | undefined, incoming: T, at: (entry: T) => string, same: (p: T, q: T) => boolean): Verdict {
  if (current === undefined) return 'added';
  if (same(current, incoming)) return 'unchanged';
  return newer(current, incoming, at) === incoming ? 'updated' : 'ignored';
}

const counts = (verdicts: Verdict[]): ChangeCounts => ({
  added: verdicts.filter((v) => v === 'added').length,
  updated: verdicts.filter((v) => v === 'updated').length,
  unchanged: verdicts.filter((v) => v === 'unchanged').length,
  ignored: verdicts.filter((v) => v === 'ignored').length,
});

/** What importing `imported` into `current` would do, entry by entry; the same rule as `applyImport`. */
export function previewImport(current: ProgressState, imported: ProgressState, exportedAt: string): ImportPreview {
  const reflections: ImportPreview['reflections'] = { added: [], updated: [], unchanged: [], ignored: [] };
  for (const reflection of Object.values(imported.reflections)) {
    const summary: ReflectionSummary = { id: reflection.id, moduleId: reflection.moduleId, prompt: reflection.prompt, updated: reflection.updated };
    const sameText = (p: Reflection, q: Reflection) => p.text === q.text && p.prompt === q.prompt && p.moduleId === q.moduleId;
    reflections[verdict(own(current.reflections, reflection.id), reflection, (r) => r.updated, sameText)].push(summary);
  }
  const runs = Object.entries(imported.scenarios).map(([id, run]) =>
    verdict(
      own(current.scenarios, id),
      run,
      (r) => r.updatedAt,
      (p, q) => canonicalJson({ ...p, startedAt: '', updatedAt: '' }) === canonicalJson({ ...q, startedAt: '', updatedAt: '' }),
    ),
  );
  const answers = Object.entries(imported.checks).flatMap(([moduleId, byQuestion]) =>
    Object.entries(byQuestion).map(([questionId, answer]) =>
      verdict(
        own(own(current.checks, moduleId) ?? {}, questionId),
        answer,
        (a) => a.answeredAt,
        (p, q) => p.optionId === q.optionId && p.correct === q.correct,
      ),
    ),
  );
  let sectionsAdded = 0;
  let sectionsUnchanged = 0;
  for (const [moduleId, read] of Object.entries(imported.sections)) {
    const known = own(current.sections, moduleId) ?? {};
    for (const slug of Object.keys(read)) {
      if (own(known, slug) !== undefined) sectionsUnchanged++;
      else sectionsAdded++;
    }
  }
  return {
    exportedAt,
    reflections,
    scenarioRuns: counts(runs),
    checkAnswers: counts(answers),
    sectionsRead: { added: sectionsAdded, unchanged: sectionsUnchanged },
  };
}

/**
 * Merges imported data into the current data by id; the newer entry wins
 * (see `mergeStates`). An import only adds and updates: it deletes nothing,
 * and a reflection deleted here comes back if the file has it (the learner
 * chose to import it). Pure.
 */
export function applyImport(current: ProgressState, imported: ProgressState): ProgressState {
  const reflections = Object.fromEntries(
    Object.entries(imported.reflections).map(([id, reflection]): [string, Reflection] => {
      const deletedAt = own(current.deletedReflections, id);
      // Dated just after the deletion, so that tabs which still hold the deletion keep this reflection.
      const updated = deletedAt !== undefined && time(reflection.updated) < time(deletedAt) ? new Date(time(deletedAt) + 1).toISOString() : reflection.updated;
      return [id, { ...reflection, updated }];
    }),
  );
  // Same clearedAt as `current`: imported entries count as part of the current data, however old they are.
  return mergeStates(current, { ...imported, reflections, deletedReflections: {}, lastExportAt: null, clearedAt: current.clearedAt });
}
