import type { Screen } from '../../lib/workshop/view';
import type { WorkshopAction } from '../../lib/workshop/session';
import { optionLetter } from '../../lib/workshop/votes';
import { votesText } from '../../lib/workshop/route';

type VoteScreen = Extract<Screen, { type: 'vote' }>;

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** The status line under the options: what is counted, the result, and who decides on a tie. */
export function voteMessage(screen: VoteScreen): string {
  const { tally, votes, followed, options } = screen;
  const letterOf = (id: string | undefined) => optionLetter(options.findIndex((o) => o.id === id));
  if (!votes.revealed) return `Geteld: ${votesText(tally.total)}. De uitslag is nog verborgen.`;
  if (tally.total === 0) {
    return followed
      ? `Er is niet gestemd. De trainer kiest ${letterOf(followed)}.`
      : 'Er is niet gestemd. De trainer kiest welke optie de groep volgt.';
  }
  if (votes.pick && votes.pick !== tally.majority) {
    return tally.tie
      ? `Gelijke stand. De trainer kiest ${letterOf(votes.pick)}.`
      : `De meeste stemmen gingen naar ${letterOf(tally.majority)}, maar de trainer kiest ${letterOf(votes.pick)}.`;
  }
  if (tally.tie) {
    const leaders = tally.leaders.map(letterOf);
    return `Gelijke stand tussen ${leaders.slice(0, -1).join(', ')} en ${leaders[leaders.length - 1]}. De trainer beslist welke optie de groep volgt.`;
  }
  return `De meeste stemmen: ${letterOf(tally.majority)}, met ${votesText(tally.rows.find((r) => r.choiceId === tally.majority)?.count ?? 0)} van de ${tally.total}. De groep volgt ${letterOf(followed)}.`;
}

/**
 * The options of a decision as A, B, C, D with a button per option: "+1" while
 * hands are counted, and once the result shows, the bar chart and "Volg".
 */
export function VoteOptions({
  screen,
  dispatch,
  showCounts,
}: {
  screen: VoteScreen;
  dispatch: (action: WorkshopAction) => void;
  showCounts: boolean;
}) {
  const { options, votes, tally, followed } = screen;
  const revealed = votes.revealed;
  return (
    <ul class={`jt-ws-options ${revealed ? 'jt-ws-options--revealed' : ''}`} aria-label="Opties">
      {options.map((option, i) => {
        const letter = optionLetter(i);
        const row = tally.rows[i];
        const count = row?.count ?? 0;
        const isFollowed = revealed && followed === option.id;
        return (
          <li key={option.id} class={`jt-ws-option ${isFollowed ? 'jt-ws-option--followed' : ''}`} data-option={letter}>
            <span class="jt-ws-option__letter">{letter}</span>
            <span class="jt-ws-option__label">{option.label}</span>
            <span class="jt-ws-option__result">
              {(revealed || showCounts) && (
                <span class="jt-ws-option__count">
                  {votesText(count)}
                  {revealed && tally.total > 0 && ` (${percent(row?.share ?? 0)})`}
                </span>
              )}
              {revealed && <meter class="jt-ws-option__bar" min={0} max={Math.max(1, tally.total)} value={count} aria-hidden="true" />}
              {revealed ? (
                <button
                  type="button"
                  class={`nl-button nl-button--secondary jt-ws-option__pick ${isFollowed ? 'nl-button--pressed' : ''}`}
                  aria-pressed={isFollowed}
                  onClick={() => dispatch({ type: 'vote.pick', option: i })}
                >
                  Volg {letter}
                </button>
              ) : (
                <button
                  type="button"
                  class="nl-button nl-button--secondary jt-ws-option__add"
                  onClick={() => dispatch({ type: 'vote.add', option: i })}
                >
                  +1<span class="jt-visually-hidden"> stem voor {letter}</span>
                </button>
              )}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * Under the options: take the last hand back while counting, and show or hide the result.
 * `toggleClass` styles the show/hide button: the projector makes "show" its main button.
 */
export function VoteControls({
  screen,
  dispatch,
  toggleClass,
}: {
  screen: VoteScreen;
  dispatch: (action: WorkshopAction) => void;
  toggleClass: { show: string; hide: string };
}) {
  const { revealed, history } = screen.votes;
  return (
    <div class="jt-button-group">
      {!revealed && (
        <button
          type="button"
          class="nl-button nl-button--subtle"
          disabled={history.length === 0}
          onClick={() => dispatch({ type: 'vote.undo' })}
        >
          Laatste stem terug
        </button>
      )}
      <button
        type="button"
        class={`nl-button ${revealed ? toggleClass.hide : toggleClass.show}`}
        onClick={() => dispatch({ type: 'vote.toggle' })}
      >
        {revealed ? 'Verberg uitslag' : 'Toon uitslag'}
      </button>
    </div>
  );
}
