// From state.ts, not the schema: islands use this, and the schema would bring zod along.
import type { ProgressState } from './progress-schema';
import { own, readSections } from './state';

/**
 * What the status needs to know of a module. The content's `ModuleOutline`
 * (src/lib/content/module-outline.ts) fits as it is, so no conversion is needed.
 */
export interface ModuleParts {
  /** The module id: its folder name, e.g. "01-burgerkracht-en-loslaten". */
  id: string;
  /** Slugs of the module's sections (the `##` heading ids). */
  sectionSlugs: readonly string[];
  /** Ids of the knowledge-check questions; empty when the module has no check. (A list, not a yes/no: "fully answered" needs the questions.) */
  questionIds: readonly string[];
  /** The id of the module's scenario, or null/undefined when it has none. */
  scenarioId?: string | null | undefined;
  /** The module's reflection prompts (only their ids count). */
  reflections: readonly { id: string }[];
}

/** Where a learner is with a module. */
export type ModuleStatusValue = 'niet-begonnen' | 'bezig' | 'afgerond';

/** The status of a module and its parts, for a badge and a checklist. */
export interface ModuleProgress {
  /** `niet-begonnen`: nothing recorded; `afgerond`: every part done; otherwise `bezig`. */
  status: ModuleStatusValue;
  /** Sections read out of the module's sections. */
  sections: { read: number; total: number; done: boolean };
  /** Questions answered and answered right, out of the module's questions. `done` when all are answered (or there is no check). */
  check: { answered: number; correct: number; total: number; done: boolean };
  /** The scenario: started, finished and its ending. `done` when finished (or there is no scenario). */
  scenario: { started: boolean; finished: boolean; outcomeNodeId: string | null; done: boolean };
  /**
   * Prompts with text out of the module's prompts (`written` of `total`), and
   * whether any reflection of the module has text, scenario debriefs included
   * (`anyWritten`). `done` when `anyWritten` (or the module has no prompts).
   */
  reflections: { written: number; total: number; anyWritten: boolean; done: boolean };
}

/**
 * The status of one module. `afgerond` needs all sections read, every check
 * question answered, the scenario finished and at least one reflection of the
 * module with text; `niet-begonnen` means nothing at all is recorded for it.
 * Only ids in `module` count, so progress on content that was since removed
 * does not finish a module. Pure.
 */
export function moduleStatus(state: ProgressState, module: ModuleParts): ModuleProgress {
  const slugsRead = new Set(readSections(state, module.id));
  const read = new Set(module.sectionSlugs.filter((slug) => slugsRead.has(slug))).size;
  const sectionTotal = new Set(module.sectionSlugs).size;

  const answers = own(state.checks, module.id) ?? {};
  const questions = [...new Set(module.questionIds)];
  const given = questions.map((id) => own(answers, id)).filter((answer) => answer !== undefined);

  const scenarioId = module.scenarioId ?? null;
  const run = scenarioId === null ? undefined : own(state.scenarios, scenarioId);
  const finished = run !== undefined && run.outcomeNodeId !== null;

  const hasText = (id: string) => (own(state.reflections, id)?.text.trim() ?? '') !== '';
  const prompts = [...new Set(module.reflections.map((r) => r.id))];
  const written = prompts.filter(hasText).length;
  const anyWritten = written > 0 || Object.values(state.reflections).some((r) => r.moduleId === module.id && r.text.trim() !== '');

  const progress: Omit<ModuleProgress, 'status'> = {
    sections: { read, total: sectionTotal, done: read === sectionTotal },
    check: {
      answered: given.length,
      correct: given.filter((a) => a.correct).length,
      total: questions.length,
      done: given.length === questions.length,
    },
    scenario: { started: run !== undefined, finished, outcomeNodeId: run?.outcomeNodeId ?? null, done: scenarioId === null || finished },
    reflections: { written, total: prompts.length, anyWritten, done: anyWritten || prompts.length === 0 },
  };

  const anythingRecorded = slugsRead.size > 0 || Object.keys(answers).length > 0 || run !== undefined || anyWritten;
  const allDone = progress.sections.done && progress.check.done && progress.scenario.done && progress.reflections.done;
  return { status: !anythingRecorded ? 'niet-begonnen' : allDone ? 'afgerond' : 'bezig', ...progress };
}
