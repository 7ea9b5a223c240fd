import type { ProgressStore } from '../progress/store-types';
import { readSections } from '../progress/progress-schema';
import { restoreAnswers, type CheckAnswerDetail } from '../checks/enhance-knowledge-check';

/**
 * Records reading on a module page: a section counts as read once the learner
 * has scrolled to its end (the next heading, or the end of the text). Also puts
 * saved knowledge-check answers back and saves new ones.
 */
export function bindModulePage(store: ProgressStore, article: HTMLElement) {
  const moduleId = article.dataset['module'];
  if (!moduleId) return;

  const headings = [...article.querySelectorAll<HTMLElement>('.jt-prose > h2[id]')];
  const end = article.querySelector<HTMLElement>('[data-prose-end]');
  const markers = [...headings.slice(1), end].filter((el): el is HTMLElement => el !== null);
  const sectionOf = new Map(markers.map((marker, i) => [marker, headings[i]!.id]));
  if ('IntersectionObserver' in window) {
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const slug = sectionOf.get(entry.target as HTMLElement);
        if (slug) store.markSectionRead(moduleId, slug);
        observer.unobserve(entry.target);
      }
    });
    const read = new Set(readSections(store.getState(), moduleId));
    for (const marker of markers) if (!read.has(sectionOf.get(marker)!)) observer.observe(marker);
  }

  const form = article.querySelector<HTMLFormElement>('form[data-check]');
  if (form) {
    const saved = store.getState().checks[moduleId] ?? {};
    restoreAnswers(form, Object.fromEntries(Object.entries(saved).map(([q, a]) => [q, a.optionId])));
    window.addEventListener('jt:check-answer', (event) => {
      const detail = (event as CustomEvent<CheckAnswerDetail>).detail;
      if (detail.moduleId === moduleId) store.saveCheckAnswer(moduleId, detail.questionId, detail.optionId, detail.correct);
    });
  }
}
