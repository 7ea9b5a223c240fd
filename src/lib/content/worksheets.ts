import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError } from '../schemas/friendly-errors';
import type { DocumentAid } from '../worksheets/document';
import { getModules, type ModuleEntry } from './modules';

export type WorksheetEntry = CollectionEntry<'worksheets'>;

/** A worksheet with the module it belongs to and its decision aid, if it has one. */
export interface Worksheet {
  entry: WorksheetEntry;
  module: ModuleEntry;
  aid: DocumentAid | null;
}

let cached: Worksheet[] | undefined;

/**
 * Every worksheet in route order (by module, then by id), with its module and decision aid. Fails the
 * build naming the file when a worksheet names a module or decision aid that does not exist, or when
 * its id differs from its file name (the id is stored with every filled-in copy).
 */
export async function getWorksheets(): Promise<Worksheet[]> {
  if (cached) return cached;
  const modules = await getModules();
  const aids = await getCollection('decisionAids');
  const entries = await getCollection('worksheets');
  const sheets = entries.map((entry) => {
    const file = entry.filePath ?? `content/werkbladen/${entry.id}.yaml`;
    const problems: string[] = [];
    if (entry.data.id !== entry.id) problems.push(`veld "id": "${entry.data.id}" moet gelijk zijn aan de bestandsnaam (${entry.id})`);
    const module = modules.find((m) => m.id === entry.data.module);
    if (!module) problems.push(`veld "module": module "${entry.data.module}" bestaat niet in modules/`);
    const aidEntry = entry.data.decisionAid ? aids.find((a) => a.id === entry.data.decisionAid) : undefined;
    if (entry.data.decisionAid && !aidEntry)
      problems.push(`veld "decisionAid": keuzehulp "${entry.data.decisionAid}" bestaat niet in content/werkbladen/keuzehulp/`);
    if (problems.length) throw new ContentError(file, problems);
    return { entry, module: module!, aid: aidEntry ? aidEntry.data : null };
  });
  const order = (sheet: Worksheet) => modules.indexOf(sheet.module);
  cached = sheets.sort((a, b) => order(a) - order(b) || a.entry.id.localeCompare(b.entry.id));
  return cached;
}

/** The page of a worksheet. */
export function worksheetPath(id: string): string {
  return `/werkbladen/${id}/`;
}
