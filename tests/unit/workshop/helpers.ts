import { FacilitationGuideSchema } from '../../../src/lib/schemas/facilitation-guide';
import { ScenarioSchema } from '../../../src/lib/schemas/scenario';
import { createScenarioMachine } from '../../../src/lib/scenario/create-scenario-machine';
import { findBestPath } from '../../../src/lib/scenario/find-best-path';
import { buildWorkshopPlan, type WorkshopPlan } from '../../../src/lib/workshop/plan';
import { createWorkshopModel, type WorkshopModel } from '../../../src/lib/workshop/model';
import { reduceSession, type WorkshopAction, type WorkshopSession } from '../../../src/lib/workshop/session';
import { readYaml } from '../../support/content-files';
import { readContentFile } from '../../support/content-reader';

export const A1 = '01-burgerkracht-en-loslaten';

/** A workshop plan built from a module folder's real files, as the page does at build time. */
export function loadPlan(folder = A1): WorkshopPlan {
  const front = readContentFile(`modules/${folder}/index.mdx`).data as Record<string, string>;
  const guide = FacilitationGuideSchema.parse(readYaml(`modules/${folder}/draaiboek.yaml`));
  const scenario = ScenarioSchema.parse(readYaml(`modules/${folder}/scenario.yaml`));
  const bestPath = findBestPath(scenario, createScenarioMachine(scenario))!;
  return buildWorkshopPlan({
    module: {
      slug: folder.replace(/^\d{2}-/, ''),
      code: front['code']!,
      title: front['title']!,
      learningQuestion: front['learningQuestion']!,
      audience: front['audience'] as 'ambtenaar' | 'bestuurder',
    },
    guide,
    scenario,
    bestPath,
  });
}

export function loadModel(folder = A1): WorkshopModel {
  return createWorkshopModel(loadPlan(folder));
}

/** Applies actions in order at a fixed clock. */
export function run(model: WorkshopModel, session: WorkshopSession, actions: WorkshopAction[], now = 1_000): WorkshopSession {
  return actions.reduce((s, a) => reduceSession(model, s, a, now), session);
}

/** Presses "next" until the session is on the scenario slide. */
export function toScenario(model: WorkshopModel, session: WorkshopSession): WorkshopSession {
  const index = model.plan.slides.findIndex((s) => s.type === 'scenario');
  return reduceSession(model, session, { type: 'go', slide: index }, 1_000);
}
