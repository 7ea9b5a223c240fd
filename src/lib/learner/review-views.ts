import type { ModuleOutline } from '../content/module-outline';
import type { ProgressClient } from '../progress/client';
import type { ProgressState } from '../progress/progress-schema';
import { dueCards, knownCards } from '../review/due';
import { pendingEnrolment } from '../review/enrol';
import type { ReviewIndexEntry } from '../review/review-items';
import { countOf } from '../text/plural';

/** The line on the home page and /voortgang/, e.g. "Opfrissen: 3 vragen". */
export const dueLabel = (count: number) => `Opfrissen: ${countOf(count, 'vraag', 'vragen')}`;

/**
 * Keeps the review schedule in step with the learner's modules and shows what
 * is due. Every afgerond module's items join the schedule (FSRS is loaded only
 * when there is something to add), and each `[data-review-due]` placeholder
 * becomes a link "Opfrissen: N vragen" to the review page (its value) while
 * questions are due, and stays hidden otherwise.
 */
export function bindReviewViews(
  client: Pick<ProgressClient, 'current' | 'subscribe' | 'addReviewItems'>,
  outlines: readonly ModuleOutline[],
  index: readonly ReviewIndexEntry[],
  root: ParentNode,
) {
  const known = new Set(index.map((entry) => entry.id));
  let adding = false;

  const render = (state: ProgressState) => {
    const due = dueCards(knownCards(state.review, known), new Date()).length;
    for (const placeholder of root.querySelectorAll<HTMLElement>('[data-review-due]')) {
      placeholder.hidden = due === 0;
      if (due === 0) {
        placeholder.replaceChildren();
        continue;
      }
      const link = document.createElement('a');
      link.href = placeholder.dataset['reviewDue'] ?? '/opfrissen/';
      link.textContent = dueLabel(due);
      placeholder.replaceChildren(link, ' (een ronde duurt een paar minuten)');
    }
  };

  const enrol = async (state: ProgressState) => {
    const pending = pendingEnrolment(state, outlines, index);
    if (adding || pending.length === 0) return;
    adding = true;
    try {
      const { enrolCard } = await import('../review/schedule');
      const addedAt = new Date().toISOString();
      await client.addReviewItems(pending.map((p) => enrolCard(p, p.metAt, p.rightFirstTime, addedAt)));
    } catch {
      // FSRS could not load (offline after a new deploy): the next change or page tries again.
    } finally {
      adding = false;
    }
  };

  const update = () => {
    const state = client.current()?.getState();
    if (!state) return;
    render(state);
    void enrol(state);
  };
  update();
  client.subscribe(update);
}
