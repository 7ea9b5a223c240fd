import { describe, expect, it } from 'vitest';
import { ContentError, parseWithFriendlyErrors } from '../../../src/lib/schemas/friendly-errors';
import { PublishedScenarioSchema } from '../../../src/lib/schemas/published-scenario';
import { ScenarioSchema } from '../../../src/lib/schemas/scenario';
import { readYaml } from '../../support/content-files';

const file = 'tests/fixtures/scenarios/valid.yaml';

describe('PublishedScenarioSchema', () => {
  it('takes a scenario that meets every design rule', () => {
    const designed = 'tests/fixtures/scenarios/design-valid.yaml';
    expect(parseWithFriendlyErrors(PublishedScenarioSchema, readYaml(designed), designed).id).toBeTruthy();
  });

  it('refuses a scenario that breaks a design rule, naming the file, the step and the rule', () => {
    const data = readYaml(file);
    // The fixture is valid for the engine, so the plain schema takes it.
    expect(() => parseWithFriendlyErrors(ScenarioSchema, data, file)).not.toThrow();
    let error: unknown;
    try {
      parseWithFriendlyErrors(PublishedScenarioSchema, data, file);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ContentError);
    const { message } = error as ContentError;
    expect(message).toContain(file);
    expect(message).toMatch(/kans op het beste einde|kernfout|alleen kosten|verborgen/);
  });
});
