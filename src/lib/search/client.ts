import type { SearchQuestion, SearchRequest, SearchResponse } from './protocol';

/**
 * The page's side of the search worker: one worker per page, shared by the header panel and the
 * search page, started on first use. This file and protocol.ts's types are all the main thread
 * carries; lunr, the stemmer and the index live in the worker.
 */
let worker: Worker | undefined;
let nextId = 1;
const waiting = new Map<number, (response: SearchResponse) => void>();

const STARTUP_FAILED = 'Het zoekprogramma kon niet starten.';

/** Answers every open request with `failed` and forgets the worker, so the next request starts a new one. */
function giveUp(broken: Worker, reason: string): void {
  broken.terminate();
  if (worker === broken) worker = undefined;
  for (const [id, answer] of waiting) answer({ type: 'failed', id, reason });
  waiting.clear();
}

function connect(): Worker {
  if (worker) return worker;
  const started = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'zoeken' });
  started.addEventListener('message', (event: MessageEvent<SearchResponse>) => {
    const answer = waiting.get(event.data.id);
    waiting.delete(event.data.id);
    answer?.(event.data);
  });
  // The script did not load or run (offline, blocked, an old browser): the page says so and offers the list.
  started.addEventListener('error', (event) => {
    event.preventDefault();
    giveUp(started, STARTUP_FAILED);
  });
  started.addEventListener('messageerror', () => giveUp(started, STARTUP_FAILED));
  worker = started;
  return started;
}

/** Sends one request to the worker; always resolves, with `failed` when the worker cannot answer. */
export function ask(question: SearchQuestion): Promise<SearchResponse> {
  const id = nextId++;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    try {
      connect().postMessage({ ...question, id } as SearchRequest);
    } catch {
      waiting.delete(id);
      resolve({ type: 'failed', id, reason: STARTUP_FAILED });
    }
  });
}
