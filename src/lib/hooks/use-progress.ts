import { useEffect, useReducer, useRef } from 'preact/hooks';
import { progress, type ProgressClient } from '../progress/client';
import type { ProgressState } from '../progress/progress-schema';
import type { StoreStatus } from '../progress/store-types';

/** Picks what a component shows from the learner data. Return the same value (Object.is) when nothing it shows changed. */
export type ProgressSelector<T> = (state: ProgressState, status: StoreStatus) => T;

/**
 * Reads learner data in an island: `useProgress((state) => state.reflections[id])`.
 * Undefined until the store has loaded (and always in the server render and
 * the hydrating render, so their markup agrees); after that the selected value,
 * re-rendering only when it changes. Write with the functions of `progress`
 * (src/lib/progress/client.ts).
 *
 * The semantics of React's useSyncExternalStore (read the store during render,
 * subscribe in an effect, check again after subscribing so no change is
 * missed), written on preact/hooks: preact/compat's version would add its
 * whole compat layer to every island that reads progress.
 */
export function useProgress<T>(
  select: ProgressSelector<T>,
  client: Pick<ProgressClient, 'current' | 'subscribe' | 'read'> = progress,
): T | undefined {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const mounted = useRef(false);
  const selectRef = useRef(select);
  selectRef.current = select;
  const shown = useRef<{ value: T } | null>(null);

  useEffect(() => {
    mounted.current = true;
    const check = () => {
      const store = client.current();
      if (!store) return;
      const next = selectRef.current(store.getState(), store.status());
      if (!shown.current || !Object.is(shown.current.value, next)) rerender(0);
    };
    const stop = client.subscribe(check);
    check();
    // Without the store the island keeps working; it just shows no saved data.
    client.read().catch(() => undefined);
    return stop;
  }, [client]);

  const store = mounted.current ? client.current() : null;
  if (!store) {
    shown.current = null;
    return undefined;
  }
  const value = select(store.getState(), store.status());
  shown.current = { value };
  return value;
}
