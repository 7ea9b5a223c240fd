import { contentIds, moduleFolders } from './content-files';
import { materialRoutes } from './materials';

const slug = (folder: string) => folder.replace(/^\d{2}-/, '');

/** Every page of the built site, derived from the content files so a new module is covered automatically. */
export function allRoutes(): string[] {
  const modules = moduleFolders();
  return [
    '/',
    '/ambtenaren/',
    '/bestuurders/',
    '/trainers/',
    '/programma/',
    '/begrippen/',
    '/praktijk/',
    ...contentIds('content/praktijk').map((id) => `/praktijk/${id}/`),
    '/privacy/',
    '/toegankelijkheid/',
    '/logboek/',
    '/voortgang/',
    '/werkbladen/',
    ...contentIds('content/werkbladen', '.yaml').map((id) => `/werkbladen/${id}/`),
    '/opfrissen/',
    '/deelnamebewijs/',
    '/zoeken/',
    ...modules.map((f) => `/modules/${slug(f)}/`),
    ...modules.map((f) => `/modules/${slug(f)}/draaiboek/`),
    ...modules.map((f) => `/modules/${slug(f)}/scenario/`),
    '/workshop/',
    ...modules.map((f) => `/workshop/${slug(f)}/`),
    ...modules.map((f) => `/workshop/${slug(f)}/presentator/`),
    ...modules.map((f) => `/workshop/${slug(f)}/hand-out/`),
    ...modules.map((f) => `/workshop/${slug(f)}/kaart/`),
    ...materialRoutes(),
  ];
}

export function moduleRoutes(): string[] {
  return moduleFolders().map((f) => `/modules/${slug(f)}/`);
}

export function scenarioRoutes(): string[] {
  return moduleRoutes().map((r) => `${r}scenario/`);
}
