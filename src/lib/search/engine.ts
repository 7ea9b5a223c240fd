import type lunr from 'lunr';
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
  return answering(lunr.Index.load(unpackIndex(data.index)), data);
}

function answering(index: lunr.Index, data: SearchData): SearchEngine {
  return { search: (input) => runSearch(index, data.docs, input) };
}

let loading: Promise<SearchEngine> | undefined;

/** Lets the browser handle input and paint before the next step (a new task, not a microtask). */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Fetches /zoekindex.json once and loads it; a failed fetch is retried on the next call.
 * Parsing, unpacking and loading each run in their own task, so typing stays responsive on a
 * slow phone while the 100 KB index is read.
 */
export function loadSearchEngine(url: string): Promise<SearchEngine> {
  loading ??= fetch(url)
    .then(async (response) => {
      if (!response.ok) throw new Error(`Zoekindex niet geladen: ${response.status}`);
      const data = (await response.json()) as SearchData;
      await nextTask();
      const { lunr } = dutchLunr();
      const packed = unpackIndex(data.index);
      await nextTask();
      const index = lunr.Index.load(packed);
      await nextTask();
      return answering(index, data);
    });
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
