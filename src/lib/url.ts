/**
 * Prefixes a site path with the configured base, so the site also works when
 * deployed under a sub-path (SITE_BASE=/leren/). Paths always end in a slash
 * for pages, matching `trailingSlash: 'always'`.
 */
export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}${path.startsWith('/') ? path : `/${path}`}`;
}
