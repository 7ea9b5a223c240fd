import { getEntry } from 'astro:content';
import { createScenarioMachine } from '../scenario/create-scenario-machine';
import { findBestPath } from '../scenario/find-best-path';
import { keyDecisions } from '../review/key-decisions';
import { buildReviewItems, type ReviewItem } from '../review/review-items';
import { getModules } from './modules';

let cached: Promise<Map<string, ReviewItem[]>> | undefined;

/** The review items of every module, by module id, in route order (computed once per build). */
export function getReviewItems(): Promise<Map<string, ReviewItem[]>> {
  cached ??= readItems();
  return cached;
}

async function readItems(): Promise<Map<string, ReviewItem[]>> {
  const modules = await getModules();
  const entries = await Promise.all(
    modules.map(async (entry) => {
      const check = await getEntry('checks', entry.id);
      const scenario = await getEntry('scenarios', entry.id);
      let decisions;
      if (scenario) {
        const machine = createScenarioMachine(scenario.data);
        const bestPath = findBestPath(scenario.data, machine);
        if (!bestPath) throw new Error(`Scenario "${scenario.data.id}": de beste uitkomst is met geen enkele route bereikbaar.`);
        decisions = keyDecisions(scenario.data, machine, bestPath);
      }
      const items = buildReviewItems({
        moduleId: entry.id,
        code: entry.data.code,
        title: entry.data.title,
        check: check?.data,
        scenario: scenario && decisions ? { data: scenario.data, decisions } : undefined,
      });
      return [entry.id, items] as const;
    }),
  );
  return new Map(entries);
}
