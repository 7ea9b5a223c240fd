import { useState } from 'preact/hooks';
import type { Scenario } from '../../lib/schemas/scenario';
import { meterComparison, splitOf } from '../../lib/scenario/compare-runs';
import type { FinishedRun } from '../../lib/learner/scenario-history';
import { formatDateTime } from '../../lib/text/dates';
import { RATING_LABEL } from '../../lib/text/labels';

interface Props {
  scenario: Scenario;
  runs: readonly FinishedRun[];
  idPrefix: string;
  /** The two runs compared, by index in `runs`; the studio keeps them, so the map can show them too. */
  pair: readonly [number, number];
  onPick: (pair: [number, number]) => void;
}

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '0');

/** The pair compared unless the learner picked one: the run before the last, and the last. */
export function defaultPair(count: number, picked: readonly [number, number] | null): [number, number] {
  if (picked && picked[0] < count && picked[1] < count) return [picked[0], picked[1]];
  return [Math.max(0, count - 2), Math.max(0, count - 1)];
}

/** Two finished runs side by side: where they split, their endings and their final meters. */
export function RunComparison({ scenario, runs, idPrefix, pair, onPick }: Props) {
  const count = runs.length;
  const [first, second] = pair;
  const [status, setStatus] = useState('');

  if (count < 2) {
    return (
      <p>
        U hebt dit scenario {count === 1 ? 'één keer' : 'nog niet'} afgemaakt. Speel het nog eens, of kies hierboven ‘Wat als…’ en speel een
        andere keuze uit. Dan vergelijkt u hier uw routes.
      </p>
    );
  }

  if (!runs[first] || !runs[second]) return null;
  const a = runs[first]!;
  const b = runs[second]!;
  const nodes = new Map(scenario.nodes.map((n) => [n.id, n]));
  const labelOf = (choiceId: string | undefined) =>
    choiceId ? (scenario.nodes.flatMap((n) => n.choices ?? []).find((c) => c.id === choiceId)?.label ?? choiceId) : 'al afgelopen';
  const name = (i: number) => `Ronde ${i + 1}`;
  const endingOf = (run: FinishedRun) => {
    const ending = nodes.get(run.outcomeNodeId)?.ending;
    return ending ? `${ending.title} (${RATING_LABEL[ending.rating].toLowerCase()})` : 'onbekend einde';
  };
  const split = splitOf(scenario, a, b);
  const summary =
    first === second
      ? 'U vergelijkt een ronde met zichzelf. Kies twee verschillende rondes.'
      : split
        ? `${name(first)} en ${name(second)} gingen uit elkaar bij stap ${split.index + 1}: ‘${nodes.get(split.nodeId)?.title ?? ''}’.`
        : `${name(first)} en ${name(second)} maakten dezelfde keuzes.`;

  const choose = (which: 0 | 1, value: number) => {
    const next: [number, number] = which === 0 ? [value, second] : [first, value];
    onPick(next);
    setStatus(`Vergelijking bijgewerkt: ${name(next[0])} met ${name(next[1])}.`);
  };
  const select = (which: 0 | 1, value: number, label: string) => (
    <p class="jt-compare__pick">
      <label for={`${idPrefix}-${which}`}>{label}</label>
      <select
        id={`${idPrefix}-${which}`}
        value={String(value)}
        onChange={(event) => choose(which, Number((event.target as HTMLSelectElement).value))}
      >
        {runs.map((run, i) => (
          <option key={`${run.startedAt}-${run.finishedAt}`} value={String(i)}>
            {name(i)}, {formatDateTime(run.finishedAt)}: {nodes.get(run.outcomeNodeId)?.ending?.title ?? 'einde'}
          </option>
        ))}
      </select>
    </p>
  );

  return (
    <div class="jt-compare">
      <div class="jt-compare__picks">
        {select(0, first, 'Eerste ronde')}
        {select(1, second, 'Tweede ronde')}
      </div>
      <p class="jt-compare__summary">{summary}</p>
      <div class="jt-table-wrap" role="region" aria-labelledby={`${idPrefix}-tabel`} tabIndex={0}>
        <table class="jt-compare__table">
          <caption id={`${idPrefix}-tabel`}>
            {name(first)} en {name(second)} naast elkaar
          </caption>
          <thead>
            <tr>
              <td />
              <th scope="col">{name(first)}</th>
              <th scope="col">{name(second)}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Einde</th>
              <td>{endingOf(a)}</td>
              <td>{endingOf(b)}</td>
            </tr>
            {split && (
              <tr>
                <th scope="row">Keuze bij stap {split.index + 1}</th>
                <td>{labelOf(split.first)}</td>
                <td>{labelOf(split.second)}</td>
              </tr>
            )}
            {meterComparison(scenario, a, b).map((row) => (
              <tr key={row.meterId}>
                <th scope="row">{row.label} aan het einde</th>
                <td>
                  {row.first} van {row.max}
                </td>
                <td>
                  {row.second} van {row.max} ({signed(row.difference)})
                </td>
              </tr>
            ))}
            <tr>
              <th scope="row">Aantal stappen</th>
              <td>{a.choices.length}</td>
              <td>{b.choices.length}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <p class="jt-visually-hidden" role="status">
        {status}
      </p>
    </div>
  );
}
