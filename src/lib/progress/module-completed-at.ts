import { moduleStatus, type ModuleParts } from './module-status';
import type { ProgressState } from './progress-schema';
import { own, time } from './state';

const latest = (moments: readonly string[]): string | null =>
  moments.length ? moments.reduce((a, b) => (time(a) >= time(b) ? a : b)) : null;
const earliest = (moments: readonly string[]): string | null =>
  moments.length ? moments.reduce((a, b) => (time(a) <= time(b) ? a : b)) : null;

/**
 * When the module became afgerond, from the stored timestamps: the moment its
 * last part was done. Null while the module is not afgerond (`moduleStatus`
 * decides that; this only dates it). Per part:
 * - sections: when the last one was first read (reading again changes nothing);
 * - check: when the last question was answered (a later new answer moves this on);
 * - scenario: the first finished run in the history, else the finished run's last change;
 * - reflections: when the first reflection of the module that has text was written.
 * Pure.
 */
export function moduleCompletedAt(state: ProgressState, module: ModuleParts): string | null {
  if (moduleStatus(state, module).status !== 'afgerond') return null;

  const read = own(state.sections, module.id) ?? {};
  const sections = module.sectionSlugs.map((slug) => own(read, slug)).filter((t): t is string => t !== undefined);

  const answers = own(state.checks, module.id) ?? {};
  const check = module.questionIds.map((id) => own(answers, id)?.answeredAt).filter((t): t is string => t !== undefined);

  const scenarioId = module.scenarioId ?? null;
  const finishedRuns = scenarioId === null ? [] : (own(state.scenarioHistory, scenarioId) ?? []).map((run) => run.finishedAt);
  const run = scenarioId === null ? undefined : own(state.scenarios, scenarioId);
  const lastFinished = run && run.outcomeNodeId !== null ? [run.updatedAt] : [];
  const scenario = earliest(finishedRuns.length ? finishedRuns : lastFinished);

  const prompts = new Set(module.reflections.map((r) => r.id));
  const written = Object.values(state.reflections)
    .filter((r) => (r.moduleId === module.id || prompts.has(r.id)) && r.text.trim() !== '')
    .map((r) => r.created);
  const reflection = earliest(written);

  return latest([...sections, ...check, ...(scenario ? [scenario] : []), ...(reflection ? [reflection] : [])]);
}
