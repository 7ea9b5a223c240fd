import { progress, type ProgressClient } from '../progress/client';
import { bindStorageNotice } from './storage-notice';
import { bindModulePage } from './module-page';
import { bindReflectionFields } from './reflection-fields';
import { bindProgressViews } from './progress-views';
import { bindReviewViews } from './review-views';
import type { ModuleOutline } from '../content/module-outline';
import type { ReviewIndexEntry } from '../review/review-items';

/**
 * Connects every page to the learner's own data in this browser: notices about
 * storage, "verder waar u was", progress badges, reading and reflections. Runs
 * once per page as a bundled module script, when the page is idle. Marks
 * <html> with `jt-js` once every field saves.
 */
export async function bindSite(client: ProgressClient = progress) {
  await client.read().catch(() => undefined);
  const noticeArea = document.getElementById('jt-opslag-melding');
  if (noticeArea) bindStorageNotice(client, noticeArea, noticeArea.dataset['logbook'] ?? '/logboek/');

  const place = document.body.dataset['place'];
  if (place) void client.setLastPlace({ url: location.pathname + location.hash, title: place });

  const article = document.querySelector<HTMLElement>('article[data-module]');
  if (article) bindModulePage(client, article);
  bindReflectionFields(document, client);
  const outlines = readInertJson<ModuleOutline[]>('jt-module-outlines') ?? [];
  if (outlines.length) bindProgressViews(client, outlines, document);
  const reviewIndex = readInertJson<ReviewIndexEntry[]>('jt-review-index') ?? [];
  if (outlines.length && reviewIndex.length) bindReviewViews(client, outlines, reviewIndex, document);
  document.documentElement.classList.add('jt-js');
}

/** The build's data in an inert `<script type="application/json" id>` (see ModuleOutlineData.astro), or undefined. */
function readInertJson<T>(id: string): T | undefined {
  const data = document.getElementById(id)?.textContent;
  if (!data) return undefined;
  try {
    return JSON.parse(data) as T;
  } catch {
    return undefined;
  }
}
