import type { WorksheetDefinition, WorksheetPart } from '../schemas/worksheet';

/** The answers of one filled-in worksheet: field id -> text, as the learner store keeps them. */
export type WorksheetValues = Readonly<Record<string, string>>;

/** The stored id of a field: "part.field", or "part.n.field" for item n of a repeated part. */
export function fieldKey(partId: string, fieldId: string, item?: number): string {
  return item === undefined ? `${partId}.${fieldId}` : `${partId}.${item}.${fieldId}`;
}

/**
 * The item numbers of a repeated part, in order, read from the answers' ids ("bezwaar.2.regel"), so the
 * learner's data holds only answers. A new worksheet starts with one item.
 */
export function itemNumbers(values: WorksheetValues, partId: string): number[] {
  const prefix = `${partId}.`;
  const numbers = new Set<number>();
  for (const key of Object.keys(values)) {
    const match = key.startsWith(prefix) ? /^(\d+)\./.exec(key.slice(prefix.length)) : null;
    if (match) numbers.add(Number(match[1]));
  }
  return numbers.size ? [...numbers].filter((n) => n > 0).sort((a, b) => a - b) : [1];
}

/**
 * Adds an item to a repeated part; returns the new answers and the new item's number. Every item gets
 * its first answer (empty until filled in), so an item the learner added but left empty is kept too.
 */
export function addItem(
  values: WorksheetValues,
  part: Pick<WorksheetPart, 'id' | 'fields'>,
): { values: Record<string, string>; item: number } {
  const first = part.fields[0]!.id;
  const items = itemNumbers(values, part.id);
  const item = Math.max(0, ...items) + 1;
  const next: Record<string, string> = { ...values };
  for (const n of [...items, item]) next[fieldKey(part.id, first, n)] ??= '';
  return { values: next, item };
}

/** Removes item `item` of a repeated part with all its answers. */
export function removeItem(values: WorksheetValues, partId: string, item: number): Record<string, string> {
  const prefix = `${partId}.${item}.`;
  return Object.fromEntries(Object.entries(values).filter(([key]) => !key.startsWith(prefix)));
}

/** The id of a new filled-in copy, e.g. "ja-tenzij-toets:2026-12-06T10-15-00-000Z". */
export function newEntryId(kind: string, now: Date): string {
  return `${kind}:${now.toISOString().replaceAll(':', '-').replace('.', '-')}`;
}

/** The name of a filled-in copy: the answer to the worksheet's title question, or a plain fallback. */
export function entryTitle(definition: Pick<WorksheetDefinition, 'titleField'>, values: WorksheetValues): string {
  return values[definition.titleField]?.trim() || 'Zonder naam';
}

/** True when the part is repeated (one item per objection, per recommendation, …). */
export function isRepeated(part: WorksheetPart): part is WorksheetPart & { repeat: NonNullable<WorksheetPart['repeat']> } {
  return part.repeat !== undefined;
}
