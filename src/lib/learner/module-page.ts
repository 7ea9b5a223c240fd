import type { ProgressClient } from '../progress/client';
import { readSections } from '../progress/progress-schema';

/**
 * Records reading on a module page: a section counts as read once the learner
 * has scrolled to its end (the next heading, or the end of the text).
 * (Knowledge-check answers are saved by the check's own script.)
 */
export function bindModulePage(client: Pick<ProgressClient, 'current' | 'markSectionRead'>, article: HTMLElement) {
  const moduleId = article.dataset['module'];
  if (!moduleId || !('IntersectionObserver' in window)) return;

  const headings = [...article.querySelectorAll<HTMLElement>('.jt-prose > h2[id]')];
  const end = article.querySelector<HTMLElement>('[data-prose-end]');
  const markers = [...headings.slice(1), end].filter((el): el is HTMLElement => el !== null);
  const sectionOf = new Map(markers.map((marker, i) => [marker, headings[i]!.id]));
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      const slug = sectionOf.get(entry.target as HTMLElement);
      if (slug) void client.markSectionRead(moduleId, slug);
      observer.unobserve(entry.target);
    }
  });
  const state = client.current()?.getState();
  const read = new Set(state ? readSections(state, moduleId) : []);
  for (const marker of markers) if (!read.has(sectionOf.get(marker)!)) observer.observe(marker);
}
