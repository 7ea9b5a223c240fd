import { getProgressStore } from '../progress/shared-store';
import { bindStorageNotice } from './storage-notice';
import { bindModulePage } from './module-page';
import { bindReflectionFields } from './reflection-fields';
import { bindProgressViews } from './progress-views';
import { bindScenarioRuns } from './scenario-runs';
import type { ModuleOutline } from '../content/module-outline';

/**
 * Connects every page to the learner's own data in this browser: notices about
 * storage, "verder waar u was", progress badges, reading, answers and
 * reflections. Runs once per page as a bundled module script.
 */
export function bindSite() {
  document.documentElement.classList.add('jt-js');
  const store = getProgressStore();
  const noticeArea = document.getElementById('jt-opslag-melding');
  if (noticeArea) bindStorageNotice(store, noticeArea, noticeArea.dataset['logbook'] ?? '/logboek/');

  const outlines = readOutlines();
  const place = document.body.dataset['place'];
  if (place) store.setLastPlace({ url: location.pathname + location.hash, title: place });

  const article = document.querySelector<HTMLElement>('article[data-module]');
  if (article) bindModulePage(store, article);
  bindReflectionFields(store, document);
  bindScenarioRuns(store);
  if (outlines.length) bindProgressViews(store, outlines, document);
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
