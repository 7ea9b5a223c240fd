import type { FacilitationGuide, ScheduleStep } from '../schemas/facilitation-guide';
import type { Scenario } from '../schemas/scenario';

/**
 * A workshop plan: everything the projector and presenter views need, built
 * once at build time from a module, its facilitation guide (draaiboek) and its
 * scenario. Plain data, so Astro can pass it to an island as props.
 */

/** The module a workshop is about. */
export interface WorkshopModuleInfo {
  /** URL slug, e.g. "burgerkracht-en-loslaten". */
  slug: string;
  code: string;
  title: string;
  learningQuestion: string;
  audience: 'ambtenaar' | 'bestuurder';
}

/** One projector screen that does not depend on the group's choices. The scenario is one slide with its own steps. */
export type PlanSlide =
  | { type: 'cover'; section: string }
  | { type: 'section'; section: string }
  | { type: 'discussion'; section: string; index: number }
  | { type: 'key-points'; section: string; from: number; to: number; part: number; parts: number }
  | { type: 'try-this'; section: string }
  | { type: 'scenario'; section: string }
  | { type: 'end'; section: string };

/** A workshop: the module, its guide and scenario, and the projector slides built from the schedule. */
export interface WorkshopPlan {
  module: WorkshopModuleInfo;
  guide: FacilitationGuide;
  /** The schedule of the guide, in order: the sections of the session. */
  sections: ScheduleStep[];
  slides: PlanSlide[];
  scenario: Scenario;
  /** Choice ids of the shortest route to the best ending. */
  bestPath: string[];
}

/**
 * Room on one projector screen, in lines of body text. The projector view scales
 * its type with the viewport (about 116 characters and 23 lines of body text
 * fit), so these budgets hold at 1280×720 and 1920×1080 alike; a margin is left
 * for headings and the vote buttons. LINE_CHARS is a narrow column's width in characters.
 */
export const LINE_CHARS = 70;
/** Lines of list content per screen before a list is split over more screens. */
export const SCREEN_LINES = 15;

/** Estimated lines a text takes in a column of `chars` characters. */
export function linesOf(text: string, chars = LINE_CHARS): number {
  return Math.max(1, Math.ceil(text.length / chars));
}

/**
 * Splits items over screens so that the weight per screen stays within the
 * budget; an item heavier than the budget gets a screen of its own. Returns
 * [from, to) index ranges, at least one.
 */
export function chunkByWeight<T>(items: readonly T[], weight: (item: T) => number, budget = SCREEN_LINES): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let from = 0;
  let used = 0;
  items.forEach((item, i) => {
    const w = weight(item);
    if (i > from && used + w > budget) {
      ranges.push([from, i]);
      from = i;
      used = 0;
    }
    used += w;
  });
  ranges.push([from, items.length]);
  return ranges;
}

/** Builds the slides of a workshop from the guide's schedule. */
export function buildWorkshopPlan(input: {
  module: WorkshopModuleInfo;
  guide: FacilitationGuide;
  scenario: Scenario;
  bestPath: string[];
}): WorkshopPlan {
  const { guide } = input;
  const slides: PlanSlide[] = [];
  const firstTalk = guide.schedule.find((s) => s.kind === 'gesprek')?.id;
  const last = guide.schedule[guide.schedule.length - 1]!;
  const pushHandout = (section: string) => {
    const ranges = chunkByWeight(guide.handout.keyPoints, (p) => linesOf(p, 100) + 0.5);
    ranges.forEach(([from, to], part) => slides.push({ type: 'key-points', section, from, to, part: part + 1, parts: ranges.length }));
    slides.push({ type: 'try-this', section });
  };

  for (const step of guide.schedule) {
    const section = step.id;
    if (step === guide.schedule[0]) slides.push({ type: 'cover', section });
    slides.push({ type: 'section', section });
    if (step.kind === 'scenario') slides.push({ type: 'scenario', section });
    // The guide's discussion questions belong to the (first) conversation step, one question per screen.
    if (step.id === firstTalk) guide.discussion.forEach((_, index) => slides.push({ type: 'discussion', section, index }));
    if (step.kind === 'afsluiting') pushHandout(section);
  }
  // A guide without an "afsluiting" step still shows the handout before the end.
  if (!guide.schedule.some((s) => s.kind === 'afsluiting')) pushHandout(last.id);
  // Every workshop ends on one screen, where the trainer sees the outcome and exports the summary.
  slides.push({ type: 'end', section: last.id });

  return { module: input.module, guide, sections: guide.schedule, slides, scenario: input.scenario, bestPath: input.bestPath };
}
