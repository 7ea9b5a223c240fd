import type { APIRoute, GetStaticPaths } from 'astro';
import { moduleSlug } from '../../../lib/content/audiences';
import { getModules } from '../../../lib/content/modules';
import { getReviewItems } from '../../../lib/content/read-review-items';
import type { ReviewItem } from '../../../lib/review/review-items';

export const prerender = true;

export const getStaticPaths = (async () => {
  const [modules, items] = await Promise.all([getModules(), getReviewItems()]);
  return modules.map((m) => ({ params: { module: moduleSlug(m.id) }, props: { items: items.get(m.id) ?? [] } }));
}) satisfies GetStaticPaths;

/** One module's review questions, written to dist/opfrissen/vragen/<module>.json; the review page loads only the modules it needs. */
export const GET: APIRoute<{ items: ReviewItem[] }> = ({ props }) =>
  new Response(JSON.stringify(props.items), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
