import { z } from 'astro/zod';
import { checkScenarioGraph } from '../scenario/check-scenario-graph';

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'gebruik kleine letters, cijfers en streepjes');
const text = (what: string) =>
  z
    .string({ error: `${what} ontbreekt` })
    .trim()
    .min(1, `${what} is leeg`);

/** A meter that moves with the learner's choices, e.g. `houding` from "nee, maar" to "ja, tenzij". */
export const MeterSchema = z.object({
  /** Stable id used in choice effects; `houding` is required in every scenario. */
  id: slug,
  /** Name shown next to the meter, e.g. "Vertrouwen van bewoners". */
  label: text('label'),
  /** Lowest value; effects never take the meter below it. */
  min: z.number().int(),
  /** Highest value; effects never take the meter above it. */
  max: z.number().int(),
  /** Value at the start of the scenario, between min and max. */
  start: z.number().int(),
  /** Words for the low end, e.g. "nee, maar". */
  minLabel: text('minLabel'),
  /** Words for the high end, e.g. "ja, tenzij". */
  maxLabel: text('maxLabel'),
});

/** Offers a choice only when a meter is high or low enough, or after an earlier choice. */
export const ConditionSchema = z.union([
  z
    .object({
      /** The meter to test. */
      meter: slug,
      /** The choice is offered when the meter is at least this value. */
      atLeast: z.number().int().optional(),
      /** The choice is offered when the meter is at most this value. */
      atMost: z.number().int().optional(),
    })
    .strict()
    .refine((c) => c.atLeast !== undefined || c.atMost !== undefined, 'geef atLeast of atMost'),
  z
    .object({
      /** The choice is offered only after this earlier choice id was taken. */
      chose: slug,
    })
    .strict(),
]);

/**
 * A test on the whole run so far: meters and earlier choices. Ending routes use it, so an ending is
 * earned by the run, not by one last click. Every part that is given must hold.
 */
export const RunRuleSchema = z
  .object({
    /** Meter bounds, e.g. `{ vertrouwen: { atLeast: 6 } }`. */
    meters: z
      .record(
        z.string(),
        z
          .object({ atLeast: z.number().int().optional(), atMost: z.number().int().optional() })
          .strict()
          .refine((b) => b.atLeast !== undefined || b.atMost !== undefined, 'geef atLeast of atMost'),
      )
      .optional(),
    /** Choice ids that must all have been taken. */
    chose: z.array(slug).optional(),
    /** Choice ids of which none may have been taken. */
    notChose: z.array(slug).optional(),
    /** True: no choice marked as a core mistake was taken. */
    noCoreMistake: z.boolean().optional(),
  })
  .strict();

/**
 * An invisible step that sends the run on by rules, tried in order; `otherwise` when none holds.
 * A choice's `next` may name a route instead of a node.
 */
export const RouteSchema = z
  .object({
    /** Stable id, unique among nodes and routes. */
    id: slug,
    /** Rules tried from top to bottom; the first that holds decides. */
    rules: z.array(z.object({ when: RunRuleSchema, next: slug }).strict()).min(1),
    /** Node when no rule holds. */
    otherwise: slug,
  })
  .strict();

/** A choice the learner can make in a node. */
export const ChoiceSchema = z.object({
  /** Stable id, unique within the scenario (stored in learners' saved runs). */
  id: slug,
  /** What the learner does, as shown on the button. */
  label: text('label'),
  /** Change per meter id, in whole numbers. */
  effects: z.record(z.string(), z.number().int()).default({}),
  /** Immediate feedback that explains why this choice works out as it does. */
  feedback: text('feedback'),
  /** Id of the node that follows. */
  next: slug,
  /** Optional: offer this choice only when the condition holds. */
  condition: ConditionSchema.optional(),
  /**
   * Marks a core mistake, with the reason the debrief shows. After a core mistake the best
   * ending must be out of reach; the design checks prove it for every path.
   */
  coreMistake: text('coreMistake').optional(),
});

/** The rating of an ending; exactly one ending per scenario is `best`. */
export const EndingRatingSchema = z.enum(['best', 'goed', 'matig', 'zwak']);
export type EndingRating = z.output<typeof EndingRatingSchema>;

/** What an end node shows. */
export const EndingSchema = z.object({
  /** Title of the outcome. */
  title: text('titel'),
  /** How good this outcome is. */
  rating: EndingRatingSchema,
  /** Debrief: what happened and what the lesson is. */
  debrief: text('debrief'),
  /** Reflection questions offered at the end. */
  reflection: z.array(text('reflectievraag')).min(1).max(3),
});

/** A situation in the story: either a decision with choices, or an ending. */
export const ScenarioNodeSchema = z
  .object({
    /** Stable id (a short kebab slug); it is stored in learners' progress. */
    id: slug,
    /** Short heading of the situation. */
    title: text('titel'),
    /** What happens; a blank line starts a new paragraph. */
    text: text('tekst'),
    /** The choices; required unless this is an end node. */
    choices: z.array(ChoiceSchema).optional(),
    /** Present only on end nodes. */
    ending: EndingSchema.optional(),
  })
  .superRefine((node, ctx) => {
    if (node.ending && node.choices?.length) {
      ctx.addIssue({ code: 'custom', path: ['choices'], message: 'een einde heeft geen keuzes' });
    }
    if (!node.ending && node.choices === undefined) {
      ctx.addIssue({ code: 'custom', path: ['choices'], message: 'geef keuzes, of maak er een einde van met "ending"' });
    }
  });

/** A person in the story. */
export const RoleSchema = z.object({
  /** Name, or "U" for the learner. */
  name: text('naam'),
  /** Who they are in the story. */
  description: text('beschrijving'),
});

/** `modules/<nn-slug>/scenario.yaml`: a branching scenario. */
export const ScenarioSchema = z
  .object({
    /** Unique, stable id across the site. */
    id: slug,
    /** Title of the scenario. */
    title: text('titel'),
    /** The audience, equal to the module's. */
    audience: z.enum(['ambtenaar', 'bestuurder']),
    /** The situation and the learner's role, shown before the first decision. */
    intro: text('intro'),
    /** Who is who. */
    roles: z.array(RoleSchema).min(1),
    /** The meters; `houding` is required. */
    meters: z.array(MeterSchema).min(1),
    /** Id of the first node. */
    start: slug,
    /** All nodes, decisions and endings. */
    nodes: z.array(ScenarioNodeSchema).min(2),
    /** Invisible steps that decide where a run goes by the whole run so far (see RouteSchema). */
    routes: z.array(RouteSchema).default([]),
  })
  .superRefine((scenario, ctx) => {
    for (const problem of checkScenarioGraph(scenario)) {
      ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
    }
  });

export type Scenario = z.output<typeof ScenarioSchema>;
export type ScenarioInput = z.input<typeof ScenarioSchema>;
export type ScenarioNode = z.output<typeof ScenarioNodeSchema>;
export type ScenarioChoice = z.output<typeof ChoiceSchema>;
export type Meter = z.output<typeof MeterSchema>;
export type Condition = z.output<typeof ConditionSchema>;
export type RunRule = z.output<typeof RunRuleSchema>;
export type Route = z.output<typeof RouteSchema>;
