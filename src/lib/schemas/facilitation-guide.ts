import { z } from 'astro/zod';

const text = (what: string) => z.string().trim().min(1, `${what} is leeg`);

/** The kinds of steps in a session; workshop mode shows each kind differently. */
export const StepKindSchema = z.enum(['opening', 'casus', 'scenario', 'gesprek', 'oefening', 'afsluiting']);
export type StepKind = z.output<typeof StepKindSchema>;

/** One timed step of the session schedule. */
export const ScheduleStepSchema = z.object({
  /** Stable id, unique within the guide (workshop mode stores its position by it). */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'gebruik kleine letters, cijfers en streepjes'),
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
    /** Materials needed in the room. */
    materials: z.array(text('materiaal')).min(1),
    /** The timed programme. */
    schedule: z.array(ScheduleStepSchema).min(3),
    /** Discussion questions with what to listen for. */
    discussion: z.array(DiscussionSchema).min(2),
    /** How to play the module's scenario with the group. */
    scenarioPlay: text('scenario-aanpak'),
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
      ctx.addIssue({ code: 'custom', path: ['schedule'], message: `de stappen duren samen ${total} minuten, maar duration is ${guide.duration}` });
    }
    const scenarioSteps = guide.schedule.filter((s) => s.kind === 'scenario').length;
    if (scenarioSteps !== 1) {
      ctx.addIssue({ code: 'custom', path: ['schedule'], message: `het schema heeft precies één stap van soort "scenario" nodig, nu ${scenarioSteps}` });
    }
    if (!guide.schedule.some((s) => s.kind === 'gesprek')) {
      ctx.addIssue({ code: 'custom', path: ['schedule'], message: 'het schema heeft minstens één stap van soort "gesprek" nodig' });
    }
    const seen = new Set<string>();
    guide.schedule.forEach((s, i) => {
      if (seen.has(s.id)) ctx.addIssue({ code: 'custom', path: ['schedule', i, 'id'], message: `stap-id "${s.id}" komt twee keer voor` });
      seen.add(s.id);
    });
  });

export type FacilitationGuide = z.output<typeof FacilitationGuideSchema>;
export type ScheduleStep = z.output<typeof ScheduleStepSchema>;
