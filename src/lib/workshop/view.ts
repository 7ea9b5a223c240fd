import type { ScheduleStep } from '../schemas/facilitation-guide';
import type { ScenarioChoice, ScenarioNode } from '../schemas/scenario';
import type { PathStep } from '../scenario/scenario-types';
import type { EndingPage, WorkshopModel } from './model';
import { decisionAt, reduceSession, type WorkshopSession } from './session';
import { emptyVotes, followedChoice, optionLetter, tally, type NodeVotes, type Tally } from './votes';

/** What one projector screen shows; the views render it, the presenter describes it. */
export type Screen =
  | { type: 'cover' }
  | { type: 'section' }
  | { type: 'discussion'; index: number; total: number }
  | { type: 'key-points'; points: string[]; part: number; parts: number }
  | { type: 'try-this' }
  | { type: 'end' }
  | { type: 'scenario-intro' }
  | { type: 'situation'; decision: number; node: ScenarioNode }
  | {
      type: 'vote';
      decision: number;
      node: ScenarioNode;
      options: ScenarioChoice[];
      votes: NodeVotes;
      tally: Tally;
      /** The option the group will follow: the trainer's pick or the most votes. */
      followed: string | undefined;
    }
  | { type: 'feedback'; decision: number; node: ScenarioNode; choice: ScenarioChoice; letter: string; step: PathStep; tally: Tally }
  | { type: 'ending'; node: ScenarioNode; page: EndingPage };

/** The current screen with its place in the session. */
export interface WorkshopView {
  slide: number;
  section: ScheduleStep;
  /** Position of the section in the schedule, from 0. */
  sectionIndex: number;
  screen: Screen;
  /** A stable id of the screen, e.g. "scenario:vote:2"; changes exactly when the screen does. */
  key: string;
  /** A short Dutch name of the screen, for "Hierna" and announcements. */
  label: string;
}

/** Reads the screen to show from a session. */
export function viewOf(model: WorkshopModel, session: WorkshopSession): WorkshopView {
  const { plan } = model;
  const slide = plan.slides[session.slide] ?? plan.slides[0]!;
  const sectionIndex = Math.max(
    0,
    plan.sections.findIndex((s) => s.id === slide.section),
  );
  const section = plan.sections[sectionIndex]!;
  const base = { slide: session.slide, section, sectionIndex };
  const make = (screen: Screen, key: string, label: string): WorkshopView => ({ ...base, screen, key: `${session.slide}:${key}`, label });

  switch (slide.type) {
    case 'cover':
      return make({ type: 'cover' }, 'cover', 'Titel en leervraag');
    case 'section':
      return make({ type: 'section' }, 'section', section.title);
    case 'discussion':
      return make(
        { type: 'discussion', index: slide.index, total: plan.guide.discussion.length },
        'discussion',
        `Gespreksvraag ${slide.index + 1} van ${plan.guide.discussion.length}`,
      );
    case 'key-points':
      return make(
        { type: 'key-points', points: plan.guide.handout.keyPoints.slice(slide.from, slide.to), part: slide.part, parts: slide.parts },
        'key-points',
        slide.parts > 1 ? `Kernpunten (deel ${slide.part} van ${slide.parts})` : 'Kernpunten',
      );
    case 'try-this':
      return make({ type: 'try-this' }, 'try-this', 'Probeer het deze week');
    case 'end':
      return make({ type: 'end' }, 'end', 'Einde van de workshop');
    case 'scenario':
      return scenarioView(model, session, make);
  }
}

function scenarioView(
  model: WorkshopModel,
  session: WorkshopSession,
  make: (screen: Screen, key: string, label: string) => WorkshopView,
): WorkshopView {
  const { path, scene } = session;
  const intro = () => make({ type: 'scenario-intro' }, 'scenario:intro', `Scenario: ${model.plan.scenario.title}`);

  if (scene.at === 'situation' || scene.at === 'vote') {
    const decision = decisionAt(model, path, scene.decision);
    const node = decision && model.node(decision.nodeId);
    if (!decision || !node) return intro();
    const n = scene.decision + 1;
    if (scene.at === 'situation')
      return make(
        { type: 'situation', decision: scene.decision, node },
        `scenario:situation:${scene.decision}`,
        `Beslissing ${n}: ${node.title}`,
      );
    const votes = session.votes[node.id] ?? emptyVotes();
    return make(
      {
        type: 'vote',
        decision: scene.decision,
        node,
        options: decision.options,
        votes,
        tally: tally(votes, decision.optionIds),
        followed: followedChoice(votes, decision.optionIds),
      },
      `scenario:vote:${scene.decision}:${votes.revealed ? 'shown' : 'hidden'}`,
      votes.revealed ? `Uitslag van de stemming bij beslissing ${n}` : `Stemming bij beslissing ${n}`,
    );
  }

  if (scene.at === 'feedback') {
    const choiceId = path[scene.decision];
    const decision = decisionAt(model, path, scene.decision);
    const info = choiceId ? model.choice(choiceId) : undefined;
    const step = model.replay(path, scene.decision + 1).snapshot.context.path[scene.decision];
    if (!decision || !info || !step) return intro();
    const letter = optionLetter(decision.optionIds.indexOf(info.choice.id));
    return make(
      {
        type: 'feedback',
        decision: scene.decision,
        node: info.node,
        choice: info.choice,
        letter,
        step,
        tally: tally(session.votes[info.node.id], decision.optionIds),
      },
      `scenario:feedback:${scene.decision}`,
      `Gevolg van beslissing ${scene.decision + 1}`,
    );
  }

  if (scene.at === 'ending') {
    const position = model.positionAfter(path, path.length);
    const node = model.node(position.nodeId);
    const page = model.endingPages(path)[scene.page];
    if (position.phase !== 'ending' || !node?.ending || !page) return intro();
    return make({ type: 'ending', node, page }, `scenario:ending:${scene.page}`, endingLabel(page, node));
  }

  return intro();
}

function endingLabel(page: EndingPage, node: ScenarioNode): string {
  const part = (p: { part: number; parts: number }) => (p.parts > 1 ? ` (deel ${p.part} van ${p.parts})` : '');
  switch (page.type) {
    case 'outcome':
      return `Uitkomst: ${node.ending?.title ?? node.title}`;
    case 'debrief':
      return 'Nabespreking';
    case 'path':
      return `De route van de groep${part(page)}`;
    case 'best':
      return `Vergelijk met de beste route${part(page)}`;
    case 'reflection':
      return 'Om over na te denken';
  }
}

/** The label of the screen that "next" would show, or a hint why "next" does nothing. */
export function nextLabel(model: WorkshopModel, session: WorkshopSession, now: number): string {
  const current = { ...session, blackout: false };
  const after = reduceSession(model, current, { type: 'next' }, now);
  if (after === current) {
    return viewOf(model, session).screen.type === 'vote' ? 'Eerst kiezen welke optie de groep volgt' : 'Dit is het laatste scherm';
  }
  return viewOf(model, after).label;
}

/** Presenter notes for a screen: the section's notes plus what belongs to this screen. */
export function notesFor(model: WorkshopModel, view: WorkshopView): Array<{ heading: string; text?: string; items?: string[] }> {
  const { guide } = model.plan;
  const notes: Array<{ heading: string; text?: string; items?: string[] }> = [
    { heading: `Aanwijzingen: ${view.section.title}`, text: view.section.notes },
  ];
  const screen = view.screen;
  if (screen.type === 'cover')
    notes.push({ heading: 'Voorbereiding', items: guide.preparation }, { heading: 'Materialen', items: guide.materials });
  if (screen.type === 'discussion') {
    const item = guide.discussion[screen.index];
    if (item) notes.push({ heading: 'Luister naar', items: item.listenFor });
  }
  if (screen.type === 'section' && view.section.kind === 'gesprek')
    notes.push({ heading: 'Gespreksvragen', items: guide.discussion.map((d) => d.question) });
  if (['scenario-intro', 'situation', 'vote', 'feedback', 'ending'].includes(screen.type))
    notes.push({ heading: 'Zo speelt u het scenario', text: guide.scenarioPlay });
  return notes;
}
