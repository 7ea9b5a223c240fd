import type { StorageLike } from '../browser/storage';
import { progress } from '../progress/client';
import type { BridgeEnvironment, PageLifecycle } from './bridge';
import type { ModuleParts } from '../progress/module-status';
import type { WindowLike } from './discovery';
import { parseLmsConfig, type LmsConfig } from './config';

/** What LmsBridge.astro writes into the page for the bridge: every module's outline parts and scenario start node. */
export interface LmsPageData {
  modules: ModuleParts[];
  scenarioStarts: Record<string, string>;
}

// The bundle lives in <package root>/_astro/, whatever base path the package was built with.
const packageRoot = new URL('../', import.meta.url).href;

function sessionStorageOrNull(): StorageLike | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** True when `href` is a page of this package (same origin, under the root). */
const inPackage = (href: string) => {
  try {
    return new URL(href, location.href).href.startsWith(packageRoot);
  } catch {
    return false;
  }
};

/**
 * Page hide versus leaving the package. A move to another page of the package
 * is seen by the Navigation API where the browser has it, else by the click on
 * a link or the submit of a form; without either, a hidden page counts as
 * leaving (tab closed, another site, the LMS closing the frame).
 */
function pageLifecycle(markInternal: { internal: boolean }): PageLifecycle {
  const navigation = (window as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigate', (event) => {
    const destination = (event as Event & { destination?: { url?: string } }).destination?.url;
    markInternal.internal = destination !== undefined && inPackage(destination);
  });
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a[href]');
    if (!(link instanceof HTMLAnchorElement) || event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || link.target === '_blank' || link.hasAttribute('download'))
      return;
    markInternal.internal = inPackage(link.href);
  });
  document.addEventListener('submit', (event) => {
    const form = event.target;
    if (form instanceof HTMLFormElement && !event.defaultPrevented) markInternal.internal = inPackage(form.action);
  });
  return {
    onHide(listener) {
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'hidden') listener();
      });
      addEventListener('pagehide', () => {
        if (markInternal.internal) listener();
      });
    },
    onLeave(listener) {
      addEventListener('pagehide', () => {
        if (!markInternal.internal) listener();
      });
    },
  };
}

/** The notice area: one role=status element after the storage notices, filled a moment after it is added so screen readers announce it. */
function showNotice(text: string) {
  let area = document.getElementById('jt-lms-melding');
  if (!area) {
    area = document.createElement('div');
    area.id = 'jt-lms-melding';
    area.className = 'jt-container jt-notices';
    area.setAttribute('role', 'status');
    const anchor = document.getElementById('jt-opslag-melding') ?? document.querySelector('main');
    if (anchor) anchor.before(area);
    else document.body.prepend(area);
  }
  const target = area;
  setTimeout(() => {
    const box = document.createElement('div');
    box.className = 'jt-notice';
    const p = document.createElement('p');
    p.textContent = text;
    box.append(p);
    target.append(box);
  }, 100);
}

function readPageData(): LmsPageData {
  try {
    const data = JSON.parse(document.getElementById('jt-lms-data')?.textContent ?? '') as Partial<LmsPageData>;
    return { modules: Array.isArray(data.modules) ? data.modules : [], scenarioStarts: data.scenarioStarts ?? {} };
  } catch {
    return { modules: [], scenarioStarts: {} };
  }
}

/** The bridge's view of this page in the browser. */
export function browserEnvironment(): BridgeEnvironment {
  const navigating = { internal: false };
  const data = readPageData();
  return {
    window: window as unknown as WindowLike,
    pageUrl: location.href,
    packageRoot,
    go(url) {
      navigating.internal = true;
      location.replace(url);
    },
    session: sessionStorageOrNull(),
    progress,
    modules: data.modules,
    scenarioStarts: data.scenarioStarts,
    show: showNotice,
    lifecycle: pageLifecycle(navigating),
    now: () => Date.now(),
    fetch: (...args) => fetch(...args),
    // The ES module build: the package's "browser" field points at a UMD file.
    loadCmi5: () => import('@xapi/cmi5/dist/Cmi5.esm.js').then((m) => m.default),
    later: (run, milliseconds) => setTimeout(run, milliseconds),
  };
}

/** The package settings from `<meta name="jt-lms">`, or null when the page has none or they are wrong. */
export function readLmsConfig(): LmsConfig | null {
  const content = document.querySelector<HTMLMetaElement>('meta[name="jt-lms"]')?.content;
  if (!content) return null;
  try {
    return parseLmsConfig(JSON.parse(content));
  } catch {
    return null;
  }
}
