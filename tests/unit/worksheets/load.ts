import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DecisionAidSchema, type DecisionAid } from '../../../src/lib/schemas/decision-aid';
import { parseWithFriendlyErrors } from '../../../src/lib/schemas/friendly-errors';
import { WorksheetSchema, type WorksheetDefinition } from '../../../src/lib/schemas/worksheet';
import { root } from '../../support/content-files';

/** The worksheet ids, as /werkbladen/ lists them. */
export const WORKSHEET_IDS = ['ja-tenzij-toets', 'participatieplan', 'terugkoppelbrief', 'stemverklaring', 'competentiescan'] as const;

/** A worksheet file from content/werkbladen/, validated as the build validates it. */
export function loadWorksheet(id: string): WorksheetDefinition {
  const file = `content/werkbladen/${id}.yaml`;
  return parseWithFriendlyErrors(WorksheetSchema, parse(readFileSync(join(root, file), 'utf8')), file);
}

/** The participation decision aid, validated as the build validates it. */
export function loadParticipationAid(): DecisionAid {
  const file = 'content/werkbladen/keuzehulp/participatie.yaml';
  return parseWithFriendlyErrors(DecisionAidSchema, parse(readFileSync(join(root, file), 'utf8')), file);
}
