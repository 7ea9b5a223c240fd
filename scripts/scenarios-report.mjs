// npm run scenarios:report — the design figures of every scenario: runs, the chance of each ending
// under random play, decisions with a dominant option, core mistakes, and every broken design rule.
// Exits 1 when a scenario breaks a rule. docs/authoring.md explains each rule and how to fix it.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('../', import.meta.url));
const { module } = await runnerImport(fileURLToPath(new URL('./lib/scenario-design-report.ts', import.meta.url)), {
  root,
  configFile: false,
  logLevel: 'error',
});
const reports = module.designReports(root);
const pct = (share) => `${(share * 100).toFixed(1).replace('.', ',')} %`;

const rows = [['scenario', 'routes', 'beste einde', 'dominant', 'kernfouten', 'regels'].join(' | ')];
for (const { report } of reports) {
  rows.push(
    [
      report.scenarioId,
      report.runs,
      pct(report.bestChance),
      `${report.dominantNodes.length}/${report.decisions} (${pct(report.dominantShare)})`,
      report.coreMistakes,
      report.problems.length ? `${report.problems.length} fout` : 'ok',
    ].join(' | '),
  );
}
console.log(rows.join('\n'));
for (const { file, report } of reports) {
  console.log(`\n${report.scenarioId} (${file}): kans per einde bij willekeurig kiezen`);
  for (const e of report.endings) console.log(`  ${e.rating.padEnd(5)} ${pct(e.chance).padStart(8)}  ${e.runs} routes  ${e.title}`);
  for (const p of report.problems) console.log(`  FOUT: ${p.message}`);
}
const broken = reports.filter(({ report }) => report.problems.length);
console.log(
  broken.length
    ? `\n${broken.length} van de ${reports.length} scenario's breken een ontwerpregel.`
    : `\nAlle ${reports.length} scenario's halen de ontwerpregels.`,
);
process.exit(broken.length ? 1 : 0);
