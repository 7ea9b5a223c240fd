import { withBase } from '../url';

/** The paths of a workshop's pages, without the base (pass them through withBase). */
export function workshopPaths(slug: string) {
  return {
    projector: `/workshop/${slug}/`,
    presenter: `/workshop/${slug}/presentator/`,
    handout: `/workshop/${slug}/hand-out/`,
    map: `/workshop/${slug}/kaart/`,
    guide: `/modules/${slug}/draaiboek/`,
    module: `/modules/${slug}/`,
  };
}

/** The links between a workshop's pages and the workshop overview, with the base path. */
export type WorkshopLinks = ReturnType<typeof workshopPaths> & { overview: string };

export function workshopLinks(slug: string): WorkshopLinks {
  const paths = workshopPaths(slug);
  const entries = Object.entries(paths).map(([name, path]) => [name, withBase(path)]);
  return { ...(Object.fromEntries(entries) as ReturnType<typeof workshopPaths>), overview: withBase('/workshop/') };
}
