import { isStopWord } from './dutch';

/** Parts shorter than this are not split off: "mee", "wet" and "los" would match far too much. */
export const MIN_COMPOUND_PART = 4;

/**
 * Splits Dutch compounds into the words they are made of, using only words that occur in the
 * text itself: buurtbudget → buurt + budget, overheidsparticipatie → overheid + participatie.
 * Searching for "budget" can then find "buurtbudget". A word is split where both sides are
 * known words of at least MIN_COMPOUND_PART letters and not stop words; a linking s, e or en may sit
 * between them. The last part is split again (buurtbudgetaanvraag → buurtbudget + aanvraag →
 * buurt + budget). With several possible splits, the longest last part wins, because in
 * Dutch the last part carries the meaning. A word that starts with a stop word before a known
 * word (voor+stellen, boven+dien) is left whole: that is a verb or an adverb, not a compound.
 *
 * Returns, per compound in `words`, its parts (without the compound itself).
 */
export function splitCompounds(words: Iterable<string>): Map<string, string[]> {
  const vocabulary = new Set(words);
  const known = (part: string) => part.length >= MIN_COMPOUND_PART && vocabulary.has(part) && !isStopWord(part) && !/\d/.test(part);
  const memo = new Map<string, string[]>();
  // raads → raad; the s goes even when "raads" occurs on its own ("raads- en commissieleden"). An e
  // or en goes only when the head is no word itself: ouderen-werk keeps "ouderen", not "ouder".
  const linked = (head: string, link: string) => {
    const base = head.slice(0, -link.length);
    return head.endsWith(link) && known(base) ? base : undefined;
  };

  const split = (word: string, depth: number): string[] => {
    if (depth > 3) return [];
    const cached = memo.get(word);
    if (cached) return cached;
    let parts: string[] = [];
    // Longest last part first: try cut points from left to right.
    for (let cut = MIN_COMPOUND_PART; cut <= word.length - MIN_COMPOUND_PART && parts.length === 0; cut++) {
      const head = word.slice(0, cut);
      const tail = word.slice(cut);
      if (!known(tail)) continue;
      // voor+stellen, boven+dien: a word after a preposition or adverb is no compound of two nouns.
      if (isStopWord(head)) break;
      const first = linked(head, 's') ?? (known(head) ? head : (linked(head, 'en') ?? linked(head, 'e')));
      if (first) parts = [first, tail, ...split(first, depth + 1), ...split(tail, depth + 1)];
    }
    const unique = [...new Set(parts)];
    memo.set(word, unique);
    return unique;
  };

  const compounds = new Map<string, string[]>();
  for (const word of vocabulary) {
    if (word.length < 2 * MIN_COMPOUND_PART) continue;
    const parts = split(word, 0);
    if (parts.length > 0) compounds.set(word, parts);
  }
  return compounds;
}
