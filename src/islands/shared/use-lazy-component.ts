import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A component whose code loads the first time `wanted` is true, for parts nobody sees before they
 * ask (a notes panel, a key overview): they stay out of the JavaScript that runs before the page is
 * ready. `Component` is null until it has loaded; `failed` says that it could not load.
 */
export function useLazyComponent<P>(
  load: () => Promise<ComponentType<P>>,
  wanted: boolean,
): { Component: ComponentType<P> | null; failed: boolean } {
  const [Component, setComponent] = useState<ComponentType<P> | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!wanted || Component) return;
    load().then(
      (loaded) => setComponent(() => loaded),
      () => setFailed(true),
    );
  }, [wanted]);
  return { Component, failed };
}
