/**
 * Returns a function that turns a heading into its anchor id, github-slugger style
 * (as Astro would make it): lower case, punctuation removed, spaces to hyphens,
 * accents kept ("Eén gezicht" → "eén-gezicht"). A repeated heading gets -1, -2, ….
 * The content digest gives every heading this id, so the page, its table of
 * contents, the progress outline and the search index share one anchor.
 */
export function createSlugger(): (heading: string) => string {
  const seen = new Map<string, number>();
  return (heading) => {
    const base = heading
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(base);
    seen.set(base, (count ?? -1) + 1);
    return count === undefined ? base : `${base}-${count + 1}`;
  };
}
