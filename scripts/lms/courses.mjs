// What npm run package:lms packs: one course per module and one per route (all modules of an audience).
// Titles and descriptions come from the content itself: the module's frontmatter, and for a route the
// title and description of its built route page, so the LMS shows what the site shows.
import { readModules } from '../../tests/support/content-reader.ts';
import { AUDIENCE_ROUTES, moduleSlug } from '../../src/lib/content/audiences.ts';

/**
 * @typedef {{ folder: string, slug: string, code: string, title: string, summary: string, audience: string, order: number, path: string }} LmsModule
 * @typedef {{ name: string, kind: 'module' | 'route', id: string, title: string, description: string, startPath: string, modules: LmsModule[] }} LmsCourse
 */

/** The modules in route order (ambtenaren first, then by order), as the site lists them. */
export function lmsModules(projectRoot) {
  return readModules(projectRoot)
    .map(({ id, data }) => {
      const front = /** @type {Record<string, unknown>} */ (data);
      return {
        folder: id,
        slug: moduleSlug(id),
        code: String(front.code),
        title: String(front.title),
        summary: String(front.summary),
        audience: String(front.audience),
        order: Number(front.order),
        path: `/modules/${moduleSlug(id)}/`,
      };
    })
    .sort((a, b) => a.audience.localeCompare(b.audience) || a.order - b.order);
}

/**
 * Every course to pack. `site` is the site's address (SITE_URL): course and AU identifiers are IRIs
 * under it, stable from build to build so an LMS recognises a new version of the same course.
 * `routePage(path)` returns the built route page's title and description.
 * @param {{ site: string, projectRoot?: string, routePage: (path: string) => { title: string, description: string } }} options
 * @returns {LmsCourse[]}
 */
export function lmsCourses({ site, projectRoot, routePage }) {
  const modules = lmsModules(projectRoot);
  const iri = (path) => new URL(`lms/${path}`, site.endsWith('/') ? site : `${site}/`).href;
  const perModule = modules.map((m) => ({
    name: `${m.code.toLowerCase()}-${m.slug}`,
    kind: /** @type {const} */ ('module'),
    id: iri(`module/${m.folder}`),
    title: `${m.code} ${m.title}`,
    description: m.summary,
    startPath: m.path,
    modules: [m],
  }));
  const perRoute = Object.entries(AUDIENCE_ROUTES).map(([audience, route]) => {
    const slug = route.path.replaceAll('/', '');
    const page = routePage(route.path);
    return {
      name: `route-${slug}`,
      kind: /** @type {const} */ ('route'),
      id: iri(`route/${slug}`),
      title: page.title,
      description: page.description,
      startPath: route.path,
      modules: modules.filter((m) => m.audience === audience),
    };
  });
  return [...perModule, ...perRoute];
}
