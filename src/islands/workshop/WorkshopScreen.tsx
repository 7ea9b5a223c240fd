import type { ComponentChildren, JSX } from 'preact';
import type { WorkshopModel } from '../../lib/workshop/model';
import type { WorkshopAction, WorkshopSession } from '../../lib/workshop/session';
import type { Screen, WorkshopView } from '../../lib/workshop/view';
import { bestRouteComparison, comparisonText, decidedByText, groupRoute, votesText } from '../../lib/workshop/route';
import { Paragraphs } from '../scenario/Paragraphs';
import { MeterList, meterChanges } from '../shared/MeterList';
import { VoteControls, VoteOptions, voteMessage } from './VoteOptions';
import { SessionActions } from './SessionActions';
import { RATING_LABEL, STEP_KIND_LABEL } from '../../lib/text/labels';
import { countOf } from '../../lib/text/plural';

interface Props {
  model: WorkshopModel;
  session: WorkshopSession;
  view: WorkshopView;
  dispatch: (action: WorkshopAction) => void;
  headingId: string;
  onExport: () => void;
}

/** One projector screen. Text comes from the plan; the engine decides meters and options. */
export function WorkshopScreen(props: Props) {
  const { view } = props;
  return (
    <div class={`jt-ws-screen jt-ws-screen--${view.screen.type}`} key={view.key}>
      <ScreenBody {...props} />
    </div>
  );
}

function Kicker({ children }: { children: ComponentChildren }) {
  return <p class="jt-ws-kicker">{children}</p>;
}

function ScreenBody({ model, session, view, dispatch, headingId, onExport }: Props) {
  const { plan } = model;
  const { module, guide, scenario } = plan;
  const screen: Screen = view.screen;
  const h2 = (text: string, extra = '') => (
    <h2 id={headingId} class={`jt-ws-heading ${extra}`}>
      {text}
    </h2>
  );
  const meterPrefix = `ws-meter-${scenario.id}`;

  switch (screen.type) {
    case 'cover':
      return (
        <>
          <Kicker>
            Workshop bij module {module.code} · {guide.duration} minuten
          </Kicker>
          {h2(module.title, 'jt-ws-heading--xl')}
          <blockquote class="jt-ws-question">
            <p class="jt-ws-question__label">Leervraag</p>
            <p>{module.learningQuestion}</p>
          </blockquote>
          <p class="jt-ws-goal">
            <strong>Doel van vandaag:</strong> {guide.goal}
          </p>
        </>
      );
    case 'section':
      return (
        <>
          <Kicker>
            Deel {view.sectionIndex + 1} van {plan.sections.length} · {STEP_KIND_LABEL[view.section.kind]} · {view.section.minutes} minuten
          </Kicker>
          {h2(view.section.title, 'jt-ws-heading--xl')}
          <div class="jt-ws-lead">
            <Paragraphs text={view.section.description} />
          </div>
        </>
      );
    case 'discussion': {
      const item = guide.discussion[screen.index];
      return (
        <>
          <Kicker>
            Gesprek · vraag {screen.index + 1} van {screen.total}
          </Kicker>
          {h2(item?.question ?? '', 'jt-ws-heading--question')}
        </>
      );
    }
    case 'key-points':
      return (
        <>
          <Kicker>Afsluiting{screen.parts > 1 && ` · deel ${screen.part} van ${screen.parts}`}</Kicker>
          {h2('Wat neemt u mee?')}
          <ul class="jt-ws-points">
            {screen.points.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        </>
      );
    case 'try-this':
      return (
        <>
          <Kicker>Afsluiting</Kicker>
          {h2('Probeer het deze week', 'jt-ws-heading--xl')}
          <p class="jt-ws-try">{guide.handout.tryThis}</p>
          <p>U krijgt dit ook op papier, in de hand-out.</p>
        </>
      );
    case 'end':
      return <EndScreen model={model} session={session} dispatch={dispatch} h2={h2} onExport={onExport} />;
    case 'scenario-intro':
      return (
        <>
          <Kicker>Scenario · samen spelen</Kicker>
          {h2(scenario.title)}
          <Paragraphs text={scenario.intro} />
          <dl class="jt-ws-roles">
            {scenario.roles.map((role) => (
              <div key={role.name}>
                <dt>{role.name}</dt>
                <dd>{role.description}</dd>
              </div>
            ))}
          </dl>
          <p class="jt-ws-howto">Bij elke beslissing stemt u met handopsteken. De groep volgt de optie met de meeste stemmen.</p>
        </>
      );
    case 'situation':
      return (
        <>
          <Kicker>Beslissing {screen.decision + 1}</Kicker>
          {h2(screen.node.title)}
          <div class="jt-ws-story">
            <Paragraphs text={screen.node.text} />
          </div>
        </>
      );
    case 'vote':
      return (
        <>
          <Kicker>
            Beslissing {screen.decision + 1} · {screen.node.title}
          </Kicker>
          {h2(session.phones ? 'Wat doet u? Stem met uw telefoon of met handopsteken.' : 'Wat doet u? Stem met handopsteken.')}
          <VoteOptions screen={screen} dispatch={dispatch} showCounts={false} />
          <div class="jt-ws-vote-status">
            <p class={`jt-ws-vote-status__text ${screen.votes.revealed && !screen.followed ? 'jt-ws-vote-status__text--decide' : ''}`}>
              {voteMessage(screen)}
            </p>
            <VoteControls screen={screen} dispatch={dispatch} toggleClass={{ show: 'nl-button--primary', hide: 'nl-button--subtle' }} />
          </div>
        </>
      );
    case 'feedback':
      return (
        <>
          <Kicker>Beslissing {screen.decision + 1} · gevolg</Kicker>
          {h2(`De groep koos ${screen.letter}`)}
          <p class="jt-ws-chosen">{screen.choice.label}</p>
          {screen.tally.total > 0 && (
            <p class="jt-ws-votes-line">
              {votesText(screen.tally.rows.find((r) => r.choiceId === screen.choice.id)?.count ?? 0)} van de {screen.tally.total}.
            </p>
          )}
          <div class="jt-ws-feedback">
            <Paragraphs text={screen.choice.feedback} />
          </div>
          <MeterList
            size="projector"
            meters={scenario.meters}
            values={screen.step.after}
            changes={meterChanges(scenario.meters, screen.step.before, screen.step.after)}
            idPrefix={meterPrefix}
          />
        </>
      );
    case 'ending':
      return <EndingScreen model={model} session={session} screen={screen} h2={h2} meterPrefix={meterPrefix} />;
  }
}

function EndingScreen({
  model,
  session,
  screen,
  h2,
  meterPrefix,
}: {
  model: WorkshopModel;
  session: WorkshopSession;
  screen: Extract<Screen, { type: 'ending' }>;
  h2: (text: string, extra?: string) => JSX.Element;
  meterPrefix: string;
}) {
  const ending = screen.node.ending!;
  const page = screen.page;
  const part = (p: { part: number; parts: number }) => (p.parts > 1 ? ` · deel ${p.part} van ${p.parts}` : '');
  switch (page.type) {
    case 'outcome': {
      const meters = model.replay(session.path).snapshot.context.meters;
      return (
        <>
          <p class={`jt-ws-rating jt-ws-rating--${ending.rating}`}>{RATING_LABEL[ending.rating]}</p>
          {h2(ending.title)}
          <div class="jt-ws-story">
            <Paragraphs text={screen.node.text} />
          </div>
          <MeterList size="projector" meters={model.plan.scenario.meters} values={meters} idPrefix={meterPrefix} />
        </>
      );
    }
    case 'debrief':
      return (
        <>
          <Kicker>Uitkomst: {ending.title}</Kicker>
          {h2('Nabespreking')}
          <div class="jt-ws-story">
            <Paragraphs text={ending.debrief} />
          </div>
        </>
      );
    case 'path': {
      const records = groupRoute(model, session).slice(page.from, page.to);
      return (
        <>
          <Kicker>Scenario{part(page)}</Kicker>
          {h2('De route van de groep')}
          <ol class="jt-ws-route" start={page.from + 1}>
            {records.map((r) => (
              <li key={r.choice.id}>
                <span class="jt-ws-route__node">
                  {r.node.title} · {votesText(r.tally.rows.find((row) => row.choiceId === r.choice.id)?.count ?? 0)} van {r.tally.total}
                </span>
                <span class="jt-ws-route__choice">
                  {r.letter}. {r.choice.label}
                </span>
                <span class="jt-ws-route__how">{decidedByText(r)}</span>
              </li>
            ))}
          </ol>
        </>
      );
    }
    case 'best': {
      const comparison = bestRouteComparison(model, session);
      return (
        <>
          <Kicker>Scenario{part(page)}</Kicker>
          {h2('Vergelijk met de beste route')}
          {page.part === 1 && <p>{comparisonText(comparison.divergeAt, comparison.reachedBest)}</p>}
          <ol class="jt-ws-route" start={page.from + 1}>
            {comparison.rows.slice(page.from, page.to).map((row) => (
              <li key={row.choice.id} class={row.same ? undefined : 'jt-ws-route__differs'}>
                <span class="jt-ws-route__node">{row.node.title}</span>
                <span class="jt-ws-route__choice">{row.choice.label}</span>
                <span class="jt-ws-route__how">{row.same ? 'Zelfde keuze als de groep.' : 'Anders dan de groep.'}</span>
              </li>
            ))}
          </ol>
        </>
      );
    }
    case 'reflection':
      return (
        <>
          <Kicker>Uitkomst: {ending.title}</Kicker>
          {h2('Om over na te denken')}
          <ul class="jt-ws-points">
            {ending.reflection.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
        </>
      );
  }
}

function EndScreen({
  model,
  session,
  dispatch,
  h2,
  onExport,
}: {
  model: WorkshopModel;
  session: WorkshopSession;
  dispatch: (action: WorkshopAction) => void;
  h2: (text: string, extra?: string) => JSX.Element;
  onExport: () => void;
}) {
  const end = model.positionAfter(session.path, session.path.length);
  const ending = end.phase === 'ending' ? model.node(end.nodeId)?.ending : undefined;
  const decisions = session.path.length;
  return (
    <>
      <Kicker>Workshop {model.plan.module.code}</Kicker>
      {h2('Einde van de workshop', 'jt-ws-heading--xl')}
      <p class="jt-ws-lead">Dank u wel voor het meedoen.</p>
      <p>
        {ending
          ? `Het scenario eindigde met: ${ending.title} (${RATING_LABEL[ending.rating].toLowerCase()}).`
          : `Het scenario is niet afgemaakt. De groep nam ${countOf(decisions, 'beslissing', 'beslissingen')}.`}
      </p>
      <SessionActions
        id="ws-reset-end"
        class="jt-ws-end-actions"
        onExport={onExport}
        dispatch={dispatch}
        downloadClass="nl-button--primary"
        resetClass="nl-button--secondary"
      />
    </>
  );
}
