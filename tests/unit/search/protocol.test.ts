import { describe, expect, it, vi } from 'vitest';
import { buildSearchData } from '../../../src/lib/search/build-index';
import { createSearchEngine, fetchSearchEngine } from '../../../src/lib/search/engine';
import { createRequestHandler } from '../../../src/lib/search/protocol';
import type { SearchDocument } from '../../../src/lib/search/types';

const documents: SearchDocument[] = [
  {
    kind: 'begrip',
    title: 'Buurtbudget',
    context: '',
    url: '/begrippen/#buurtbudget',
    headings: '',
    text: 'Een buurtbudget is geld dat bewoners samen besteden aan hun buurt. Het budget is klein.',
  },
  {
    kind: 'module',
    title: 'Participatie',
    context: 'A1',
    url: '/modules/a/#p',
    headings: '',
    text: 'Bewoners participeren in de plannen van de gemeente.',
  },
];
const data = JSON.parse(JSON.stringify(buildSearchData(documents)));
const URL_A = '/zoekindex.json';

describe('the search worker protocol', () => {
  it('loads the index once and answers each query with its outcome and id', async () => {
    const load = vi.fn(async () => createSearchEngine(data));
    const handle = createRequestHandler(load);
    expect(await handle({ type: 'load', id: 1, url: URL_A })).toEqual({ type: 'ready', id: 1 });
    const answer = await handle({ type: 'search', id: 2, url: URL_A, query: 'budget' });
    expect(answer?.type).toBe('outcome');
    expect(answer?.id).toBe(2);
    if (answer?.type !== 'outcome') throw new Error('no outcome');
    expect(answer.outcome.status).toBe('results');
    expect(answer.outcome.groups[0]!.hits[0]!.title).toBe('Buurtbudget');
    expect((await handle({ type: 'search', id: 3, url: URL_A, query: 'participatie' }))?.type).toBe('outcome');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('answers questions asked while the index is still loading, in order, after one load', async () => {
    let finish!: () => void;
    const load = vi.fn(
      () => new Promise<ReturnType<typeof createSearchEngine>>((resolve) => (finish = () => resolve(createSearchEngine(data)))),
    );
    const handle = createRequestHandler(load);
    const answers = Promise.all([1, 2, 3].map((id) => handle({ type: 'search', id, url: URL_A, query: 'buurt'.slice(0, id + 2) })));
    finish();
    expect((await answers).map((a) => [a?.type, a?.id])).toEqual([
      ['outcome', 1],
      ['outcome', 2],
      ['outcome', 3],
    ]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('reports a failed load in its answer and tries again on the next request', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('Zoekindex niet geladen: 404')).mockResolvedValue(createSearchEngine(data));
    const handle = createRequestHandler(load);
    expect(await handle({ type: 'search', id: 1, url: URL_A, query: 'buurt' })).toEqual({
      type: 'failed',
      id: 1,
      reason: 'Zoekindex niet geladen: 404',
    });
    expect((await handle({ type: 'search', id: 2, url: URL_A, query: 'buurt' }))?.type).toBe('outcome');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('answers odd input with a status, never an error', async () => {
    const handle = createRequestHandler(async () => createSearchEngine(data));
    for (const query of ['', '"*:~^', 'de het een', 'x'.repeat(10_000)]) {
      const answer = await handle({ type: 'search', id: 1, url: URL_A, query });
      expect(answer?.type, query).toBe('outcome');
    }
  });

  it('ignores messages that are not requests', async () => {
    const load = vi.fn(async () => createSearchEngine(data));
    const handle = createRequestHandler(load);
    for (const message of [
      null,
      'zoek',
      { type: 'search', id: 1, url: URL_A },
      { type: 'delete', id: 1, url: URL_A },
      { type: 'load', url: URL_A },
    ]) {
      expect(await handle(message)).toBeUndefined();
    }
    expect(load).not.toHaveBeenCalled();
  });
});

describe('fetching the index in the worker', () => {
  it('fails with the HTTP status when the index is missing, and on data of an older site version', async () => {
    await expect(fetchSearchEngine(URL_A, async () => new Response('', { status: 404 }))).rejects.toThrow('404');
    const old = JSON.stringify({ ...data, version: 1 });
    await expect(fetchSearchEngine(URL_A, async () => new Response(old))).rejects.toThrow(/andere versie/);
    const engine = await fetchSearchEngine(URL_A, async () => new Response(JSON.stringify(data)));
    expect(engine.search('buurt').status).toBe('results');
  });
});
