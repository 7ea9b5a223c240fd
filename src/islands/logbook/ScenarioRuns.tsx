import type { ProgressState } from '../../lib/progress/progress-schema';
import { formatDate } from '../../lib/text/dates';
import { countOf } from '../../lib/text/plural';
import type { LogScenario } from './types';

const RATING: Readonly<Record<string, string>> = {
  best: 'beste uitkomst',
  goed: 'goede uitkomst',
  matig: 'matige uitkomst',
  zwak: 'zwakke uitkomst',
};

/** How each scenario the learner played ended, or how far it got. */
export function ScenarioRuns({
  scenarios,
  runs,
  history,
  titles,
}: {
  scenarios: LogScenario[];
  runs: ProgressState['scenarios'];
  history: ProgressState['scenarioHistory'];
  titles: Readonly<Record<string, string>>;
}) {
  const played = scenarios.filter((s) => Object.hasOwn(runs, s.id));
  if (played.length === 0) return <p>U hebt nog geen scenario gespeeld.</p>;
  return (
    <ul class="jt-log__runs">
      {played.map((s) => {
        const run = runs[s.id]!;
        const ending = run.outcomeNodeId && Object.hasOwn(s.endings, run.outcomeNodeId) ? s.endings[run.outcomeNodeId] : undefined;
        const choices = countOf(run.choices.length, 'keuze', 'keuzes');
        const finished = Object.hasOwn(history, s.id) ? history[s.id]!.length : 0;
        return (
          <li key={s.id}>
            <a href={s.href}>{s.title}</a> ({titles[s.moduleId] ?? s.moduleId}):{' '}
            {ending
              ? `afgerond op ${formatDate(run.updatedAt)}, ${ending.title} (${RATING[ending.rating] ?? ending.rating}), in ${choices}.`
              : `bezig sinds ${formatDate(run.startedAt)}, ${choices} gemaakt.`}
            {finished > 0 && (
              // The scenario page keeps the debrief of every finished run: its map, "Wat als…" and the comparison.
              <>
                {' '}
                U speelde het {countOf(finished, 'keer', 'keer')} uit. <a href={s.href}>Bekijk de nabespreking van {s.title}</a>, met de
                kaart, ‘Wat als…’ en een vergelijking van uw rondes.
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
