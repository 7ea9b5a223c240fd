import type { WorksheetDefinition, WorksheetPart } from '../schemas/worksheet';

/** The answers of one filled-in worksheet: field id -> text, as the learner store keeps them. */
export type WorksheetValues = Readonly<Record<string, string>>;

/** The stored id of a field: "part.field", or "part.n.field" for item n of a repeated part. */
export function fieldKey(partId: string, fieldId: string, item?: number): string {
  return item === undefined ? `${partId}.${fieldId}` : `${partId}.${item}.${fieldId}`;
}

/**
 * The item numbers of a repeated part, in order. The part's own id holds them ("1 2 4"), so an item
 * the learner added but has not filled in yet is kept too. A new worksheet starts with one item.
 */
export function itemNumbers(values: WorksheetValues, partId: string): number[] {
  const list = values[partId];
  if (list === undefined) return [1];
  return list
    .split(' ')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
}

/** Adds an item to a repeated part; returns the new answers and the new item's number. */
export function addItem(values: WorksheetValues, partId: string): { values: Record<string, string>; item: number } {
  const items = itemNumbers(values, partId);
  const item = Math.max(0, ...items) + 1;
  return { values: { ...values, [partId]: [...items, item].join(' ') }, item };
}

/** Removes item `item` of a repeated part with all its answers. */
export function removeItem(values: WorksheetValues, partId: string, item: number): Record<string, string> {
  const prefix = `${partId}.${item}.`;
  const kept = Object.fromEntries(Object.entries(values).filter(([key]) => !key.startsWith(prefix)));
  return {
    ...kept,
    [partId]: itemNumbers(values, partId)
      .filter((n) => n !== item)
      .join(' '),
  };
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
