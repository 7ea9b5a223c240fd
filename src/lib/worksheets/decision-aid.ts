import type { WorksheetValues } from './values';

// Structural types, so this file (which runs in the browser) needs no zod: the schema in
// src/lib/schemas/decision-aid.ts describes the same shape and calls checkDecisionAid at build time.
type AnswerMatch = Readonly<Record<string, readonly string[]>>;

export interface DecisionAidData {
  questions: readonly {
    id: string;
    question: string;
    hint?: string | undefined;
    options: readonly { value: string; label: string; note?: string | undefined }[];
  }[];
  rungs: readonly { id: string; label: string; meaning: string }[];
  methods: readonly {
    id: string;
    name: string;
    rungs: readonly string[];
    time: string;
    cost: string;
    pitfall: string;
    needs?: AnswerMatch | undefined;
  }[];
  rules: readonly {
    when?: AnswerMatch | undefined;
    rung?: string | undefined;
    none?: true | undefined;
    because: string;
    instead?: string | undefined;
  }[];
}

export type Answers = Readonly<Record<string, string>>;
export type Method = DecisionAidData['methods'][number];

/** What the aid advises for a complete set of answers. */
export type Advice =
  | { kind: 'rung'; rule: number; rung: DecisionAidData['rungs'][number]; because: string; methods: Method[]; notes: string[] }
  | { kind: 'none'; rule: number; because: string; instead: string | null; notes: string[] };

/** The prefix of the aid's answers among a worksheet's answers: "keuzehulp.tijd". */
export const AID_PREFIX = 'keuzehulp.';

/** The aid's answers as a worksheet stores them, by question id. */
export function aidAnswers(values: WorksheetValues): Answers {
  return Object.fromEntries(
    Object.entries(values)
      .filter(([key]) => key.startsWith(AID_PREFIX))
      .map(([key, value]) => [key.slice(AID_PREFIX.length), value]),
  );
}

const matches = (match: AnswerMatch | undefined, answers: Answers) =>
  !match || Object.entries(match).every(([question, allowed]) => allowed.includes(answers[question] ?? ''));

/**
 * The advice for the answers, or null while a question is unanswered (or has an answer the aid does
 * not know, e.g. from an older version of the aid). Pure: the same answers always give the same advice.
 */
export function advise(aid: DecisionAidData, answers: Answers): Advice | null {
  const complete = aid.questions.every((q) => q.options.some((o) => o.value === answers[q.id]));
  if (!complete) return null;
  const index = aid.rules.findIndex((rule) => matches(rule.when, answers));
  const rule = aid.rules[index];
  if (!rule) return null;
  const notes = aid.questions.flatMap((q) => q.options.find((o) => o.value === answers[q.id])?.note ?? []);
  if (rule.none) return { kind: 'none', rule: index, because: rule.because, instead: rule.instead ?? null, notes };
  const rung = aid.rungs.find((r) => r.id === rule.rung);
  if (!rung) return null;
  const methods = aid.methods.filter((m) => m.rungs.includes(rung.id) && matches(m.needs, answers));
  return { kind: 'rung', rule: index, rung, because: rule.because, methods, notes };
}

/** Every complete set of answers the aid can be given. */
export function allAnswerSets(aid: Pick<DecisionAidData, 'questions'>): Answers[] {
  return aid.questions.reduce<Answers[]>(
    (sets, question) => sets.flatMap((set) => question.options.map((option) => ({ ...set, [question.id]: option.value }))),
    [{}],
  );
}

/** An authoring mistake in a decision aid, with the field it is in. */
export interface AidProblem {
  path: (string | number)[];
  message: string;
}

/**
 * The checks the build runs on a decision aid: every name it uses exists, every rule can be reached,
 * and every combination of answers ends in an advice (with at least one method for a rung).
 */
export function checkDecisionAid(aid: DecisionAidData): AidProblem[] {
  const problems: AidProblem[] = [];
  const questions = new Map(aid.questions.map((q) => [q.id, new Set(q.options.map((o) => o.value))]));
  const rungs = new Set(aid.rungs.map((r) => r.id));
  const checkMatch = (match: AnswerMatch | undefined, path: (string | number)[]) => {
    for (const [question, values] of Object.entries(match ?? {})) {
      const known = questions.get(question);
      if (!known) problems.push({ path: [...path, question], message: `"${question}" is geen vraag van de keuzehulp` });
      else
        for (const value of values)
          if (!known.has(value))
            problems.push({ path: [...path, question], message: `"${value}" is geen antwoord op de vraag "${question}"` });
    }
  };
  aid.methods.forEach((method, i) => {
    for (const rung of method.rungs)
      if (!rungs.has(rung)) problems.push({ path: ['methods', i, 'rungs'], message: `"${rung}" is geen trede` });
    checkMatch(method.needs, ['methods', i, 'needs']);
  });
  aid.rules.forEach((rule, i) => {
    if (rule.rung && !rungs.has(rule.rung)) problems.push({ path: ['rules', i, 'rung'], message: `"${rule.rung}" is geen trede` });
    checkMatch(rule.when, ['rules', i, 'when']);
  });
  if (problems.length) return problems;
  const last = aid.rules.length - 1;
  if (aid.rules[last]?.when)
    problems.push({ path: ['rules', last, 'when'], message: 'de laatste regel heeft geen when: hij geldt voor alle andere antwoorden' });
  const reached = new Set<number>();
  for (const answers of allAnswerSets(aid)) {
    const advice = advise(aid, answers);
    if (!advice) continue;
    reached.add(advice.rule);
    if (advice.kind === 'rung' && advice.methods.length === 0) {
      const combination = Object.entries(answers)
        .map(([q, v]) => `${q}: ${v}`)
        .join(', ');
      problems.push({ path: ['methods'], message: `geen werkvorm past bij trede "${advice.rung.id}" met de antwoorden ${combination}` });
      break;
    }
  }
  aid.rules.forEach((_rule, i) => {
    if (!reached.has(i))
      problems.push({ path: ['rules', i], message: 'deze regel wordt nooit bereikt: een regel erboven vangt al zijn antwoorden af' });
  });
  return problems;
}
