import type { ProgressAction } from './actions';
import type { Stamp } from './clock';
import { applyImport } from './import-merge';
import { finishedRunsInOrder } from './merge-states';
import { LIMITS, emptyProgressState, own, reviewedAt, time, type FinishedRun, type ProgressState } from './progress-schema';

/** Every timestamp in a state, in ms. */
function allTimes(state: ProgressState): number[] {
  return [
    ...Object.values(state.sections).flatMap((slugs) => Object.values(slugs).map(time)),
    ...Object.values(state.checks).flatMap((answers) => Object.values(answers).map((a) => time(a.answeredAt))),
    ...Object.values(state.scenarios).map((r) => time(r.updatedAt)),
    ...Object.values(state.scenarioHistory).flatMap((runs) => runs.map((r) => time(r.finishedAt))),
    ...Object.values(state.reflections).map((r) => time(r.updated)),
    ...Object.values(state.deletedReflections).map(time),
    ...Object.values(state.worksheets).map((w) => time(w.updated)),
    ...Object.values(state.deletedWorksheets).map(time),
    // Not `due`: it lies in the future, and "alles wissen" must not be dated there.
    ...Object.values(state.review).map((c) => time(reviewedAt(c))),
    ...[state.lastPlace?.at, state.lastExportAt, state.clearedAt].filter((t): t is string => typeof t === 'string').map(time),
  ];
}

const sameValues = (p: Readonly<Record<string, string>>, q: Readonly<Record<string, string>>) =>
  Object.keys(p).length === Object.keys(q).length && Object.entries(p).every(([key, value]) => own(q, key) === value);

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
      const scenarios = { ...state.scenarios, [action.scenarioId]: run };
      // A run joins the history once: when it first reaches an ending (a new run may arrive already finished).
      const finishedBefore = previous !== undefined && previous.startedAt === startedAt && previous.outcomeNodeId !== null;
      if (run.outcomeNodeId === null || finishedBefore) return { ...state, scenarios };
      const finished: FinishedRun = {
        choices: run.choices,
        outcomeNodeId: run.outcomeNodeId,
        meters: run.meters,
        startedAt,
        finishedAt: updatedAt,
      };
      const history = finishedRunsInOrder([...(own(state.scenarioHistory, action.scenarioId) ?? []), finished]);
      return { ...state, scenarios, scenarioHistory: { ...state.scenarioHistory, [action.scenarioId]: history } };
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
    case 'worksheet-saved': {
      const { id, kind, title, values } = action;
      const previous = own(state.worksheets, id);
      if (previous && previous.kind === kind && previous.title === title && sameValues(previous.values, values)) return state;
      const updated = stamp(previous?.updated, own(state.deletedWorksheets, id));
      const worksheet = { id, kind, title, values: { ...values }, created: previous?.created ?? updated, updated };
      return {
        ...state,
        worksheets: { ...state.worksheets, [id]: worksheet },
        deletedWorksheets: without(state.deletedWorksheets, id),
      };
    }
    case 'worksheet-deleted': {
      const previous = own(state.worksheets, action.id);
      if (!previous) return state;
      // Kept as a deletion, as for reflections, so a merge does not bring the worksheet back.
      const deletedWorksheets = { ...state.deletedWorksheets, [action.id]: stamp(previous.updated) };
      return { ...state, worksheets: without(state.worksheets, action.id), deletedWorksheets };
    }
    case 'review-items-added': {
      const added = action.cards.filter((card) => own(state.review, card.itemId) === undefined);
      if (added.length === 0) return state;
      const review = { ...state.review };
      // The first card of an item counts when the same item comes twice in one call.
      for (const card of added) if (!Object.hasOwn(review, card.itemId)) review[card.itemId] = { ...card };
      return { ...state, review };
    }
    case 'review-card-saved':
      return { ...state, review: { ...state.review, [action.card.itemId]: { ...action.card } } };
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
