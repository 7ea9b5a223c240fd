/**
 * A show of hands at one scenario decision: the trainer adds a vote per option,
 * can undo the last one, reveals the result when ready and may pick which
 * option the group follows. Pure data and functions; options are choice ids.
 */

/** The votes at one decision (one scenario node). */
export interface NodeVotes {
  /** Votes per choice id. */
  counts: Record<string, number>;
  /** Choice ids in the order the votes were added, so undo removes the last one. */
  history: string[];
  /** Whether the distribution is shown to the group. */
  revealed: boolean;
  /** The option the trainer chose to follow; `null` means "follow the most votes". */
  pick: string | null;
  /** Votes from phones per choice id, as the relay revealed them; added to the hands. */
  phones?: Record<string, number>;
}

/** One option's share of the votes. */
export interface TallyRow {
  choiceId: string;
  count: number;
  /** Share of all votes, 0–1; 0 when nobody voted. */
  share: number;
}

/** The result of a show of hands over the offered options. */
export interface Tally {
  total: number;
  rows: TallyRow[];
  /** Options with the most votes (all options when nobody voted). */
  leaders: string[];
  /** The one option with the most votes, or undefined on a tie or without votes. */
  majority: string | undefined;
  /** More than one option shares the most votes, or nobody voted: the trainer decides. */
  tie: boolean;
}

/** No votes yet, result hidden. */
export function emptyVotes(): NodeVotes {
  return { counts: {}, history: [], revealed: false, pick: null };
}

/** One more hand for an option. */
export function addVote(votes: NodeVotes, choiceId: string): NodeVotes {
  return {
    ...votes,
    counts: { ...votes.counts, [choiceId]: (votes.counts[choiceId] ?? 0) + 1 },
    history: [...votes.history, choiceId],
  };
}

/** Takes back the last vote added; nothing happens when there is none. */
export function undoVote(votes: NodeVotes): NodeVotes {
  const last = votes.history[votes.history.length - 1];
  if (last === undefined) return votes;
  const count = Math.max(0, (votes.counts[last] ?? 0) - 1);
  const counts = { ...votes.counts };
  if (count === 0) delete counts[last];
  else counts[last] = count;
  return { ...votes, counts, history: votes.history.slice(0, -1) };
}

/** Counts the votes for the offered options, in their order. */
export function tally(votes: NodeVotes | undefined, optionIds: readonly string[]): Tally {
  const rows = optionIds.map((choiceId) => ({
    choiceId,
    count: (votes?.counts[choiceId] ?? 0) + (votes?.phones?.[choiceId] ?? 0),
    share: 0,
  }));
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  for (const row of rows) row.share = total > 0 ? row.count / total : 0;
  const most = Math.max(0, ...rows.map((r) => r.count));
  const leaders = rows.filter((r) => r.count === most).map((r) => r.choiceId);
  const majority = total > 0 && leaders.length === 1 ? leaders[0] : undefined;
  return { total, rows, leaders, majority, tie: majority === undefined };
}

/** The option the group follows: the trainer's pick, otherwise the one with the most votes; undefined on an unbroken tie. */
export function followedChoice(votes: NodeVotes | undefined, optionIds: readonly string[]): string | undefined {
  if (votes?.pick && optionIds.includes(votes.pick)) return votes.pick;
  return tally(votes, optionIds).majority;
}

export { optionLetter } from '../scenario/option-letter';
