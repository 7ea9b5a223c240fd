import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { useProgress, type ProgressSelector } from '../../../src/lib/hooks/use-progress';
import { createProgressClient, type ProgressClient } from '../../../src/lib/progress/client';
import { createProgressStore, type ProgressStore } from '../../../src/lib/progress';
import { FakeStorage, steppingClock } from '../../support/fake-storage';

// The components below render nothing, so Preact needs no DOM: an empty stand-in for the container is
// enough. Preact only compares the container with `document`, so that must exist.
beforeAll(() => {
  vi.stubGlobal('document', {});
  return () => vi.unstubAllGlobals();
});
const container = () => ({ firstChild: null, childNodes: [], namespaceURI: null }) as unknown as Element;

/** Renders a component that records every value the hook gives it. */
async function mount<T>(select: ProgressSelector<T>, client: ProgressClient) {
  const seen: (T | undefined)[] = [];
  function Probe() {
    seen.push(useProgress(select, client));
    return null;
  }
  const root = container();
  await act(() => render(h(Probe, {}), root));
  return { seen, unmount: () => act(() => render(null, root)) };
}

function setup() {
  const store = createProgressStore({ storage: new FakeStorage(), events: null, now: steppingClock(), persist: null });
  let release: (s: ProgressStore) => void = () => undefined;
  const gate = new Promise<ProgressStore>((resolve) => (release = resolve));
  const client = createProgressClient(() => gate);
  return { store, client, load: () => act(async () => release(store)) };
}

const reflection = { id: 'a1-eigen-vakkennis', moduleId: '01-burgerkracht-en-loslaten', prompt: 'Wat weet u?', text: 'Veel.' };

describe('useProgress', () => {
  it('gives undefined until the store has loaded, then the selected value', async () => {
    const { client, load } = setup();
    const { seen } = await mount((state) => Object.keys(state.reflections).length, client);
    expect(seen).toEqual([undefined]);
    await load();
    expect(seen.at(-1)).toBe(0);
  });

  it('re-renders after a write through the client, with the new value', async () => {
    const { client, load } = setup();
    const { seen } = await mount((state) => state.reflections[reflection.id]?.text ?? '', client);
    await load();
    await act(async () => {
      await client.saveReflection(reflection);
    });
    expect(seen.at(-1)).toBe('Veel.');
  });

  it('does not re-render when a change leaves the selected value alone', async () => {
    const { client, load } = setup();
    const { seen } = await mount((state) => state.reflections[reflection.id]?.text ?? '', client);
    await load();
    const renders = seen.length;
    await act(async () => {
      await client.markSectionRead('01-burgerkracht-en-loslaten', 'inleiding');
    });
    expect(seen.length).toBe(renders);
  });

  it('sees a write queued before the store loaded', async () => {
    const { client, load } = setup();
    const { seen } = await mount((state) => state.scenarios['a1-plantsoen']?.choices.length, client);
    const saved = client.saveScenarioRun('a1-plantsoen', { choices: ['k1'], currentNodeId: 'n2', outcomeNodeId: null, meters: {} });
    await load();
    expect(await saved).toEqual({ saved: true });
    expect(seen.at(-1)).toBe(1);
  });

  it('stops listening when the component is gone', async () => {
    const { client, load } = setup();
    const { seen, unmount } = await mount((state) => state.lastExportAt, client);
    await load();
    await unmount();
    const renders = seen.length;
    await act(async () => {
      await client.markExported();
    });
    expect(seen.length).toBe(renders);
  });
});
