import type { ReviewItem } from './review-items';

/**
 * Fetches the review items of the given modules (one small JSON file each,
 * built by src/pages/opfrissen/vragen/[module].json.ts) and returns them by
 * item id. Rejects when a file cannot be loaded, so the page can say so.
 */
export async function loadReviewItems(urls: readonly string[]): Promise<Map<string, ReviewItem>> {
  const files = await Promise.all(
    urls.map(async (url) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return (await response.json()) as ReviewItem[];
    }),
  );
  return new Map(files.flat().map((item) => [item.id, item]));
}
