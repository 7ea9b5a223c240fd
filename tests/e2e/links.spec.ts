import { test, expect } from './fixtures';
import { allRoutes } from '../support/routes';

test('every internal link and anchor on every page resolves', async ({ page, request, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const checked = new Map<string, Set<string> | null>();
  const broken: string[] = [];

  const idsOf = async (path: string) => {
    if (!checked.has(path)) {
      const response = await request.get(path);
      if (response.status() !== 200) {
        checked.set(path, null);
      } else {
        const html = await response.text();
        checked.set(path, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
      }
    }
    return checked.get(path);
  };

  for (const route of allRoutes()) {
    await page.goto(route);
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    for (const href of new Set(hrefs)) {
      const url = new URL(href);
      if (url.origin !== origin) continue;
      const ids = await idsOf(url.pathname);
      if (ids === null) broken.push(`${route} → ${url.pathname} (geen 200)`);
      else if (url.hash && !ids?.has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${route} → ${url.pathname}${url.hash} (anker ontbreekt)`);
    }
  }
  expect(broken).toEqual([]);
});
