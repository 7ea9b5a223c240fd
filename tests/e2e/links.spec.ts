import { test, expect } from './fixtures';
import { allRoutes } from '../support/routes';

// One test per page, so no single test carries the cost of the whole site. Each test fetches the
// targets of that page's links once and checks that each answers 200 and holds the linked anchor.
for (const route of allRoutes()) {
  test(`every internal link and anchor on ${route} resolves`, async ({ page, request, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    await page.goto(route);
    // getAttribute, not .href: the scenario map's links are SVG <a> elements, whose href is no string.
    const hrefs = await page
      .locator('a[href]')
      .evaluateAll((links) => links.map((a) => new URL(a.getAttribute('href')!, document.baseURI).href));
    const internal = [...new Set(hrefs)].map((href) => new URL(href)).filter((url) => url.origin === origin);

    const ids = new Map<string, Set<string> | null>();
    for (const path of new Set(internal.map((url) => url.pathname))) {
      const response = await request.get(path);
      ids.set(path, response.status() === 200 ? new Set([...(await response.text()).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)) : null);
    }

    const broken = internal.flatMap((url) => {
      const targetIds = ids.get(url.pathname);
      if (targetIds === null) return [`${url.pathname} (geen 200)`];
      if (url.hash && !targetIds?.has(decodeURIComponent(url.hash.slice(1)))) return [`${url.pathname}${url.hash} (anker ontbreekt)`];
      return [];
    });
    expect(broken).toEqual([]);
  });
}
