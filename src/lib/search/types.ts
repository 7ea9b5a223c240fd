import type { PackedIndex } from './pack';

/** What a search result points to; each kind is a group on the results page. */
export type SearchKind = 'module' | 'begrip' | 'praktijk' | 'scenario';

/** One searchable unit: a module section, a glossary term, a case section or a scenario. */
export interface SearchDocument {
  kind: SearchKind;
  /** Shown as the result's link text and indexed with the highest weight. */
  title: string;
  /** Where the result lives, e.g. "A1 Burgerkracht zien en loslaten"; empty when the group says it all. */
  context: string;
  /** Site path without the base, with the section anchor, e.g. "/modules/…/#slug". */
  url: string;
  /** Subheadings (###) inside the section; indexed, not shown. */
  headings: string;
  /** Plain text; indexed and used for the snippet. */
  text: string;
}

/**
 * The file /zoekindex.json: the lunr index (packed, see pack.ts) and, per document (the
 * lunr ref is its position), [kind, title, context, url, text].
 */
export interface SearchData {
  version: 2;
  index: PackedIndex;
  docs: [SearchKind, string, string, string, string][];
}

/** A piece of a snippet or title; `mark` is true for words that match the query. */
export interface TextPart {
  text: string;
  mark: boolean;
}

/** One result, ready to show. */
export interface SearchHit {
  kind: SearchKind;
  title: string;
  context: string;
  url: string;
  score: number;
  snippet: TextPart[];
}

/** The results of one kind, for one group on the page. */
export interface SearchGroup {
  kind: SearchKind;
  hits: SearchHit[];
}

/**
 * The outcome of a search. `empty`: nothing typed; `stopwords`: only very common words;
 * `none`: no match; `results`: see `groups`. `partial` means no page had every word, so
 * the results contain at least one of them.
 */
export interface SearchOutcome {
  status: 'empty' | 'stopwords' | 'none' | 'results';
  query: string;
  total: number;
  partial: boolean;
  groups: SearchGroup[];
}
