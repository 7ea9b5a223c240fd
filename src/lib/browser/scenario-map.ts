import type { RunMarks } from '../scenario/run-marks';

/** The two runs a map can show at once: the learner's (or the group's) and the one compared with it. */
export type MapMark = 'own' | 'compare';

/** The server-rendered map of a scenario on this page (src/components/ScenarioMap.astro), if any. */
export function findScenarioMap(scenarioId: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-scenario-map="${CSS.escape(scenarioId)}"]`);
}

/**
 * Marks a run on the static map through data attributes, which the map's CSS draws as lines, step
 * numbers and dashes. `null` clears the mark. The boxes' accessible names say the step numbers too,
 * so the marks are never by sight alone.
 */
export function markRun(map: Element, mark: MapMark, marks: RunMarks | null, routeName = 'uw route'): void {
  const attr = `data-${mark}`;
  for (const el of map.querySelectorAll(`[${attr}]`)) el.removeAttribute(attr);
  if (mark === 'own') {
    for (const el of map.querySelectorAll<SVGElement>('[data-step]')) {
      el.removeAttribute('data-step');
      const text = el.querySelector('.jt-map__badge text');
      if (text) text.textContent = '';
    }
    for (const link of map.querySelectorAll<SVGElement>('.jt-map__link[data-label]')) link.setAttribute('aria-label', link.dataset.label!);
  }
  const legend = map.querySelector<HTMLElement>(`[data-legend="${mark}"]`);
  if (legend) legend.hidden = marks === null;
  if (!marks) return;
  for (const id of marks.edges) map.querySelector(`[data-edge="${CSS.escape(id)}"]`)?.setAttribute(attr, 'true');
  for (const id of marks.nodes) {
    const node = map.querySelector<SVGElement>(`.jt-map__node[data-node="${CSS.escape(id)}"]`);
    if (!node) continue;
    node.setAttribute(attr, 'true');
    const steps = marks.steps[id];
    const link = node.querySelector<SVGElement>('.jt-map__link');
    if (mark === 'own' && link?.dataset.label && node.classList.contains('jt-map__node--ending')) {
      link.setAttribute('aria-label', `${link.dataset.label} Hier eindigde ${routeName}.`);
    }
    if (mark === 'own' && steps?.length) {
      node.setAttribute('data-step', steps.join(','));
      const text = node.querySelector('.jt-map__badge text');
      if (text) text.textContent = steps.join(',');
      const words = steps.length === 1 ? `Stap ${steps[0]} van ${routeName}.` : `Stappen ${steps.join(' en ')} van ${routeName}.`;
      if (link?.dataset.label) link.setAttribute('aria-label', `${link.dataset.label} ${words}`);
    }
  }
}

/** Marks the decision where a run left the best route, or clears the mark. */
export function markSplit(map: Element, nodeId: string | null): void {
  for (const el of map.querySelectorAll('[data-split]')) el.removeAttribute('data-split');
  if (nodeId) map.querySelector(`.jt-map__node[data-node="${CSS.escape(nodeId)}"]`)?.setAttribute('data-split', 'true');
}

/** Writes a vote count next to each choice's letter ("· 7"); choices without votes are cleared. */
export function markTallies(map: Element, counts: Record<string, number> | null): void {
  for (const el of map.querySelectorAll<SVGTextElement>('[data-tally-for]')) {
    const count = counts?.[el.dataset.tallyFor ?? ''];
    el.textContent = count ? `· ${count}` : '';
  }
}

/**
 * Moves the map into `slot` (an element the island renders empty) and returns a function that puts it
 * back where the page had it. The map's home is hidden while the map is away.
 */
export function borrowMap(map: HTMLElement, slot: HTMLElement): () => void {
  const home = map.parentElement;
  const next = map.nextSibling;
  const wrapper = map.closest<HTMLElement>('[data-map-home]');
  const wasHidden = wrapper?.hidden ?? false;
  slot.append(map);
  if (wrapper) wrapper.hidden = true;
  return () => {
    home?.insertBefore(map, next);
    if (wrapper) wrapper.hidden = wasHidden;
  };
}
