import type { ProgressClient } from '../progress/client';
import type { ProgressState } from '../progress/progress-schema';
import { moduleStatus } from '../progress/module-status';
import { describeParts } from './describe-parts';
import type { ModuleOutline } from '../content/module-outline';

const STATUS_LABEL = { 'niet-begonnen': 'Niet begonnen', bezig: 'Bezig', afgerond: 'Afgerond' } as const;

/**
 * Fills the progress placeholders that pages render: status badges
 * (`[data-progress-for]`), progress panels (`[data-module-progress]`) and the
 * "Verder waar u was" link (`[data-resume]`). Re-renders on every change, also
 * from another tab.
 */
export function bindProgressViews(client: Pick<ProgressClient, 'current' | 'subscribe'>, outlines: ModuleOutline[], root: ParentNode) {
  const byId = new Map(outlines.map((o) => [o.id, o]));
  const render = (state: ProgressState) => {
    for (const badge of root.querySelectorAll<HTMLElement>('[data-progress-for]')) {
      const outline = byId.get(badge.dataset['progressFor']!);
      if (!outline) continue;
      const { status } = moduleStatus(state, outline);
      badge.textContent = STATUS_LABEL[status];
      badge.className = `jt-status jt-status--${status}`;
      badge.hidden = false;
    }
    for (const panel of root.querySelectorAll<HTMLElement>('[data-module-progress]')) {
      const outline = byId.get(panel.dataset['moduleProgress']!);
      if (!outline) continue;
      const progress = moduleStatus(state, outline);
      const status = panel.querySelector<HTMLElement>('[data-progress-status]');
      const parts = panel.querySelector<HTMLElement>('[data-progress-parts]');
      if (status) {
        const badge = document.createElement('span');
        badge.className = `jt-status jt-status--${progress.status}`;
        badge.textContent = STATUS_LABEL[progress.status];
        status.replaceChildren('Status: ', badge);
      }
      parts?.replaceChildren(
        ...describeParts(progress, outline).map((line) => {
          const li = document.createElement('li');
          li.textContent = line;
          return li;
        }),
      );
      panel.hidden = false;
    }
    const place = state.lastPlace;
    for (const resume of root.querySelectorAll<HTMLElement>('[data-resume]')) {
      resume.hidden = !place;
      if (!place) continue;
      const link = document.createElement('a');
      link.href = place.url;
      link.textContent = place.title;
      resume.replaceChildren('Verder waar u was: ', link);
    }
  };
  const update = () => {
    const store = client.current();
    if (store) render(store.getState());
  };
  update();
  client.subscribe(update);
}
