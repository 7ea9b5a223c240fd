import { describe, expect, it } from 'vitest';
import { ScenarioSchema } from '../../../src/lib/schemas/scenario';
import { parseWithFriendlyErrors } from '../../../src/lib/schemas/friendly-errors';
import { readYaml } from '../../support/content-files';

const file = (name: string) => `tests/fixtures/scenarios/${name}.yaml`;
const parse = (name: string) => parseWithFriendlyErrors(ScenarioSchema, readYaml(file(name)), file(name));

describe('scenario build-time checks', () => {
  it('accepts a sound scenario', () => {
    expect(parse('valid').nodes).toHaveLength(5);
  });

  it('names scenario, node, choice and field for a dangling choice', () => {
    expect(() => parse('dangling-choice')).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: Fout in tests/fixtures/scenarios/dangling-choice.yaml:
        - veld "nodes[1] ("keukentafel").choices[1] ("eigen-ontwerp").next": Scenario "test-plantsoen", stap "keukentafel", keuze "eigen-ontwerp": verwijst naar "einde-netjs", maar die stap bestaat niet.
        - veld "nodes[3] ("einde-netjes").id": Scenario "test-plantsoen", stap "einde-netjes": deze stap is vanaf de start niet bereikbaar.]
    `);
  });

  it('rejects a node that cannot be reached from the start', () => {
    expect(() => parse('unreachable-node')).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: Fout in tests/fixtures/scenarios/unreachable-node.yaml:
        - veld "nodes[5] ("vergeten-stap").id": Scenario "test-plantsoen", stap "vergeten-stap": deze stap is vanaf de start niet bereikbaar.]
    `);
  });

  it('rejects a decision with fewer than two choices', () => {
    expect(() => parse('too-few-choices')).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: Fout in tests/fixtures/scenarios/too-few-choices.yaml:
        - veld "nodes[1] ("keukentafel").choices": Scenario "test-plantsoen", stap "keukentafel": een stap zonder einde heeft minstens twee keuzes nodig, nu 1.
        - veld "nodes[3] ("einde-netjes").id": Scenario "test-plantsoen", stap "einde-netjes": deze stap is vanaf de start niet bereikbaar.]
    `);
  });

  it('rejects a loop without a way out', () => {
    expect(() => parse('loop-without-exit')).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: Fout in tests/fixtures/scenarios/loop-without-exit.yaml:
        - veld "nodes[1] ("team-a")": Scenario "test-rondjes", stap "team-a": vanuit deze stap is geen einde bereikbaar (een lus zonder uitweg).
        - veld "nodes[2] ("team-b")": Scenario "test-rondjes", stap "team-b": vanuit deze stap is geen einde bereikbaar (een lus zonder uitweg).]
    `);
  });

  it('rejects an effect on an unknown meter', () => {
    expect(() => parse('unknown-meter')).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: Fout in tests/fixtures/scenarios/unknown-meter.yaml:
        - veld "nodes[1] ("keukentafel").choices[0] ("samen-plannen").effects.budget": Scenario "test-plantsoen", stap "keukentafel", keuze "samen-plannen": effect op onbekende meter "budget".]
    `);
  });

  it('rejects a duplicate choice id', () => {
    expect(() => parse('duplicate-id')).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: Fout in tests/fixtures/scenarios/duplicate-id.yaml:
        - veld "nodes[1] ("keukentafel").choices[1] ("samen-plannen").id": Scenario "test-plantsoen", stap "keukentafel", keuze "samen-plannen": deze keuze-id komt twee keer voor in het scenario.]
    `);
  });

  it('rejects a missing houding meter, a start outside the bounds and a scenario without a best ending', () => {
    const data = readYaml(file('valid')) as { meters: { id: string; start: number }[]; nodes: { ending?: { rating: string } }[] };
    data.meters[0]!.id = 'stemming';
    data.meters[1]!.start = 12;
    for (const node of data.nodes) if (node.ending?.rating === 'best') node.ending.rating = 'goed';
    expect(() => parseWithFriendlyErrors(ScenarioSchema, data, 'scenario.yaml')).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: Fout in scenario.yaml:
        - veld "meters[1] ("vertrouwen").start": Scenario "test-plantsoen": meter "vertrouwen" start op 12, buiten 0 tot 10.
        - veld "meters": Scenario "test-plantsoen": de meter "houding" ontbreekt; een scenario voor ambtenaren meet de houding van "nee, maar" naar "ja, tenzij".
        - veld "nodes[0] ("de-mail").choices[0] ("bel-terug").effects.houding": Scenario "test-plantsoen", stap "de-mail", keuze "bel-terug": effect op onbekende meter "houding".
        - veld "nodes[0] ("de-mail").choices[1] ("stuur-regels").effects.houding": Scenario "test-plantsoen", stap "de-mail", keuze "stuur-regels": effect op onbekende meter "houding".
        - veld "nodes[1] ("keukentafel").choices[0] ("samen-plannen").effects.houding": Scenario "test-plantsoen", stap "keukentafel", keuze "samen-plannen": effect op onbekende meter "houding".
        - veld "nodes[1] ("keukentafel").choices[1] ("eigen-ontwerp").effects.houding": Scenario "test-plantsoen", stap "keukentafel", keuze "eigen-ontwerp": effect op onbekende meter "houding".
        - veld "nodes[1] ("keukentafel").choices[2] ("sleutel-geven").effects.houding": Scenario "test-plantsoen", stap "keukentafel", keuze "sleutel-geven": effect op onbekende meter "houding".
        - veld "nodes": Scenario "test-plantsoen": precies één einde heeft rating "best", nu 0.]
    `);
  });
});
