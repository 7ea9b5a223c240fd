// Loaded by scripts/scenarios-report.mjs through Vite's module runner, so it can use the same
// TypeScript schema and engine as the build.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ScenarioSchema } from '../../src/lib/schemas/scenario';
import { checkScenarioDesign, type DesignReport } from '../../src/lib/scenario/design-checks';

/** The design report of every scenario under modules/, in folder order. */
export function designReports(root: string): { file: string; report: DesignReport }[] {
  const modules = join(root, 'modules');
  return readdirSync(modules)
    .sort()
    .map((folder) => join('modules', folder, 'scenario.yaml'))
    .filter((file) => existsSync(join(root, file)))
    .map((file) => ({ file, report: checkScenarioDesign(ScenarioSchema.parse(parse(readFileSync(join(root, file), 'utf8')))) }));
}
