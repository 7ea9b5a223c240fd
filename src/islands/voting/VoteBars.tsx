import { countOf } from '../../lib/text/plural';

interface Props {
  options: readonly string[];
  counts: readonly number[];
}

/**
 * A revealed tally: a bar and a number per option, in a list a screen reader reads as text.
 * The bar's length repeats the number; the number carries the meaning, never the bar alone.
 */
export function VoteBars({ options, counts }: Props) {
  const total = counts.reduce((sum, c) => sum + c, 0);
  const most = Math.max(1, ...counts);
  return (
    <ol class="jt-vote-bars" role="list">
      {options.map((label, option) => {
        const count = counts[option] ?? 0;
        return (
          <li key={option} class="jt-vote-bars__item">
            <span class="jt-vote-bars__label">
              <span aria-hidden="true">{String.fromCharCode(65 + option)}. </span>
              {label}
            </span>
            <span class="jt-vote-bars__bar" style={{ inlineSize: `${(count / most) * 100}%` }} aria-hidden="true" />
            <span class="jt-vote-bars__count">
              {countOf(count, 'stem', 'stemmen')}
              {total > 0 && ` (${Math.round((count / total) * 100)} %)`}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
