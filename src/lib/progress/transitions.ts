import type { ProgressAction } from './actions';
import type { Stamp } from './clock';
import { applyImport } from './import-merge';
import { LIMITS, emptyProgressState, own, time, type ProgressState } from './progress-schema';

/** Every timestamp in a state, in ms. */
function allTimes(state: ProgressState): number[] {
  return [
    ...Object.values(state.sections).flatMap((slugs) => Object.values(slugs).map(time)),
    ...Object.values(state.checks).flatMap((answers) => Object.values(answers).map((a) => time(a.answeredAt))),
    ...Object.values(state.scenarios).map((r) => time(r.updatedAt)),
    ...Object.values(state.reflections).map((r) => time(r.updated)),
    ...Object.values(state.deletedReflections).map(time),
    ...[state.lastPlace?.at, state.lastExportAt, state.clearedAt].filter((t): t is string => typeof t === 'string').map(time),
  ];
}

const without = <T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> =>
  Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));

/**
 * The state after one (checked) action. Pure: the same state, action and
 * stamps give the same result, and nothing is read or written elsewhere.
 * Returns `state` itself when the action changes nothing.
 */
export function applyAction(state: ProgressState, action: ProgressAction, stamp: Stamp): ProgressState {
  switch (action.type) {
    case 'section-read': {
      const read = own(state.sections, action.moduleId) ?? {};
      // Reading a section again changes nothing: the first moment counts.
      if (own(read, action.slug) !== undefined) return state;
      return { ...state, sections: { ...state.sections, [action.moduleId]: { ...read, [action.slug]: stamp() } } };
    }
    case 'check-answered': {
      const answers = own(state.checks, action.moduleId) ?? {};
      const answeredAt = stamp(own(answers, action.questionId)?.answeredAt);
      const answer = { optionId: action.optionId, correct: action.correct, answeredAt };
      return { ...state, checks: { ...state.checks, [action.moduleId]: { ...answers, [action.questionId]: answer } } };
    }
    case 'scenario-run-saved': {
      const previous = own(state.scenarios, action.scenarioId);
      const updatedAt = stamp(previous?.updatedAt);
      const startedAt = previous && action.choices.length > 0 ? previous.startedAt : updatedAt;
      const run = {
        choices: [...action.choices],
        currentNodeId: action.currentNodeId,
        outcomeNodeId: action.outcomeNodeId,
        meters: { ...action.meters },
        startedAt,
        updatedAt,
      };
      return { ...state, scenarios: { ...state.scenarios, [action.scenarioId]: run } };
    }
    case 'reflection-saved': {
      const { id, moduleId, text } = action;
      const prompt = action.prompt.slice(0, LIMITS.prompt);
      const previous = own(state.reflections, id);
      if (previous && previous.text === text && previous.prompt === prompt && previous.moduleId === moduleId) return state;
      const updated = stamp(previous?.updated, own(state.deletedReflections, id));
      const reflection = { id, moduleId, prompt, text, created: previous?.created ?? updated, updated };
      return {
        ...state,
        reflections: { ...state.reflections, [id]: reflection },
        deletedReflections: without(state.deletedReflections, action.id),
      };
    }
    case 'reflection-deleted': {
      const previous = own(state.reflections, action.id);
      if (!previous) return state;
      // Kept as a deletion, so a merge with a tab that still has the reflection does not bring it back.
      const deletedReflections = { ...state.deletedReflections, [action.id]: stamp(previous.updated) };
      return { ...state, reflections: without(state.reflections, action.id), deletedReflections };
    }
    case 'place-visited':
      return { ...state, lastPlace: { url: action.url, title: action.title.slice(0, LIMITS.title), at: stamp(state.lastPlace?.at) } };
    case 'imported':
      return applyImport(state, action.data);
    case 'exported':
      return { ...state, lastExportAt: stamp(state.lastExportAt) };
    case 'cleared':
      // Later than everything known, so every tab drops what it holds from before.
      return { ...emptyProgressState(), clearedAt: stamp(...allTimes(state)) };
  }
}
