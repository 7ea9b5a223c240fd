import type { ModuleData } from '../schemas/module';

/** A module as the set check sees it: its file and its parsed frontmatter. */
export interface ModuleFile {
  file: string;
  data: ModuleData;
}

/**
 * Checks that span modules, which a per-file schema cannot see: each code is
 * used once, each learning question is the programme's own wording, and the
 * order within a route has no duplicates. Returns Dutch messages naming the
 * file and the field.
 */
export function checkModuleSet(modules: ReadonlyArray<ModuleFile>, learningQuestions: Readonly<Record<string, string>>): string[] {
  const problems: string[] = [];
  const byCode = new Map<string, string>();
  const byOrder = new Map<string, string>();
  for (const { file, data } of modules) {
    const other = byCode.get(data.code);
    if (other) problems.push(`${file}: veld "code": ${data.code} wordt al gebruikt door ${other}`);
    else byCode.set(data.code, file);

    const orderKey = `${data.audience}:${data.order}`;
    const sameOrder = byOrder.get(orderKey);
    if (sameOrder) problems.push(`${file}: veld "order": volgorde ${data.order} wordt al gebruikt door ${sameOrder}`);
    else byOrder.set(orderKey, file);

    const expected = learningQuestions[data.code];
    const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();
    if (expected !== undefined && normalise(expected) !== normalise(data.learningQuestion)) {
      problems.push(`${file}: veld "learningQuestion": wijkt af van de leervraag ${data.code} in content/programma/leervragen.yaml (neem die letterlijk over)`);
    }
  }
  return problems;
}
