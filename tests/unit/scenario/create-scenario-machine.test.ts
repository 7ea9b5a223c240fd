import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { ScenarioSchema, type Scenario } from '../../../src/lib/schemas/scenario';
import { createScenarioMachine } from '../../../src/lib/scenario/create-scenario-machine';
import { positionOf } from '../../../src/lib/scenario/scenario-position';
import { replayChoices } from '../../../src/lib/scenario/replay-choices';
import { findBestPath } from '../../../src/lib/scenario/find-best-path';
import { readYaml } from '../../support/content-files';

const load = (): Scenario => ScenarioSchema.parse(readYaml('tests/fixtures/scenarios/valid.yaml'));

function start(scenario = load()) {
  const actor = createActor(createScenarioMachine(scenario)).start();
  return { actor, position: () => positionOf(actor.getSnapshot()), meters: () => actor.getSnapshot().context.meters };
}

describe('createScenarioMachine', () => {
  it('starts at the start node with every meter at its start value', () => {
    const { position, meters } = start();
    expect(position()).toEqual({ phase: 'deciding', nodeId: 'de-mail' });
    expect(meters()).toEqual({ houding: 3, vertrouwen: 5 });
  });

  it('shows feedback after a choice and waits for the learner to continue', () => {
    const { actor, position, meters } = start();
    actor.send({ type: 'choice.select', choiceId: 'bel-terug' });
    expect(position()).toEqual({ phase: 'feedback', nodeId: 'de-mail', choiceId: 'bel-terug' });
    expect(meters()).toEqual({ houding: 5, vertrouwen: 7 });
    // Choosing again while the feedback shows does nothing.
    actor.send({ type: 'choice.select', choiceId: 'stuur-regels' });
    expect(position()).toEqual({ phase: 'feedback', nodeId: 'de-mail', choiceId: 'bel-terug' });
    actor.send({ type: 'scenario.continue' });
    expect(position()).toEqual({ phase: 'deciding', nodeId: 'keukentafel' });
  });

  it('keeps meters within their bounds', () => {
    const { actor, meters } = start();
    actor.send({ type: 'choice.select', choiceId: 'stuur-regels' });
    expect(meters()).toEqual({ houding: 1, vertrouwen: 0 });
  });

  it('offers a conditional choice only when its condition holds', () => {
    const { actor, position } = start();
    actor.send({ type: 'choice.select', choiceId: 'bel-terug' });
    actor.send({ type: 'scenario.continue' });
    // vertrouwen is 7: the condition "at least 7" holds.
    expect(actor.getSnapshot().can({ type: 'choice.select', choiceId: 'sleutel-geven' })).toBe(true);

    const lowTrust = load();
    lowTrust.meters[1]!.start = 4;
    const second = start(lowTrust);
    second.actor.send({ type: 'choice.select', choiceId: 'bel-terug' });
    second.actor.send({ type: 'scenario.continue' });
    expect(second.actor.getSnapshot().can({ type: 'choice.select', choiceId: 'sleutel-geven' })).toBe(false);
    second.actor.send({ type: 'choice.select', choiceId: 'sleutel-geven' });
    expect(second.position()).toEqual({ phase: 'deciding', nodeId: 'keukentafel' });
    expect(position().nodeId).toBe('keukentafel');
  });

  it('ends in a final state tagged ending, with the path and the effect of each choice', () => {
    const { actor, position } = start();
    actor.send({ type: 'choice.select', choiceId: 'bel-terug' });
    actor.send({ type: 'scenario.continue' });
    actor.send({ type: 'choice.select', choiceId: 'eigen-ontwerp' });
    actor.send({ type: 'scenario.continue' });
    const snapshot = actor.getSnapshot();
    expect(position()).toEqual({ phase: 'ending', nodeId: 'einde-netjes' });
    expect(snapshot.hasTag('ending')).toBe(true);
    expect(snapshot.status).toBe('done');
    expect(snapshot.context.path).toEqual([
      { nodeId: 'de-mail', choiceId: 'bel-terug', before: { houding: 3, vertrouwen: 5 }, after: { houding: 5, vertrouwen: 7 } },
      { nodeId: 'keukentafel', choiceId: 'eigen-ontwerp', before: { houding: 5, vertrouwen: 7 }, after: { houding: 4, vertrouwen: 5 } },
    ]);
  });
});

describe('replayChoices', () => {
  const machine = createScenarioMachine(load());

  it('restores a saved run to the next decision', () => {
    const result = replayChoices(machine, ['bel-terug']);
    expect(positionOf(result.snapshot)).toEqual({ phase: 'deciding', nodeId: 'keukentafel' });
    expect(result.applied).toEqual(['bel-terug']);
    expect(result.dropped).toEqual([]);
  });

  it('undoes the last choice by replaying all but the last', () => {
    const full = replayChoices(machine, ['bel-terug', 'samen-plannen']);
    expect(positionOf(full.snapshot).phase).toBe('ending');
    const undone = replayChoices(machine, full.applied.slice(0, -1));
    expect(positionOf(undone.snapshot)).toEqual({ phase: 'deciding', nodeId: 'keukentafel' });
    expect(undone.snapshot.context.meters).toEqual({ houding: 5, vertrouwen: 7 });
  });

  it('restarts with an empty list', () => {
    const restarted = replayChoices(machine, []);
    expect(positionOf(restarted.snapshot)).toEqual({ phase: 'deciding', nodeId: 'de-mail' });
    expect(restarted.snapshot.context.path).toEqual([]);
  });

  it('drops and reports choices that no longer exist after a content edit, without crashing', () => {
    const edited = load();
    const node = edited.nodes.find((n) => n.id === 'keukentafel')!;
    node.choices = node.choices!.filter((c) => c.id !== 'eigen-ontwerp');
    const result = replayChoices(createScenarioMachine(edited), ['bel-terug', 'eigen-ontwerp', 'bestaat-niet']);
    expect(result.applied).toEqual(['bel-terug']);
    expect(result.dropped).toEqual(['eigen-ontwerp', 'bestaat-niet']);
    expect(positionOf(result.snapshot)).toEqual({ phase: 'deciding', nodeId: 'keukentafel' });
  });

  it('drops a conditional choice whose condition no longer holds', () => {
    const lowTrust = load();
    lowTrust.meters[1]!.start = 2;
    const result = replayChoices(createScenarioMachine(lowTrust), ['bel-terug', 'sleutel-geven']);
    expect(result.dropped).toEqual(['sleutel-geven']);
  });
});

describe('findBestPath', () => {
  it('finds the shortest route to the best ending that meets every condition', () => {
    const scenario = load();
    expect(findBestPath(scenario, createScenarioMachine(scenario))).toEqual(['bel-terug', 'samen-plannen']);
  });
});
