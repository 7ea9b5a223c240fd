import { loadPackedIndex } from './pack';
import { runSearch } from './query';
import type { SearchData, SearchOutcome } from './types';

/** A loaded index that answers queries. */
export interface SearchEngine {
  search(input: string): SearchOutcome;
}

/** Turns the content of /zoekindex.json into an engine; throws when the data has another shape. */
export function createSearchEngine(data: SearchData): SearchEngine {
  if (data?.version !== 2 || !Array.isArray(data.docs)) throw new Error('De zoekindex hoort bij een andere versie van de site.');
  const index = loadPackedIndex(data.index);
  return { search: (input) => runSearch(index, data.docs, input) };
}

/** Fetches /zoekindex.json and loads it. Runs in the search worker, so it may take its time. */
export async function fetchSearchEngine(url: string, fetcher: typeof fetch = fetch): Promise<SearchEngine> {
  const response = await fetcher(url);
  if (!response.ok) throw new Error(`Zoekindex niet geladen: ${response.status}`);
  return createSearchEngine((await response.json()) as SearchData);
}
