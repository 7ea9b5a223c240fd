import { browserStorage } from '../browser/storage';
import { pageNeedsStore } from './page-needs-store';

/**
 * The layout's idle script: marks <html> with `jt-js` at once on a page that needs no learner
 * data, and otherwise loads the store and binds the page (bind-site.ts), which marks it when done.
 */
export async function startSite(doc: Document = document): Promise<void> {
  if (!pageNeedsStore(doc, browserStorage())) {
    doc.documentElement.classList.add('jt-js');
    return;
  }
  const { bindSite } = await import('./bind-site');
  await bindSite();
}
