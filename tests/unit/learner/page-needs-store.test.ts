import { describe, expect, it } from 'vitest';
import { pageNeedsStore, type PageLike } from '../../../src/lib/learner/page-needs-store';
import { CORRUPT_KEY_PREFIX, LEGACY_V0_KEY, PROGRESS_KEY } from '../../../src/lib/progress/storage-keys';
import { FakeStorage } from '../../support/fake-storage';

/** A page with the given body data and the selectors it matches. */
function page(dataset: Record<string, string> = {}, matches: string[] = []): PageLike {
  return {
    body: { dataset },
    querySelector: (selectors) => (selectors.split(',').some((s) => matches.includes(s.trim())) ? ({} as Element) : null),
  };
}

describe('whether a page loads the learner store', () => {
  it('skips the store on a page without learner parts in a browser that holds no learner data', () => {
    const storage = new FakeStorage();
    expect(pageNeedsStore(page(), storage)).toBe(false);
    // The check leaves nothing behind.
    expect(storage.keys('')).toEqual([]);
  });

  it('loads it on every page that shows or saves learner data', () => {
    const storage = new FakeStorage();
    expect(pageNeedsStore(page({ place: 'Mijn leerlogboek' }), storage)).toBe(true);
    for (const part of ['article[data-module]', '[data-reflection-id][data-prompt]', '#jt-module-outlines', '#jt-review-index'])
      expect(pageNeedsStore(page({}, [part]), storage), part).toBe(true);
  });

  it("loads it when the browser holds learner data or the prototype's, which may be unreadable and need a notice", () => {
    expect(pageNeedsStore(page(), new FakeStorage({ items: { [PROGRESS_KEY]: '{kapot' } }))).toBe(true);
    expect(pageNeedsStore(page(), new FakeStorage({ items: { [LEGACY_V0_KEY]: '{}' } }))).toBe(true);
  });

  it('loads it when storage is blocked, read-only or full, so the notice about it appears', () => {
    expect(pageNeedsStore(page(), null)).toBe(true);
    for (const mode of ['throw', 'read-only', 'quota'] as const) expect(pageNeedsStore(page(), new FakeStorage({ mode })), mode).toBe(true);
  });

  it('ignores copies kept aside after a dismissed recovery notice', () => {
    expect(pageNeedsStore(page(), new FakeStorage({ items: { [`${CORRUPT_KEY_PREFIX}2026-12-01T10:00:00.000Z`]: '{kapot' } }))).toBe(false);
  });
});
