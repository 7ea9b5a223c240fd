import { HANDOUT_MATERIAL_ID } from '../schemas/facilitation-guide';
import { withBase } from '../url';

/** Address of the overview of a workshop's printable materials. */
export function materialsIndexPath(slug: string): string {
  return withBase(`/workshop/${slug}/materiaal/`);
}

/** Address of one printable; the hand-out keeps its own page. */
export function materialPath(slug: string, id: string): string {
  return id === HANDOUT_MATERIAL_ID ? withBase(`/workshop/${slug}/hand-out/`) : withBase(`/workshop/${slug}/materiaal/${id}/`);
}
