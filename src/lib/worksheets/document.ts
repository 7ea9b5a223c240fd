import type { WorksheetDefinition, WorksheetField } from '../schemas/worksheet';
import { advise, aidAnswers, type DecisionAidData } from './decision-aid';
import { fillTemplate, templateFields } from './template';
import { entryTitle, fieldKey, isRepeated, itemNumbers, type WorksheetValues } from './values';

/** One piece of a worksheet document. Every renderer (screen and print, Word, Markdown) knows these five. */
export type DocBlock =
  | { kind: 'subheading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'answer'; label: string; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; header: string[]; rows: string[][] };

/** A filled-in worksheet as a document: built once, then rendered as print, .docx or Markdown. */
export interface WorksheetDocument {
  /** The worksheet, e.g. "Ja-tenzij-toets voor een echt initiatief". */
  title: string;
  /** The learner's name for this copy, e.g. the initiative. */
  name: string;
  /** "Bijgewerkt op …", already in words. */
  dateLine: string;
  sections: { heading: string; blocks: DocBlock[] }[];
}

/** A decision aid with its title and introduction, as the page and the document show it. */
export type DocumentAid = DecisionAidData & { title: string; intro: string };

/** An answer as a reader sees it: the label of a choice, "3 van 5" on a scale, the text otherwise. */
export function answerText(field: WorksheetField, value: string | undefined): string {
  const text = value?.trim() ?? '';
  if (!text) return '';
  if (field.type === 'choice') return field.options?.find((o) => o.value === text)?.label ?? '';
  if (field.type === 'scale') return /^[1-5]$/.test(text) ? `${text} van 5` : '';
  return text;
}

function fieldsById(definition: WorksheetDefinition): Map<string, WorksheetField> {
  return new Map(definition.parts.flatMap((part) => part.fields.map((field) => [fieldKey(part.id, field.id), field] as const)));
}

function resultBlocks(definition: WorksheetDefinition, values: WorksheetValues): DocBlock[] {
  const fields = fieldsById(definition);
  const top = (name: string) => {
    const field = fields.get(name);
    return field ? answerText(field, values[name]) : undefined;
  };
  const blocks: DocBlock[] = [];
  for (const paragraph of definition.result.paragraphs) {
    if (paragraph.when && !paragraph.when.is.includes(values[paragraph.when.field] ?? '')) continue;
    const part = paragraph.each ? definition.parts.find((p) => p.id === paragraph.each) : undefined;
    if (part) {
      for (const item of itemNumbers(values, part.id)) {
        const text = fillTemplate(paragraph.text, (name) => {
          const field = part.fields.find((f) => f.id === name);
          return field ? answerText(field, values[fieldKey(part.id, field.id, item)]) : top(name);
        });
        if (text) blocks.push({ kind: 'paragraph', text });
      }
    } else {
      const text = fillTemplate(paragraph.text, top);
      if (text) blocks.push({ kind: 'paragraph', text });
    }
  }
  const comparison = definition.result.comparison;
  if (comparison) blocks.push(...comparisonBlocks(comparison, values));
  return blocks;
}

const score = (value: string | undefined) => (value && /^[1-5]$/.test(value) ? Number(value) : null);

/** The before/after table and one sentence each on what grew, stayed and dropped. */
export function comparisonBlocks(
  comparison: NonNullable<WorksheetDefinition['result']['comparison']>,
  values: WorksheetValues,
): DocBlock[] {
  const rows = comparison.rows.map((row) => ({ label: row.label, before: score(values[row.before]), after: score(values[row.after]) }));
  const table: DocBlock = {
    kind: 'table',
    header: ['Vaardigheid', 'Vooraf', 'Achteraf', 'Verschil'],
    rows: rows.map((r) => [
      r.label,
      r.before === null ? '–' : String(r.before),
      r.after === null ? '–' : String(r.after),
      r.before === null || r.after === null ? '–' : r.after > r.before ? `+${r.after - r.before}` : String(r.after - r.before),
    ]),
  };
  const both = rows.filter((r) => r.before !== null && r.after !== null) as { label: string; before: number; after: number }[];
  const names = (list: { label: string }[]) => list.map((r) => r.label.toLowerCase()).join(', ');
  const grew = both.filter((r) => r.after > r.before);
  const same = both.filter((r) => r.after === r.before);
  const dropped = both.filter((r) => r.after < r.before);
  const sentences: string[] = [];
  if (both.length === 0) sentences.push('Vul de scores vooraf en achteraf in. Dan ziet u hier wat er veranderde.');
  else {
    if (grew.length) sentences.push(`Gegroeid: ${names(grew)}.`);
    if (same.length) sentences.push(`Gelijk gebleven: ${names(same)}.`);
    if (dropped.length)
      sentences.push(`Lager dan vooraf: ${names(dropped)}. Dat kan ook betekenen dat u nu scherper ziet wat deze vaardigheid vraagt.`);
    if (both.length < rows.length)
      sentences.push(`Nog niet vergeleken: ${names(rows.filter((r) => r.before === null || r.after === null))}.`);
  }
  return [{ kind: 'subheading', text: comparison.heading }, table, { kind: 'paragraph', text: sentences.join(' ') }];
}

function aidBlocks(aid: DocumentAid, values: WorksheetValues): DocBlock[] | null {
  const answers = aidAnswers(values);
  const advice = advise(aid, answers);
  if (!advice) return null;
  const blocks: DocBlock[] = [];
  if (advice.kind === 'none') {
    blocks.push({ kind: 'subheading', text: 'Advies: participatie is hier niet het goede middel' });
    blocks.push({ kind: 'paragraph', text: advice.because });
    if (advice.instead) blocks.push({ kind: 'paragraph', text: advice.instead });
  } else {
    blocks.push({ kind: 'subheading', text: `Advies: de trede ${advice.rung.label.toLowerCase()}` });
    blocks.push({ kind: 'paragraph', text: `${advice.rung.label}: ${advice.rung.meaning} ${advice.because}` });
    blocks.push({
      kind: 'list',
      items: advice.methods.map((m) => `${m.name}. Tijd: ${m.time} Kosten: ${m.cost} Valkuil: ${m.pitfall}`),
    });
  }
  if (advice.notes.length) blocks.push({ kind: 'list', items: advice.notes.map((note) => `Let op: ${note}`) });
  return blocks;
}

/** The field ids ("part.field", also in a repeated part) that the result paragraphs already show. */
function usedInResult(definition: WorksheetDefinition): Set<string> {
  return new Set(
    definition.result.paragraphs.flatMap((p) => [
      ...templateFields(p.text).map((name) => (p.each ? `${p.each}.${name}` : name)),
      // The choice a paragraph depends on shows in which paragraph the result holds.
      ...(p.when ? [p.when.field] : []),
    ]),
  );
}

function answerBlocks(definition: WorksheetDefinition, values: WorksheetValues): { heading: string; blocks: DocBlock[] }[] {
  const used = usedInResult(definition);
  return definition.parts.flatMap((part) => {
    const blocks: DocBlock[] = [];
    const items = isRepeated(part) ? itemNumbers(values, part.id) : [undefined];
    items.forEach((item, index) => {
      const answers: DocBlock[] = part.fields.flatMap((field) => {
        if (used.has(fieldKey(part.id, field.id))) return [];
        const text = answerText(field, values[fieldKey(part.id, field.id, item)]);
        return text ? [{ kind: 'answer' as const, label: field.label, text }] : [];
      });
      if (answers.length === 0) return;
      if (item !== undefined) {
        // The item's first answer names it, also when the result shows that answer already.
        const first = answerText(part.fields[0]!, values[fieldKey(part.id, part.fields[0]!.id, item)]);
        blocks.push({ kind: 'subheading', text: `${part.repeat!.item} ${index + 1}${first ? `: ${first}` : ''}` });
      }
      blocks.push(...answers);
    });
    return blocks.length ? [{ heading: part.heading, blocks }] : [];
  });
}

/**
 * The document of a filled-in worksheet: its result first (the letter, the plan, the statement, the
 * comparison), then the decision aid's advice when there is one, then the answers the result does not
 * already show, so the whole fits on one A4 where it can. Empty answers and empty parts are left out. Pure, so the three renderers can never disagree.
 */
export function buildDocument(
  definition: WorksheetDefinition,
  values: WorksheetValues,
  options: { dateLine: string; aid?: DocumentAid | null },
): WorksheetDocument {
  const sections: WorksheetDocument['sections'] = [];
  const result = resultBlocks(definition, values);
  if (result.length) sections.push({ heading: definition.result.heading, blocks: result });
  const aid = options.aid ? aidBlocks(options.aid, values) : null;
  if (options.aid && aid) sections.push({ heading: options.aid.title, blocks: aid });
  sections.push(...answerBlocks(definition, values));
  return { title: definition.title, name: entryTitle(definition, values), dateLine: options.dateLine, sections };
}
