import { formatDate, sameDay } from '../text/dates';
import { countOf, formatNumber } from '../text/plural';
import type { ProgressState } from './progress-schema';
import { own, time } from './state';

/** Titles the leerlogboek shows instead of ids. */
export interface LogbookTitles {
  /** Module titles by module id, in the order the logbook shows them. */
  modules: Readonly<Record<string, string>>;
  /** Scenarios by id: their title, their module and the titles of their endings by node id. */
  scenarios?: Readonly<Record<string, { title: string; moduleId: string; endings?: Readonly<Record<string, string>> }>>;
  /** Worksheet types by kind id: their name and the labels of their fields by field id (see `worksheetFieldLabel`). */
  worksheets?: Readonly<Record<string, { title: string; fields?: Readonly<Record<string, string>> }>>;
}

/**
 * The label of a worksheet field: its own label, or for a field of a repeated
 * group ("bezwaar.2.regel") the label of the group field ("bezwaar.regel")
 * with the number after it; the id itself when no label is known.
 */
export function worksheetFieldLabel(fields: Readonly<Record<string, string>>, fieldId: string): string {
  const label = own(fields, fieldId);
  if (label !== undefined) return label;
  const repeated = /^(.+)\.(\d+)\.(.+)$/.exec(fieldId);
  const groupLabel = repeated ? own(fields, `${repeated[1]}.${repeated[3]}`) : undefined;
  return repeated && groupLabel !== undefined ? `${groupLabel} ${repeated[2]}` : fieldId;
}

// Field ids in reading order: "bezwaar.2.regel" before "bezwaar.10.regel".
const byFieldId = new Intl.Collator('nl', { numeric: true }).compare;

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
}

/**
 * A readable leerlogboek in Markdown, grouped by module: what the learner
 * read, answered and played, and every reflection with its dates; then every
 * worksheet with its filled fields. Learner text is escaped and quoted, so it
 * stays text.
 */
export function exportMarkdown(state: ProgressState, titles: LogbookTitles, options: MarkdownOptions = {}): string {
  const date = formatDate;
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
      lines.push(`- Gelezen: ${countOf(readAt.length, 'onderdeel', 'onderdelen')} (laatst op ${date(last)}).`);
    }
    const answers = Object.values(own(state.checks, moduleId) ?? {});
    if (answers.length > 0) {
      const right = answers.filter((a) => a.correct).length;
      lines.push(`- Kennischeck: ${countOf(answers.length, 'vraag', 'vragen')} beantwoord, ${formatNumber(right)} goed.`);
    }
    for (const [scenarioId, run] of Object.entries(state.scenarios)) {
      const info = own(scenarioInfo, scenarioId);
      if ((info?.moduleId ?? '') !== moduleId) continue;
      const name = escapeMarkdownInline(info?.title ?? scenarioId);
      if (run.outcomeNodeId === null) {
        lines.push(`- Scenario „${name}”: nog bezig (laatst gespeeld op ${date(run.updatedAt)}).`);
      } else {
        const ending = own(info?.endings ?? {}, run.outcomeNodeId);
        lines.push(
          `- Scenario „${name}”: afgerond op ${date(run.updatedAt)}${ending ? `. Uw einde: „${escapeMarkdownInline(ending)}”` : ''}.`,
        );
      }
    }
    const reflections = written
      .filter((r) => r.moduleId === moduleId)
      .sort((p, q) => time(p.created) - time(q.created) || (p.id < q.id ? -1 : 1));
    if (reflections.length > 0) {
      lines.push('', '### Reflecties');
      for (const reflection of reflections) {
        const heading = reflection.prompt.trim() === '' ? 'Reflectie zonder vraag' : escapeMarkdownInline(reflection.prompt);
        const dates = sameDay(reflection.updated, reflection.created)
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

  // After the modules: worksheets belong to no module, and they hold the learner's own text.
  const worksheets = Object.values(state.worksheets)
    .filter((w) => Object.values(w.values).some((v) => v.trim() !== ''))
    .sort((p, q) => time(p.created) - time(q.created) || (p.id < q.id ? -1 : 1));
  if (worksheets.length > 0) {
    anything = true;
    out.push('', '## Werkbladen');
    for (const worksheet of worksheets) {
      const kind = own(titles.worksheets ?? {}, worksheet.kind);
      const kindName = escapeMarkdownInline(kind?.title ?? worksheet.kind);
      const heading = worksheet.title.trim() === '' ? kindName : escapeMarkdownInline(worksheet.title);
      const dates = sameDay(worksheet.updated, worksheet.created)
        ? `Ingevuld op ${date(worksheet.created)}.`
        : `Ingevuld op ${date(worksheet.created)}, bijgewerkt op ${date(worksheet.updated)}.`;
      out.push('', `### ${heading}`, '', `Werkblad: ${kindName}. ${dates}`);
      const filled = Object.entries(worksheet.values)
        .filter(([, value]) => value.trim() !== '')
        .sort(([p], [q]) => byFieldId(p, q));
      for (const [fieldId, value] of filled) {
        out.push('', `#### ${escapeMarkdownInline(worksheetFieldLabel(kind?.fields ?? {}, fieldId))}`, '', quote(value));
      }
    }
  }

  if (!anything) out.push('', 'U heeft nog niets opgeslagen.');
  return `${out.join('\n')}\n`;
}
