import { describe, expect, it } from 'vitest';
import { KnowledgeCheckSchema } from '../../../src/lib/schemas/knowledge-check';
import { ScenarioSchema, type Scenario } from '../../../src/lib/schemas/scenario';
import { createScenarioMachine } from '../../../src/lib/scenario/create-scenario-machine';
import { findBestPath } from '../../../src/lib/scenario/find-best-path';
import { MAX_DECISIONS_PER_SCENARIO, keyDecisions } from '../../../src/lib/review/key-decisions';
import { DECISION_QUESTION, buildReviewItems, indexEntry } from '../../../src/lib/review/review-items';
import { moduleFolders, readYaml } from '../../support/content-files';

const fixture = (): Scenario => ScenarioSchema.parse(readYaml('tests/fixtures/scenarios/valid.yaml'));
const decisionsOf = (scenario: Scenario, max?: number) => {
  const machine = createScenarioMachine(scenario);
  return keyDecisions(scenario, machine, findBestPath(scenario, machine)!, max);
};

describe('keyDecisions', () => {
  it('asks the decisions on the best route where a choice is worse, with every choice as good as the best route as right', () => {
    expect(decisionsOf(fixture())).toEqual([
      { nodeId: 'de-mail', offered: ['bel-terug', 'stuur-regels'], right: ['bel-terug'] },
      // Trust is 7 on the best route here, so the conditional choice is offered, and it also leads to the best ending.
      { nodeId: 'keukentafel', offered: ['samen-plannen', 'eigen-ontwerp', 'sleutel-geven'], right: ['samen-plannen', 'sleutel-geven'] },
    ]);
  });

  it('offers only the choices whose condition holds on the best route', () => {
    const lowTrust = fixture();
    lowTrust.meters[1]!.start = 2;
    expect(decisionsOf(lowTrust)[1]).toEqual({
      nodeId: 'keukentafel',
      offered: ['samen-plannen', 'eigen-ontwerp'],
      right: ['samen-plannen'],
    });
  });

  it('keeps a decision that offers a core mistake before an earlier one when there are too many', () => {
    const scenario = fixture();
    scenario.nodes[1]!.choices![1]!.coreMistake = 'Het plan is niet meer van de bewoners.';
    expect(decisionsOf(scenario, 1).map((d) => d.nodeId)).toEqual(['keukentafel']);
    expect(decisionsOf(fixture(), 1).map((d) => d.nodeId)).toEqual(['de-mail']);
  });

  it('spreads the picks over the whole route, after the decisions that offer a core mistake', () => {
    // Five decisions in a row; each has a good choice onwards and a bad one to a weak ending.
    const steps = [1, 2, 3, 4, 5];
    const chain = (coreAt?: number): Scenario =>
      ScenarioSchema.parse({
        ...fixture(),
        start: 'n1',
        nodes: [
          ...steps.map((i) => ({
            id: `n${i}`,
            title: `Stap ${i}`,
            text: 'Wat doet u nu?',
            choices: [
              {
                id: `goed-${i}`,
                label: 'Goed',
                effects: { houding: 1 },
                feedback: 'Dit helpt de bewoners verder.',
                next: i < 5 ? `n${i + 1}` : 'einde-samen',
              },
              {
                id: `fout-${i}`,
                label: 'Fout',
                effects: { houding: -1 },
                feedback: 'Dit houdt de bewoners tegen.',
                next: 'einde-afgehaakt',
                ...(i === coreAt ? { coreMistake: 'Dit is een nee.' } : {}),
              },
            ],
          })),
          ...fixture().nodes.filter((n) => n.id === 'einde-samen' || n.id === 'einde-afgehaakt'),
        ],
      });
    expect(decisionsOf(chain()).map((d) => d.nodeId)).toEqual(['n1', 'n3', 'n5']);
    expect(decisionsOf(chain(2)).map((d) => d.nodeId)).toEqual(['n1', 'n2', 'n5']);
  });

  it('counts a choice that keeps the best ending within reach but moves houding less as wrong', () => {
    const scenario = fixture();
    scenario.nodes[1]!.choices![1]!.next = 'einde-samen';
    expect(decisionsOf(scenario)[1]).toMatchObject({ nodeId: 'keukentafel', right: ['samen-plannen', 'sleutel-geven'] });
  });

  it('skips a decision where every choice is as good as the best route', () => {
    const scenario = fixture();
    Object.assign(scenario.nodes[1]!.choices![1]!, { next: 'einde-samen', effects: { houding: 3 } });
    expect(decisionsOf(scenario).map((d) => d.nodeId)).toEqual(['de-mail']);
  });
});

describe('buildReviewItems', () => {
  const check = KnowledgeCheckSchema.parse(readYaml('modules/01-burgerkracht-en-loslaten/kennischeck.yaml'));
  const scenario = fixture();
  const items = buildReviewItems({
    moduleId: '01-burgerkracht-en-loslaten',
    code: 'A1',
    title: 'Burgerkracht en loslaten',
    check,
    scenario: { data: scenario, decisions: decisionsOf(scenario) },
  });

  it('makes every check question an item with its options and original feedback', () => {
    const questions = items.filter((i) => i.origin.kind === 'check');
    expect(questions).toHaveLength(check.questions.length);
    const [first] = check.questions;
    expect(questions[0]).toEqual({
      id: `check:01-burgerkracht-en-loslaten:${first!.id}`,
      moduleId: '01-burgerkracht-en-loslaten',
      origin: { kind: 'check', questionId: first!.id },
      source: 'Kennischeck A1 Burgerkracht en loslaten',
      situation: null,
      question: first!.question,
      options: first!.options.map((o) => ({ id: o.id, text: o.text, correct: o.correct, feedback: o.feedback })),
    });
  });

  it('makes each key decision a mini-question: the situation, the choices as options, their feedback', () => {
    const decision = items.find((i) => i.id === 'scenario:test-plantsoen:keukentafel');
    expect(decision).toMatchObject({
      source: 'Scenario A1: Het plantsoen',
      situation: { title: 'Aan de keukentafel', text: 'De bewoners hebben een tekening gemaakt.' },
      question: DECISION_QUESTION,
    });
    expect(decision!.options.map((o) => [o.id, o.correct, o.feedback])).toEqual([
      ['samen-plannen', true, 'Uw vakkennis wordt advies in plaats van een veto.'],
      ['eigen-ontwerp', false, 'Het plan is goed, maar het is niet meer van de bewoners.'],
      ['sleutel-geven', true, 'Dit kan alleen als er al veel vertrouwen is.'],
    ]);
  });

  it('indexes an item with just what scheduling needs', () => {
    expect(items.map(indexEntry).at(-1)).toEqual({
      id: 'scenario:test-plantsoen:keukentafel',
      moduleId: '01-burgerkracht-en-loslaten',
      origin: { kind: 'scenario', scenarioId: 'test-plantsoen', right: ['samen-plannen', 'sleutel-geven'] },
    });
  });
});

// The real content is being rewritten while this runs; these hold for any scenario that passes the build.
describe.each(moduleFolders())('the real module %s', (folder) => {
  const scenario = ScenarioSchema.parse(readYaml(`modules/${folder}/scenario.yaml`));
  const decisions = decisionsOf(scenario);

  it(`gives 1 to ${MAX_DECISIONS_PER_SCENARIO} key decisions, each with a right and a wrong choice on offer`, () => {
    expect(decisions.length).toBeGreaterThanOrEqual(1);
    expect(decisions.length).toBeLessThanOrEqual(MAX_DECISIONS_PER_SCENARIO);
    const nodes = new Map(scenario.nodes.map((n) => [n.id, n]));
    for (const d of decisions) {
      const choiceIds = (nodes.get(d.nodeId)?.choices ?? []).map((c) => c.id);
      expect(d.offered.every((id) => choiceIds.includes(id))).toBe(true);
      expect(d.right.length).toBeGreaterThan(0);
      expect(d.right.length).toBeLessThan(d.offered.length);
    }
  });
});
