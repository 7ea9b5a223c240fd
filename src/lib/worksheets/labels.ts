import type { WorksheetDefinition } from '../schemas/worksheet';
import { AID_PREFIX, type DecisionAidData } from './decision-aid';
import { fieldKey } from './values';

/**
 * A worksheet's name and the question of each stored field id, for the leerlogboek's Markdown export
 * (`LogbookTitles.worksheets`). A repeated part's field is named once ("bezwaar.regel"); the export
 * adds the item's number. The decision aid's answers are named after its questions.
 */
export function worksheetLabels(
  definition: Pick<WorksheetDefinition, 'title' | 'parts'>,
  aid?: Pick<DecisionAidData, 'questions'> | null,
): { title: string; fields: Record<string, string> } {
  const fields: Record<string, string> = {};
  for (const question of aid?.questions ?? []) fields[`${AID_PREFIX}${question.id}`] = `Keuzehulp: ${question.question}`;
  for (const part of definition.parts) for (const field of part.fields) fields[fieldKey(part.id, field.id)] = field.label;
  return { title: definition.title, fields };
}
