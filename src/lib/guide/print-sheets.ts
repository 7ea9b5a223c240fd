import type { MaterialLayout } from '../schemas/workshop-materials';

/** Items that share one A4 sheet in each layout: two A5 cards, or one poster or page. */
export const ITEMS_PER_SHEET: Record<MaterialLayout, number> = { kaarten: 2, poster: 1, blad: 1 };

/** A4 sheets a material prints on. */
export function sheetsFor(layout: MaterialLayout, items: number): number {
  return Math.ceil(items / ITEMS_PER_SHEET[layout]);
}

/** How to print a material, in one Dutch sentence or two for the trainer. */
export function printAdvice(layout: MaterialLayout, items: number): string {
  const sheets = sheetsFor(layout, items);
  const count = sheets === 1 ? '1 vel' : `${sheets} vellen`;
  switch (layout) {
    case 'kaarten':
      return `Druk af op A4, staand en enkelzijdig (${count}). Op elk vel staan twee kaarten: knip langs de stippellijn.`;
    case 'poster':
      return `Druk af op A4, liggend (${count}). Hang de vellen op, of neem de tekst over op een flip-over.`;
    case 'blad':
      return `Druk af op A4, staand (${count} per exemplaar).`;
  }
}
