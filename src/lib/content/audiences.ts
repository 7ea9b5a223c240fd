import type { Audience } from '../schemas/module';

/** How each audience's route is named and where it lives. */
export const AUDIENCE_ROUTES: Record<Audience, { path: string; label: string; plural: string; entry: string }> = {
  ambtenaar: {
    path: '/ambtenaren/',
    label: 'ambtenaar',
    plural: 'Ambtenaren',
    entry: 'Ik werk bij de gemeente',
  },
  bestuurder: {
    path: '/bestuurders/',
    label: 'bestuurder',
    plural: 'Raads- en collegeleden',
    entry: 'Ik ben raads- of collegelid',
  },
};

/** The URL slug of a module folder: "01-burgerkracht-en-loslaten" → "burgerkracht-en-loslaten". */
export function moduleSlug(folder: string): string {
  return folder.replace(/^\d{2}-/, '');
}
