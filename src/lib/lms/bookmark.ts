/** The page's path relative to the package root, e.g. "modules/burgerkracht-en-loslaten/"; "" outside the package. Query and hash are left out (cmi5's launch parameters live in the query). */
export function packagePath(pageUrl: string, packageRoot: string): string {
  const page = new URL(pageUrl);
  const root = new URL(packageRoot);
  if (page.origin !== root.origin || !page.pathname.startsWith(root.pathname)) return '';
  return decodeURI(page.pathname.slice(root.pathname.length));
}

/**
 * The address of a bookmark the LMS gave back, or null when it is not a plain
 * path inside the package (an LMS value is outside input: no other origin, no
 * climbing out with "..", no script URL).
 */
export function bookmarkUrl(bookmark: string, packageRoot: string): string | null {
  if (bookmark === '' || bookmark.length > 1000 || /^[/\\]|:|\\|(^|\/)\.\.?(\/|$)|[\s<>"'`]/.test(bookmark)) return null;
  const url = new URL(bookmark, packageRoot);
  return url.href.startsWith(packageRoot) ? url.href : null;
}
