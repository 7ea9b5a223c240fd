import { z } from 'astro/zod';

const text = (what: string) => z.string().trim().min(1, `${what} is leeg`);
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'gebruik kleine letters, cijfers en streepjes');
/** Minutes in steps of half a minute: a trainer plans a decision at 1,5 minute, not at 1,37. */
const halfMinutes = (what: string) =>
  z
    .number()
    .min(0, `${what} kan niet negatief zijn`)
    .refine((n) => Number.isInteger(n * 2), `${what}: gebruik hele of halve minuten`);

/** The id of the participant handout, which has its own page; a material may point to it without a materiaal.yaml entry. */
export const HANDOUT_MATERIAL_ID = 'hand-out';

/**
 * Words that show a material is paper the trainer has to print. A material with
 * such a word must point to a printable page (`print:`), so a guide cannot name
 * a card or a worksheet that does not exist.
 */
const PRINT_WORDS = /\b(print\w*|geprint\w*|\w*kaart(en)?|invulblad|werkblad|hand-?out|A4|A5)\b/i;

/** The kinds of steps in a session; workshop mode shows each kind differently. */
export const StepKindSchema = z.enum(['opening', 'casus', 'scenario', 'gesprek', 'oefening', 'afsluiting']);
export type StepKind = z.output<typeof StepKindSchema>;

/** One timed step of the session schedule. */
export const ScheduleStepSchema = z.object({
  /** Stable id, unique within the guide (workshop mode stores its position by it). */
  id: slug,
  /** What kind of step this is. */
  kind: StepKindSchema,
  /** Planned minutes; also the preset of the workshop timer. */
  minutes: z.number().int().min(1).max(60),
  /** Short title, shown on the projector. */
  title: text('titel'),
  /** What happens in this step. */
  description: text('beschrijving'),
  /** What the trainer says, does and watches (presenter notes). */
  notes: text('notities'),
});

/** A discussion question and what the trainer listens for in the answers. */
export const DiscussionSchema = z.object({
  /** The question put to the group. */
  question: text('vraag'),
  /** Signals in the answers that show the point landed (or did not). */
  listenFor: z.array(text('aandachtspunt')).min(1),
});

/** A material in the room: plain text, or text plus the id of its printable page. */
export const MaterialRefSchema = z.union([
  text('materiaal'),
  z.object({
    /** The line in the materials list, e.g. "Zes bezwaarkaarten op A5, één per groepje". */
    text: text('materiaal'),
    /** Id of the printable in the module's materiaal.yaml, or "hand-out". */
    print: slug,
  }),
]);

/** A short pause in the scenario for a group conversation. */
export const ScenarioPauseSchema = z.object({
  /** Id of the scenario node after whose choice the group pauses. */
  node: slug,
  minutes: halfMinutes('pauze').refine((n) => n > 0, 'een pauze duurt minstens een halve minuut'),
  /** The question the trainer asks in the pause. */
  question: text('pauzevraag'),
});

/** How the scenario block is timed, so that the longest route fits. */
export const ScenarioTimingSchema = z.object({
  /** Decisions on the longest route through the scenario (the build checks this against scenario.yaml). */
  decisions: z.number().int().min(1),
  /** Minutes to read the intro and the roles. */
  intro: halfMinutes('intro'),
  /** Minutes per decision: read aloud, vote, read the feedback. */
  perDecision: halfMinutes('tijd per beslissing').refine((n) => n > 0, 'een beslissing duurt minstens een halve minuut'),
  /** How those minutes are spent, in one or two sentences. */
  perDecisionHow: text('verdeling per beslissing'),
  pauses: z.array(ScenarioPauseSchema),
  /** Minutes for the ending, its debrief and one reflection question. */
  ending: halfMinutes('einde'),
  /** What the trainer does when the group runs late: read only the feedback. */
  fastLane: z.object({
    perDecision: halfMinutes('tijd per beslissing in de snelle route').refine(
      (n) => n > 0,
      'een beslissing duurt minstens een halve minuut',
    ),
    how: text('snelle route'),
  }),
});

/** How to vote, read aloud and split up when the session is not in one room. */
const RemoteVariantSchema = z.object({
  /** Breakout rooms or subgroups. */
  rooms: text('subgroepen'),
  /** Who reads the scenario aloud and how. */
  reading: text('voorlezen'),
  /** How the group votes. */
  voting: text('stemmen'),
});

/** Variants of the session for other settings and group sizes. */
export const VariantsSchema = z.object({
  online: RemoteVariantSchema,
  hybrid: RemoteVariantSchema,
  /** What changes for fewer than 8 participants. */
  small: text('kleine groep'),
  /** What changes for more than 20 participants. */
  large: text('grote groep'),
  /** Political sensitivity in mixed coalition/opposition groups: Chatham House rule, anonymous voting. */
  politics: text('politieke gevoeligheid'),
});

/** The follow-up four weeks after the session. */
export const FollowUpSchema = z.object({
  weeks: z.literal(4, { message: 'de terugkommoment ligt vier weken na de sessie' }),
  /** How the trainer follows up: mail, a short meeting, a team meeting. */
  how: text('opvolging'),
  /** The questions the trainer asks then. */
  questions: z.array(text('opvolgvraag')).min(2).max(4),
});

/** `modules/<nn-slug>/draaiboek.yaml`: the facilitation guide for a group session. */
export const FacilitationGuideSchema = z
  .object({
    /** What the group can do or knows after the session. */
    goal: text('doel'),
    /** Who the session is for and how many. */
    participants: text('deelnemers'),
    /** Total minutes, 60–90; equals the sum of the schedule. */
    duration: z.number().int().min(60, 'een sessie duurt minstens 60 minuten').max(90, 'een sessie duurt hoogstens 90 minuten'),
    /** What the trainer does beforehand. */
    preparation: z.array(text('voorbereiding')).min(1),
    /** Materials needed in the room; anything to print points to its printable page. */
    materials: z.array(MaterialRefSchema).min(1),
    /** The timed programme. */
    schedule: z.array(ScheduleStepSchema).min(3),
    /** Timing of the scenario step: per decision, pauses and a fast lane. */
    scenarioTiming: ScenarioTimingSchema,
    /** Discussion questions with what to listen for. */
    discussion: z.array(DiscussionSchema).min(2),
    /** How to play the module's scenario with the group. */
    scenarioPlay: text('scenario-aanpak'),
    /** Online, hybrid, small and large groups, political sensitivity. */
    variants: VariantsSchema,
    /** What the trainer does four weeks later. */
    followUp: FollowUpSchema,
    /** The one-page participant handout. */
    handout: z.object({
      /** Three to six key points. */
      keyPoints: z.array(text('kernpunt')).min(3).max(6),
      /** One concrete task for the coming week. */
      tryThis: text('opdracht'),
    }),
  })
  .superRefine((guide, ctx) => {
    const total = guide.schedule.reduce((sum, step) => sum + step.minutes, 0);
    if (total !== guide.duration) {
      ctx.addIssue({
        code: 'custom',
        path: ['schedule'],
        message: `de stappen duren samen ${total} minuten, maar duration is ${guide.duration}`,
      });
    }
    const scenarioSteps = guide.schedule.filter((s) => s.kind === 'scenario');
    if (scenarioSteps.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['schedule'],
        message: `het schema heeft precies één stap van soort "scenario" nodig, nu ${scenarioSteps.length}`,
      });
    }
    if (!guide.schedule.some((s) => s.kind === 'gesprek')) {
      ctx.addIssue({ code: 'custom', path: ['schedule'], message: 'het schema heeft minstens één stap van soort "gesprek" nodig' });
    }
    const seen = new Set<string>();
    guide.schedule.forEach((s, i) => {
      if (seen.has(s.id)) ctx.addIssue({ code: 'custom', path: ['schedule', i, 'id'], message: `stap-id "${s.id}" komt twee keer voor` });
      seen.add(s.id);
    });
    const step = scenarioSteps[0];
    if (step) {
      const timing = guide.scenarioTiming;
      const planned = scenarioMinutes(timing);
      if (planned !== step.minutes) {
        ctx.addIssue({
          code: 'custom',
          path: ['scenarioTiming'],
          message:
            `intro (${minutesText(timing.intro)}) + ${timing.decisions} beslissingen × ${minutesText(timing.perDecision)} + pauzes ` +
            `(${minutesText(sum(timing.pauses.map((p) => p.minutes)))}) + einde (${minutesText(timing.ending)}) = ${minutesText(planned)}, ` +
            `maar de scenariostap "${step.id}" duurt ${step.minutes} minuten`,
        });
      }
      if (timing.fastLane.perDecision >= timing.perDecision) {
        ctx.addIssue({
          code: 'custom',
          path: ['scenarioTiming', 'fastLane', 'perDecision'],
          message: `de snelle route moet sneller zijn dan ${minutesText(timing.perDecision)} per beslissing`,
        });
      }
    }
    guide.materials.forEach((material, i) => {
      if (typeof material === 'string' && PRINT_WORDS.test(material)) {
        ctx.addIssue({
          code: 'custom',
          path: ['materials', i],
          message: `"${material}" is iets om te printen; schrijf het als { text: …, print: <id uit materiaal.yaml> }`,
        });
      }
    });
  })
  .transform(({ materials, ...guide }) => ({
    ...guide,
    /** The materials list as plain lines (what the presenter notes show). */
    materials: materials.map((m) => (typeof m === 'string' ? m : m.text)),
    /** The materials that have a printable page, in the order of the list. */
    printed: materials.flatMap((m) => (typeof m === 'string' ? [] : [{ text: m.text, id: m.print }])),
  }));

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** Planned minutes of the scenario step when the group takes the longest route. */
export function scenarioMinutes(timing: ScenarioTiming): number {
  return timing.intro + timing.decisions * timing.perDecision + sum(timing.pauses.map((p) => p.minutes)) + timing.ending;
}

/** Minutes of the scenario step in the fast lane: the same intro and ending, faster decisions and no pauses. */
export function fastLaneMinutes(timing: ScenarioTiming): number {
  return timing.intro + timing.decisions * timing.fastLane.perDecision + timing.ending;
}

/** "1,5 minuut", "2 minuten": Dutch minutes with a decimal comma. */
export function minutesText(minutes: number): string {
  if (minutes === 0.5) return 'een halve minuut';
  return `${String(minutes).replace('.', ',')} ${minutes <= 1.5 ? 'minuut' : 'minuten'}`;
}

export type FacilitationGuide = z.output<typeof FacilitationGuideSchema>;
export type ScheduleStep = z.output<typeof ScheduleStepSchema>;
export type ScenarioTiming = z.output<typeof ScenarioTimingSchema>;
export type GuideVariants = z.output<typeof VariantsSchema>;
