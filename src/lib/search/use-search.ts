import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { withBase } from '../url';
import type { ask as askWorker } from './client';
import type { SearchOutcome } from './types';

/** The worker client loads with the first question, so it is not part of the page's first script. */
const ask: typeof askWorker = (question) => import('./client').then((client) => client.ask(question));

export interface SearchState {
  /** The outcome of the latest answered query; kept while the next one is on its way, so results do not flicker. */
  outcome: SearchOutcome | null;
  /** The worker or the index did not load. */
  failed: boolean;
  /** Loads the index ahead of the first query, e.g. when the field gets focus. */
  prepare: () => void;
}

/**
 * Searches `query` in the search worker. One query is on its way at a time: while the worker
 * answers, newer input waits, and only the latest of it is sent next. So fast typing never
 * queues stale queries, and the last answer always belongs to the last input.
 */
export function useSearch(query: string): SearchState {
  const [outcome, setOutcome] = useState<SearchOutcome | null>(null);
  const [failed, setFailed] = useState(false);
  const busy = useRef(false);
  const latest = useRef(query);
  const url = withBase('/zoekindex.json');

  const send = useCallback((text: string) => {
    busy.current = true;
    void ask({ type: 'search', url, query: text }).then((response) => {
      busy.current = false;
      if (response.type === 'outcome') setOutcome(response.outcome);
      setFailed(response.type === 'failed');
      if (latest.current.trim() && latest.current !== text) send(latest.current);
    });
  }, []);

  useEffect(() => {
    latest.current = query;
    if (query.trim() && !busy.current) send(query);
  }, [query]);

  const prepare = useCallback(() => {
    void ask({ type: 'load', url }).then((response) => setFailed(response.type === 'failed'));
  }, []);

  return { outcome, failed, prepare };
}
