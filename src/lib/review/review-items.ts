import type { KnowledgeCheck } from '../schemas/knowledge-check';
import type { Scenario } from '../schemas/scenario';
import type { KeyDecision } from './key-decisions';

/** One answer of a review question, with the feedback the learner saw the first time. */
export interface ReviewOption {
  id: string;
  text: string;
  /** Right: the check's right answer, or a scenario choice after which the best ending is still within reach. */
  correct: boolean;
  /** The original feedback from the knowledge check or the scenario. */
  feedback: string;
}

/** Where an item comes from: a knowledge-check question, or a decision in a scenario. */
export type ReviewOrigin = { kind: 'check'; questionId: string } | { kind: 'scenario'; scenarioId: string; nodeId: string };

/** A question in the review, as the review page shows it. Built at build time from the content. */
export interface ReviewItem {
  /** "check:<moduleId>:<questionId>" or "scenario:<scenarioId>:<nodeId>"; the key of the learner's card. */
  id: string;
  moduleId: string;
  origin: ReviewOrigin;
  /** Where it comes from, for the learner, e.g. "Kennischeck A1 Burgerkracht en loslaten". */
  source: string;
  /** For a scenario decision: the situation's heading and text (a blank line starts a paragraph). Null for a check question. */
  situation: { title: string; text: string } | null;
  /** The question itself. */
  question: string;
  options: ReviewOption[];
}

/** What the learner-state script needs of an item to put it in the schedule (the page does not need the text). */
export interface ReviewIndexEntry {
  id: string;
  moduleId: string;
  /** The question id, or the scenario and its right choices, to see how the learner did the first time. */
  origin: { kind: 'check'; questionId: string } | { kind: 'scenario'; scenarioId: string; right: string[] };
}

/** A module's content as far as the review needs it. */
export interface ReviewSource {
  moduleId: string;
  /** "A1", shown with the title. */
  code: string;
  title: string;
  check: KnowledgeCheck | undefined;
  scenario: { data: Scenario; decisions: readonly KeyDecision[] } | undefined;
}

export const checkItemId = (moduleId: string, questionId: string) => `check:${moduleId}:${questionId}`;
export const decisionItemId = (scenarioId: string, nodeId: string) => `scenario:${scenarioId}:${nodeId}`;

/** The question a scenario decision asks, as the scenario player asks it. */
export const DECISION_QUESTION = 'Wat doet u?';

/**
 * The review items of one module: every knowledge-check question, then the
 * scenario's key decisions, each with the options and feedback of the original.
 * Pure; fails loudly (naming the scenario) when a decision points at content
 * that is not there, which would be a bug in `keyDecisions`.
 */
export function buildReviewItems({ moduleId, code, title, check, scenario }: ReviewSource): ReviewItem[] {
  const questions: ReviewItem[] = (check?.questions ?? []).map((q) => ({
    id: checkItemId(moduleId, q.id),
    moduleId,
    origin: { kind: 'check', questionId: q.id },
    source: `Kennischeck ${code} ${title}`,
    situation: null,
    question: q.question,
    options: q.options.map((o) => ({ id: o.id, text: o.text, correct: o.correct, feedback: o.feedback })),
  }));
  if (!scenario) return questions;
  const nodes = new Map(scenario.data.nodes.map((n) => [n.id, n]));
  const decisions = scenario.decisions.map((decision): ReviewItem => {
    const node = nodes.get(decision.nodeId);
    const choices = new Map((node?.choices ?? []).map((c) => [c.id, c]));
    const options = decision.offered.map((id) => {
      const choice = choices.get(id);
      if (!choice) throw new Error(`Scenario "${scenario.data.id}": keuze "${id}" bij "${decision.nodeId}" bestaat niet.`);
      return { id, text: choice.label, correct: decision.right.includes(id), feedback: choice.feedback };
    });
    return {
      id: decisionItemId(scenario.data.id, decision.nodeId),
      moduleId,
      origin: { kind: 'scenario', scenarioId: scenario.data.id, nodeId: decision.nodeId },
      source: `Scenario ${code}: ${scenario.data.title}`,
      situation: { title: node!.title, text: node!.text },
      question: DECISION_QUESTION,
      options,
    };
  });
  return [...questions, ...decisions];
}

/** The index entry of an item: just enough to schedule it. */
export function indexEntry(item: ReviewItem): ReviewIndexEntry {
  const origin: ReviewIndexEntry['origin'] =
    item.origin.kind === 'check'
      ? item.origin
      : { kind: 'scenario', scenarioId: item.origin.scenarioId, right: item.options.filter((o) => o.correct).map((o) => o.id) };
  return { id: item.id, moduleId: item.moduleId, origin };
}
