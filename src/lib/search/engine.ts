import { dutchLunr } from './dutch';
import { unpackIndex } from './pack';
import { runSearch } from './query';
import type { SearchData, SearchOutcome } from './types';

/** A loaded index that answers queries. */
export interface SearchEngine {
  search(input: string): SearchOutcome;
}

/** Loads the index from /zoekindex.json (lunr.Index.load, after registering the Dutch pipeline). */
export function createSearchEngine(data: SearchData): SearchEngine {
  const { lunr } = dutchLunr();
  const index = lunr.Index.load(unpackIndex(data.index));
  return { search: (input) => runSearch(index, data.docs, input) };
}

let loading: Promise<SearchEngine> | undefined;

/** Fetches /zoekindex.json once and loads it; a failed fetch is retried on the next call. */
export function loadSearchEngine(url: string): Promise<SearchEngine> {
  loading ??= fetch(url)
    .then((response) => {
      if (!response.ok) throw new Error(`Zoekindex niet geladen: ${response.status}`);
      return response.json() as Promise<SearchData>;
    })
    .then(createSearchEngine);
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
