import type lunr from 'lunr';
import { MIN_COMPOUND_PART } from './compounds';
import { dutchLunr, isStopWord, normalizeText, stemWord, termVariants } from './dutch';
import type { SearchData, SearchGroup, SearchHit, SearchKind, SearchOutcome, TextPart } from './types';

/** Longer input is cut off; nobody types more, and it keeps every search fast. */
export const MAX_QUERY_LENGTH = 200;
/** At most this many words of a query are used. */
export const MAX_TERMS = 10;
const MAX_WORD_LENGTH = 40;
const MIN_PREFIX_LENGTH = 3;
const MAX_HITS = 50;
const SNIPPET_WORDS = 28;
const SNIPPET_LEAD = 6;
const BOOST = { stem: 10, variant: 6, prefix: 1 } as const;

/** One word of a query, as index terms it may match. */
export interface QueryTerm {
  word: string;
  /** Exact index terms (stems) that count as a match. */
  variants: string[];
  /** For the word being typed: index terms starting with this also match. */
  prefix?: string;
  /** A stop word that may be the start of a longer word: it adds score but is not required. */
  optional: boolean;
}

/**
 * Turns raw user input into query terms. The input is cut to MAX_QUERY_LENGTH, reduced to
 * letters and digits, split into words, stripped of stop words and stemmed; the last word
 * also matches as a prefix while it is being typed. Nothing of the raw text reaches lunr's
 * query parser, so no input can make the search fail.
 */
export function analyzeQuery(input: string): { words: string[]; terms: QueryTerm[] } {
  const raw = input.slice(0, MAX_QUERY_LENGTH);
  const all = normalizeText(raw)
    .split(' ')
    .filter(Boolean)
    .map((word) => word.slice(0, MAX_WORD_LENGTH));
  const words = [...new Set(all)].slice(0, MAX_TERMS);
  const typing = /[\p{L}\p{N}]$/u.test(raw);
  const last = words.at(-1);
  const terms: QueryTerm[] = [];
  for (const word of words) {
    const prefix = typing && word === last && word.length >= MIN_PREFIX_LENGTH ? word : undefined;
    if (!isStopWord(word)) terms.push({ word, variants: termVariants(word), ...(prefix ? { prefix } : {}), optional: false });
    else if (prefix) terms.push({ word, variants: [], prefix, optional: true });
  }
  // A lone stop word being typed ("over…") may still become a real word ("overheid");
  // several stop words ("de het een") are just that.
  if (terms.length === 1 && terms[0]!.optional) {
    if (words.length > 1) terms.length = 0;
    else terms[0]!.optional = false;
  }
  return { words, terms };
}

/** Whether an index term satisfies a query term. */
function satisfies(term: QueryTerm, indexTerm: string): boolean {
  return term.variants.includes(indexTerm) || (term.prefix !== undefined && indexTerm.startsWith(term.prefix));
}

// Display words seen before, with their normalized parts and stems: the text of a site
// repeats its words, so snippets get cheap after the first searches.
const wordCache = new Map<string, [string, string][]>();
const WORD_CACHE_LIMIT = 50_000;

function wordParts(word: string): [string, string][] {
  let parts = wordCache.get(word);
  if (!parts) {
    parts = normalizeText(word)
      .split(' ')
      .filter((part) => part !== '' && !isStopWord(part))
      .map((part): [string, string] => [part, stemWord(part)]);
    if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
    wordCache.set(word, parts);
  }
  return parts;
}

/**
 * Returns a test for display words ("Initiatieven," or "buurt.") that is true when the
 * word matches one of the query terms, the same way the index matches.
 */
export function wordMatcher(terms: QueryTerm[]): (word: string) => boolean {
  // A compound found through one of its parts (budget → buurtbudget) is marked as well.
  const inside = [...new Set(terms.flatMap((t) => [t.word, ...t.variants]))].filter((w) => w.length >= MIN_COMPOUND_PART);
  return (word) =>
    wordParts(word).some(
      ([part, stem]) =>
        terms.some((t) => satisfies(t, stem) || (t.prefix !== undefined && part.startsWith(t.prefix))) ||
        inside.some((w) => part.length > w.length && part.includes(w)),
    );
}

/**
 * A short piece of the text around the first matching word, split into parts so that a
 * view can wrap the matching words in <mark> without building HTML from content.
 */
export function snippet(text: string, matches: (word: string) => boolean, length = SNIPPET_WORDS): TextPart[] {
  const words = text.split(' ').filter(Boolean);
  const first = words.findIndex(matches);
  const start = first > SNIPPET_LEAD ? Math.min(first - SNIPPET_LEAD, Math.max(0, words.length - length)) : 0;
  const end = Math.min(words.length, start + length);
  const parts: TextPart[] = [];
  let plain = start > 0 ? '… ' : '';
  for (let i = start; i < end; i++) {
    const word = words[i]!;
    const separator = i < end - 1 ? ' ' : '';
    const core = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(word)!;
    if (core[2] && matches(word)) {
      plain += core[1];
      if (plain) parts.push({ text: plain, mark: false });
      parts.push({ text: core[2], mark: true });
      plain = core[3] + separator;
    } else {
      plain += word + separator;
    }
  }
  if (end < words.length) plain += ' …';
  if (plain) parts.push({ text: plain, mark: false });
  return parts;
}

const EMPTY = (status: SearchOutcome['status'], query: string): SearchOutcome => ({ status, query, total: 0, partial: false, groups: [] });

/**
 * Searches a loaded index. Pages that contain every word come first; when no page has them
 * all, pages with some of the words are shown and `partial` is set. Never throws.
 */
export function runSearch(index: lunr.Index, docs: SearchData['docs'], input: string): SearchOutcome {
  const query = input.slice(0, MAX_QUERY_LENGTH).trim();
  const { words, terms } = analyzeQuery(input);
  if (words.length === 0) return EMPTY('empty', query);
  if (terms.length === 0) return EMPTY('stopwords', query);

  const { lunr: l } = dutchLunr();
  let results: lunr.Index.Result[];
  try {
    results = index.query((q) => {
      for (const term of terms) {
        term.variants.forEach((variant, i) => q.term(variant, { usePipeline: false, boost: i === 0 ? BOOST.stem : BOOST.variant }));
        if (term.prefix) q.term(term.prefix, { usePipeline: false, wildcard: l.Query.wildcard.TRAILING, boost: BOOST.prefix });
      }
    });
  } catch {
    return EMPTY('none', query);
  }

  const required = terms.filter((t) => !t.optional);
  const complete = results.filter((r) => {
    const matched = Object.keys(r.matchData.metadata);
    return required.every((t) => matched.some((m) => satisfies(t, m)));
  });
  // No page has every word: show pages with at least one of the real words.
  const some =
    complete.length > 0 ? [] : results.filter((r) => Object.keys(r.matchData.metadata).some((m) => required.some((t) => satisfies(t, m))));
  const partial = complete.length === 0 && some.length > 0;
  const chosen = (complete.length > 0 ? complete : some).slice(0, MAX_HITS);
  if (chosen.length === 0) return EMPTY('none', query);

  const matches = wordMatcher(terms);
  const groups = new Map<SearchKind, SearchHit[]>();
  for (const result of chosen) {
    const doc = docs[Number(result.ref)];
    if (!doc) continue;
    const [kind, title, context, url, text] = doc;
    const hit: SearchHit = { kind, title, context, url, score: result.score, snippet: snippet(text, matches) };
    groups.set(kind, [...(groups.get(kind) ?? []), hit]);
  }
  const grouped: SearchGroup[] = [...groups].map(([kind, hits]) => ({ kind, hits }));
  return { status: 'results', query, total: chosen.length, partial, groups: grouped };
}
