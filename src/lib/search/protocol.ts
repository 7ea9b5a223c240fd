import type { SearchEngine } from './engine';
import type { SearchOutcome } from './types';

/**
 * Messages between the page and the search worker. `load` fetches the index ahead of the first
 * query (on focus); `search` answers one query. Every request carries the index URL, so a worker
 * never needs set-up, and an id, so the page can match answers to questions.
 */
export type SearchRequest = { type: 'load'; id: number; url: string } | { type: 'search'; id: number; url: string; query: string };

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

/** A request before the client numbers it. */
export type SearchQuestion = WithoutId<SearchRequest>;

/** `failed`: the index could not be loaded or read; the page offers the full list instead. */
export type SearchResponse =
  { type: 'ready'; id: number } | { type: 'outcome'; id: number; outcome: SearchOutcome } | { type: 'failed'; id: number; reason: string };

function isRequest(data: unknown): data is SearchRequest {
  if (typeof data !== 'object' || data === null) return false;
  const r = data as Record<string, unknown>;
  return Number.isInteger(r.id) && typeof r.url === 'string' && (r.type === 'load' || (r.type === 'search' && typeof r.query === 'string'));
}

/**
 * The worker's side of the protocol, without the worker: answers each request, loading the
 * engine once per index URL. A failed load is forgotten, so the next request tries again (the
 * network may be back). Messages of another shape get no answer; they cannot come from our page.
 */
export function createRequestHandler(load: (url: string) => Promise<SearchEngine>) {
  const engines = new Map<string, Promise<SearchEngine>>();
  const engine = (url: string) => {
    let loading = engines.get(url);
    if (!loading) {
      loading = load(url);
      engines.set(url, loading);
      loading.catch(() => engines.delete(url));
    }
    return loading;
  };

  return async (data: unknown): Promise<SearchResponse | undefined> => {
    if (!isRequest(data)) return undefined;
    const { id } = data;
    let loaded: SearchEngine;
    try {
      loaded = await engine(data.url);
    } catch (error) {
      return { type: 'failed', id, reason: error instanceof Error ? error.message : String(error) };
    }
    // runSearch never throws; the engine answers even the strangest input with a status.
    return data.type === 'load' ? { type: 'ready', id } : { type: 'outcome', id, outcome: loaded.search(data.query) };
  };
}
