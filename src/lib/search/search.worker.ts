// The search worker: loads the index and answers queries off the main thread, so typing and
// scrolling never wait for lunr. The protocol is in protocol.ts; this file only connects it.
import { fetchSearchEngine } from './engine';
import { createRequestHandler, type SearchResponse } from './protocol';

/** The part of a dedicated worker's global scope used here (the project compiles with the DOM lib). */
interface WorkerScope {
  postMessage(message: SearchResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
}

const scope = self as unknown as WorkerScope;
const handle = createRequestHandler((url) => fetchSearchEngine(url));

scope.addEventListener('message', (event) => {
  void handle(event.data).then((response) => {
    if (response) scope.postMessage(response);
  });
});
