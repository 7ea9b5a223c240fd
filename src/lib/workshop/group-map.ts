/** The id of the element around the map on a workshop's map page (/workshop/<slug>/kaart/). */
export const GROUP_MAP_ID = 'routekaart';

/**
 * The map from the text of a workshop's map page, ready to place in this document, or null when
 * the page has none (an old cached copy, or an error page in its place).
 */
export function mapFromPage(html: string, doc: Document = document): HTMLElement | null {
  const page = new DOMParser().parseFromString(html, 'text/html');
  const map = page.getElementById(GROUP_MAP_ID)?.querySelector('[data-scenario-map]');
  return map ? (doc.importNode(map, true) as HTMLElement) : null;
}
