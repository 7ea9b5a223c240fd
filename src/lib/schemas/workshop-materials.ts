import { z } from 'astro/zod';
import { HANDOUT_MATERIAL_ID } from './facilitation-guide';

const text = (what: string) => z.string().trim().min(1, `${what} is leeg`);

/**
 * How a material is printed. `kaarten`: two A5 cards on one A4 sheet, cut in
 * half. `poster`: one large sheet per item, A4 landscape, for the wall or to
 * copy onto a flip-over. `blad`: one A4 portrait page per item (a worksheet or
 * a text to read).
 */
export const MaterialLayoutSchema = z.enum(['kaarten', 'poster', 'blad']);
export type MaterialLayout = z.output<typeof MaterialLayoutSchema>;

/**
 * Characters of text that fit on one item of each layout at the print size,
 * with a margin. A longer item would be cut off or spill onto the next card,
 * so the build refuses it. A writing line counts as one short paragraph.
 */
export const ITEM_CHAR_BUDGET: Record<MaterialLayout, number> = { kaarten: 950, poster: 420, blad: 2600 };
export const CHARS_PER_LINE = 90;

/** A part of an item: a heading with text, a list, or lines to write on. */
export const MaterialSectionSchema = z
  .object({
    heading: text('kop'),
    text: text('tekst').optional(),
    items: z.array(text('punt')).min(1).optional(),
    /** Empty lines to write on (worksheets). */
    lines: z.number().int().min(1).max(10).optional(),
  })
  .refine((s) => s.text || s.items || s.lines, 'een onderdeel heeft tekst, punten of schrijfregels nodig');

/** One card, poster or page. */
export const MaterialItemSchema = z.object({
  /** Small label above the title, e.g. "Bezwaar 1" or "Rol A". */
  label: text('label').optional(),
  title: text('titel'),
  text: text('tekst').optional(),
  sections: z.array(MaterialSectionSchema).default([]),
  /** A part only the holder of the card may read (a hidden concern); printed below a fold line. */
  hidden: z.object({ heading: text('kop'), text: text('tekst') }).optional(),
});

/** One printable material of a workshop. */
export const MaterialSchema = z.object({
  /** Stable id, used in the address and in `print:` of the draaiboek. */
  id: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'gebruik kleine letters, cijfers en streepjes')
    .refine((id) => id !== HANDOUT_MATERIAL_ID, `"${HANDOUT_MATERIAL_ID}" is de hand-out en heeft al een eigen pagina`),
  title: text('titel'),
  /** When and how the trainer uses it, and how many copies. */
  use: text('gebruik'),
  layout: MaterialLayoutSchema,
  items: z.array(MaterialItemSchema).min(1),
});

/** Characters an item takes on paper, counting writing lines as short paragraphs. */
export function itemWeight(item: z.output<typeof MaterialItemSchema>): number {
  const parts = [item.label, item.title, item.text, item.hidden?.heading, item.hidden?.text];
  for (const s of item.sections) parts.push(s.heading, s.text, ...(s.items ?? []), ...Array(s.lines ?? 0).fill('x'.repeat(CHARS_PER_LINE)));
  return parts.reduce((sum, part) => sum + (part ? part.length + 20 : 0), 0);
}

/** `modules/<nn-slug>/materiaal.yaml`: the printable materials of a workshop. */
export const WorkshopMaterialsSchema = z.object({ materials: z.array(MaterialSchema).min(1) }).superRefine((file, ctx) => {
  const seen = new Set<string>();
  file.materials.forEach((material, i) => {
    if (seen.has(material.id))
      ctx.addIssue({ code: 'custom', path: ['materials', i, 'id'], message: `materiaal-id "${material.id}" komt twee keer voor` });
    seen.add(material.id);
    const budget = ITEM_CHAR_BUDGET[material.layout];
    material.items.forEach((item, j) => {
      const weight = itemWeight(item);
      if (weight > budget) {
        ctx.addIssue({
          code: 'custom',
          path: ['materials', i, 'items', j],
          message: `"${item.title}" is te lang voor de vorm "${material.layout}" (${weight} tekens, hoogstens ${budget}); maak de tekst korter of kies een andere vorm`,
        });
      }
    });
  });
});

export type WorkshopMaterials = z.output<typeof WorkshopMaterialsSchema>;
export type Material = z.output<typeof MaterialSchema>;
export type MaterialItem = z.output<typeof MaterialItemSchema>;
