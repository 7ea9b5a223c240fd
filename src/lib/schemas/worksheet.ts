import { z } from 'astro/zod';
import { templateFields } from '../worksheets/template';

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'gebruik kleine letters, cijfers en streepjes');
const text = (what: string) =>
  z
    .string({ error: `${what} ontbreekt` })
    .trim()
    .min(1, `${what} is leeg`);

/** One answer of a choice field. The value is what the learner's data stores; the label is what they read. */
export const ChoiceOptionSchema = z.object({
  /** Stored value, e.g. "afwijken". */
  value: slug,
  /** What the learner reads, e.g. "Ik wijk af van het advies". */
  label: text('label'),
});

/** One question on a worksheet. */
export const WorksheetFieldSchema = z
  .object({
    /** Stable id within its part (stored in the learner's data); e.g. "regel". */
    id: slug,
    /** The question as the learner reads it; it labels the field. */
    label: text('label'),
    /** A short help text under the label (B1), e.g. what a good answer holds. */
    hint: z.string().trim().min(1).optional(),
    /**
     * `text`: one line; `longtext`: a few lines; `choice`: one of `options`;
     * `scale`: a score from 1 to 5 with `low` and `high` as the words for the ends.
     */
    type: z.enum(['text', 'longtext', 'choice', 'scale']),
    /** The answers of a `choice` field. */
    options: z.array(ChoiceOptionSchema).min(2, 'geef minstens 2 antwoorden').optional(),
    /** The words for 1 on a `scale`, e.g. "nog weinig". */
    low: z.string().trim().min(1).optional(),
    /** The words for 5 on a `scale`, e.g. "gaat vanzelf". */
    high: z.string().trim().min(1).optional(),
  })
  .strict()
  .superRefine((field, ctx) => {
    if (field.type === 'choice' && !field.options)
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'een keuzevraag heeft antwoorden nodig (options)' });
    if (field.type !== 'choice' && field.options)
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'alleen een keuzevraag (type: choice) heeft antwoorden' });
    if (field.type === 'scale' && (!field.low || !field.high))
      ctx.addIssue({ code: 'custom', path: ['low'], message: 'een schaal heeft woorden voor 1 (low) en 5 (high) nodig' });
  });

/** A part of a worksheet: a fieldset on screen, a section on paper. With `repeat`, the learner adds it as often as needed. */
export const WorksheetPartSchema = z
  .object({
    /** Stable id; the stored field ids are "<part>.<field>", or "<part>.<n>.<field>" in a repeated part. */
    id: slug,
    /** The heading (the legend on screen). */
    heading: text('heading'),
    /** A short explanation above the questions (B1). */
    help: z.string().trim().min(1).optional(),
    /** Makes the part repeatable, e.g. one per objection. */
    repeat: z
      .object({
        /** The name of one item, e.g. "Bezwaar"; shown as "Bezwaar 1", "Bezwaar 2". */
        item: text('repeat.item'),
        /** The text of the add button, e.g. "Nog een bezwaar toevoegen". */
        add: text('repeat.add'),
        /** At most this many items. */
        max: z.number().int().min(2).max(20),
      })
      .strict()
      .optional(),
    /** The questions of the part. */
    fields: z.array(WorksheetFieldSchema).min(1, 'geef minstens één vraag'),
  })
  .strict();

/**
 * A paragraph of the worksheet's result (the letter, the plan, the statement). `{part.field}` fills in an
 * answer; in a paragraph with `each`, `{field}` is the answer of the current item. A paragraph with an
 * empty answer in it is left out, so a half-filled worksheet still reads well.
 */
export const ResultParagraphSchema = z
  .object({
    text: text('text'),
    /** Repeat the paragraph for every item of this repeated part. */
    each: slug.optional(),
    /** Only when this choice field has one of these values, e.g. `{ field: keuze.richting, is: [afwijken] }`. */
    when: z
      .object({ field: z.string().min(1), is: z.array(slug).min(1) })
      .strict()
      .optional(),
  })
  .strict();

/** A before/after table of `scale` fields, with the difference and a sentence on what grew. */
export const ComparisonSchema = z
  .object({
    heading: text('heading'),
    rows: z.array(z.object({ label: text('label'), before: z.string().min(1), after: z.string().min(1) }).strict()).min(1),
  })
  .strict();

/** `content/werkbladen/<id>.yaml`: one worksheet. */
export const WorksheetSchema = z
  .object({
    /** The worksheet's id: the file name, the page /werkbladen/<id>/ and the `kind` stored with each filled-in copy. */
    id: slug,
    /** The name, e.g. "Ja-tenzij-toets voor een echt initiatief". */
    title: text('title'),
    /** One sentence for the list of worksheets. */
    summary: text('summary'),
    /** What the worksheet is for and when to use it (B1), shown above the form. */
    intro: text('intro'),
    /** The module it belongs to: its folder name, e.g. "02-van-nee-maar-naar-ja-tenzij". */
    module: z.string().regex(/^\d{2}-[a-z0-9-]+$/, 'gebruik de mapnaam van de module, bijvoorbeeld 02-van-nee-maar-naar-ja-tenzij'),
    /** The field whose answer names a filled-in copy, e.g. "initiatief.naam". */
    titleField: z.string().min(1),
    /** The decision aid shown before the form: a file name in content/werkbladen/keuzehulp/ without .yaml. */
    decisionAid: slug.optional(),
    /** The questions, part by part. */
    parts: z.array(WorksheetPartSchema).min(1),
    /** The result: a heading and the paragraphs built from the answers. */
    result: z
      .object({
        heading: text('result.heading'),
        paragraphs: z.array(ResultParagraphSchema).default([]),
        comparison: ComparisonSchema.optional(),
      })
      .strict(),
  })
  .strict()
  .superRefine((sheet, ctx) => {
    const fields = new Map<string, { type: string; options?: { value: string }[] | undefined; repeated: boolean }>();
    sheet.parts.forEach((part, p) => {
      const seen = new Set<string>();
      part.fields.forEach((field, f) => {
        if (seen.has(field.id))
          ctx.addIssue({ code: 'custom', path: ['parts', p, 'fields', f, 'id'], message: `vraag "${field.id}" komt twee keer voor` });
        seen.add(field.id);
        fields.set(`${part.id}.${field.id}`, { ...field, repeated: Boolean(part.repeat) });
      });
      if (sheet.parts.findIndex((other) => other.id === part.id) !== p)
        ctx.addIssue({ code: 'custom', path: ['parts', p, 'id'], message: `onderdeel "${part.id}" komt twee keer voor` });
    });
    const title = fields.get(sheet.titleField);
    if (!title || title.repeated || title.type !== 'text')
      ctx.addIssue({ code: 'custom', path: ['titleField'], message: `"${sheet.titleField}" is geen gewone tekstvraag van dit werkblad` });
    sheet.result.paragraphs.forEach((paragraph, i) => {
      const repeated = paragraph.each ? sheet.parts.find((part) => part.id === paragraph.each) : undefined;
      if (paragraph.each && !repeated?.repeat)
        ctx.addIssue({
          code: 'custom',
          path: ['result', 'paragraphs', i, 'each'],
          message: `"${paragraph.each}" is geen herhaald onderdeel`,
        });
      for (const name of templateFields(paragraph.text)) {
        const known = fields.has(name) || Boolean(repeated?.fields.some((field) => field.id === name));
        if (!known)
          ctx.addIssue({ code: 'custom', path: ['result', 'paragraphs', i, 'text'], message: `{${name}} is geen vraag van dit werkblad` });
        else if (fields.get(name)?.repeated)
          ctx.addIssue({
            code: 'custom',
            path: ['result', 'paragraphs', i, 'text'],
            message: `{${name}} hoort bij een herhaald onderdeel: gebruik each`,
          });
      }
      if (paragraph.when) {
        const field = fields.get(paragraph.when.field);
        if (!field || field.type !== 'choice')
          ctx.addIssue({
            code: 'custom',
            path: ['result', 'paragraphs', i, 'when', 'field'],
            message: `"${paragraph.when.field}" is geen keuzevraag`,
          });
        else
          for (const value of paragraph.when.is)
            if (!field.options?.some((o) => o.value === value))
              ctx.addIssue({
                code: 'custom',
                path: ['result', 'paragraphs', i, 'when', 'is'],
                message: `"${value}" is geen antwoord van ${paragraph.when.field}`,
              });
      }
    });
    sheet.result.comparison?.rows.forEach((row, i) => {
      for (const key of ['before', 'after'] as const)
        if (fields.get(row[key])?.type !== 'scale')
          ctx.addIssue({ code: 'custom', path: ['result', 'comparison', 'rows', i, key], message: `"${row[key]}" is geen schaalvraag` });
    });
  });

export type WorksheetDefinition = z.output<typeof WorksheetSchema>;
export type WorksheetPart = z.output<typeof WorksheetPartSchema>;
export type WorksheetField = z.output<typeof WorksheetFieldSchema>;
export type ResultParagraph = z.output<typeof ResultParagraphSchema>;
