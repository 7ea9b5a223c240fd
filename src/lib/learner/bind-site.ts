import { progress, type ProgressClient } from '../progress/client';
import { bindStorageNotice } from './storage-notice';
import { bindModulePage } from './module-page';
import { bindReflectionFields } from './reflection-fields';
import { bindProgressViews } from './progress-views';
import type { ModuleOutline } from '../content/module-outline';

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
  const outlines = readOutlines();
  if (outlines.length) bindProgressViews(client, outlines, document);
  document.documentElement.classList.add('jt-js');
}

function readOutlines(): ModuleOutline[] {
  const data = document.getElementById('jt-module-outlines')?.textContent;
  if (!data) return [];
  try {
    return JSON.parse(data) as ModuleOutline[];
  } catch {
    return [];
  }
}
