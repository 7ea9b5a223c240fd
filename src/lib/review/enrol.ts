import { moduleCompletedAt } from '../progress/module-completed-at';
import type { ModuleParts } from '../progress/module-status';
import type { ProgressState } from '../progress/progress-schema';
import { own } from '../progress/state';
import type { ReviewIndexEntry } from './review-items';

/** An item that should join the learner's schedule now. */
export interface Enrolment {
  itemId: string;
  moduleId: string;
  /** When its module became afgerond: the moment the learner met it. */
  metAt: string;
  /** Whether the learner got it right then: their check answer, or a right choice in their scenario run. */
  rightFirstTime: boolean;
}

/**
 * The items of every afgerond module that are not in the schedule yet. Pure
 * and without FSRS, so every page can ask cheaply; the caller turns the result
 * into cards (`enrolCard`) only when there is something to add. Each item is
 * dated from its module's completion, not from now, so it does not matter on
 * which page (or how much later) this runs.
 */
export function pendingEnrolment(state: ProgressState, modules: readonly ModuleParts[], index: readonly ReviewIndexEntry[]): Enrolment[] {
  const pending: Enrolment[] = [];
  for (const module of modules) {
    const items = index.filter((entry) => entry.moduleId === module.id && own(state.review, entry.id) === undefined);
    if (items.length === 0) continue;
    const metAt = moduleCompletedAt(state, module);
    if (metAt === null) continue;
    for (const item of items) pending.push({ itemId: item.id, moduleId: module.id, metAt, rightFirstTime: rightFirstTime(state, item) });
  }
  return pending;
}

function rightFirstTime(state: ProgressState, item: ReviewIndexEntry): boolean {
  const { origin } = item;
  if (origin.kind === 'check') return own(own(state.checks, item.moduleId) ?? {}, origin.questionId)?.correct ?? false;
  const run = own(state.scenarios, origin.scenarioId);
  const history = own(state.scenarioHistory, origin.scenarioId) ?? [];
  const choices = new Set([...(run?.choices ?? []), ...history.flatMap((r) => r.choices)]);
  return origin.right.some((id) => choices.has(id));
}
