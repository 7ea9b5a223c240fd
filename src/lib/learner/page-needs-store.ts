import { probeStorage, readItem, type StorageLike } from '../browser/storage';
import { LEGACY_V0_KEY, PROGRESS_KEY } from '../progress/storage-keys';

/** What on a page reads or writes the learner's data: module texts, reflection fields and the progress views. */
const LEARNER_PARTS = 'article[data-module], [data-reflection-id][data-prompt], #jt-module-outlines, #jt-review-index';

/** The two things the check reads from a page. */
export interface PageLike {
  body: { dataset: DOMStringMap };
  querySelector(selectors: string): Element | null;
}

/**
 * Whether this page must load the learner store. It need not when the page has nothing of the
 * learner's to show or save and the browser holds no learner data yet: then there is nothing to
 * restore and no notice to give. Loading the store builds its validation schemas, the largest
 * single task on a page like the workshop's, so a first visit skips it. Blocked or full storage
 * and any stored or prototype data still load it, because each of those may need a notice.
 */
export function pageNeedsStore(doc: PageLike, storage: StorageLike | null): boolean {
  if (doc.body.dataset['place'] || doc.querySelector(LEARNER_PARTS)) return true;
  if (!storage || probeStorage(storage) !== null) return true;
  return [PROGRESS_KEY, LEGACY_V0_KEY].some((key) => {
    const stored = readItem(storage, key);
    return !stored.ok || stored.value !== null;
  });
}
