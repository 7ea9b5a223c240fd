import { useRef } from 'preact/hooks';
import { nextLabel } from '../lib/workshop/view';
import { usePlan, type WorkshopWindowProps } from './workshop/use-workshop-session';
import { SessionNotice, StepButtons, WorkshopWindow, useWorkshopWindow } from './workshop/WorkshopWindow';
import { TimerStatus } from './workshop/WorkshopTimer';
import { TimerControls } from './workshop/TimerControls';
import { GuideNotes, OwnNotes } from './workshop/TrainerNotes';
import { VoteControls, VoteOptions, voteMessage } from './workshop/VoteOptions';
import { SessionActions } from './workshop/SessionActions';
import { STEP_KIND_LABEL } from '../lib/text/labels';
import { materialPath, materialsIndexPath } from '../lib/guide/material-paths';
import { useLazyComponent } from './shared/use-lazy-component';

/**
 * The presenter view for the trainer's own screen: the draaiboek's notes for
 * the current screen, what comes next, the timer and the votes. It stays in
 * step with the projector window, and can drive it (buttons and the same keys).
 */
export function WorkshopPresenter({ planJson, links, relayUrl }: WorkshopWindowProps) {
  const plan = usePlan(planJson);
  const notesRef = useRef<HTMLDivElement>(null);
  const win = useWorkshopWindow(plan, (command) => {
    // The notes are always visible here; N jumps to the field for the trainer's own notes.
    if (command.type === 'notes') notesRef.current?.querySelector('textarea')?.focus();
  });
  const { model, session, view, dispatch, ready, timerPhase } = win;
  // Only a build with a relay has voting with phones; its code loads after the page is ready.
  const phones = useLazyComponent(() => import('./workshop/phones/PresenterPhones').then((m) => m.default), ready && relayUrl !== null);

  const screen = view.screen;
  const firstSlideOf = (sectionId: string) => plan.slides.findIndex((s) => s.section === sectionId);

  return (
    <WorkshopWindow win={win} idPrefix="wp" class="jt-wp">
      <h1>
        Presentatorweergave: workshop {plan.module.code} {plan.module.title}
      </h1>
      {!ready && <p class="jt-noscript">Voor de presentatorweergave is JavaScript nodig.</p>}
      <SessionNotice win={win} />
      <p class="jt-wp__intro">
        Zet de{' '}
        <a href={links.projector} target="_blank">
          projectorweergave<span class="jt-visually-hidden"> (opent in een nieuw venster)</span>
        </a>{' '}
        op het scherm voor de groep. Beide vensters blijven gelijk: wat u hier doet, ziet de groep daar. Toetsen: zie{' '}
        <button type="button" class="jt-wp__link-button" onClick={win.openHelp}>
          alle toetsen
        </button>
        .
      </p>

      <div class="jt-wp__grid">
        <div class="jt-wp__main">
          <section class="jt-wp__panel jt-wp__now" aria-labelledby="wp-now">
            <h2 id="wp-now">Nu op het scherm</h2>
            <p class="jt-wp__where">
              Deel {view.sectionIndex + 1} van {plan.sections.length}: {view.section.title} ({STEP_KIND_LABEL[view.section.kind]},{' '}
              {view.section.minutes} min)
            </p>
            <p class="jt-wp__current" data-current-label>
              {view.label}
            </p>
            {session.blackout && <p class="jt-wp__black">Het scherm voor de groep is nu zwart.</p>}
            <div class="jt-button-group">
              <StepButtons win={win} />
              <button
                type="button"
                class="nl-button nl-button--subtle"
                aria-pressed={session.blackout}
                onClick={() => dispatch({ type: 'blackout.toggle' })}
              >
                Zwart scherm (B)
              </button>
            </div>
            <h3>Hierna</h3>
            <p data-next-label>{nextLabel(model, session, Date.now())}</p>
          </section>

          {screen.type === 'vote' && (
            <section class="jt-wp__panel jt-wp__votes" aria-labelledby="wp-votes">
              <h2 id="wp-votes">Stemmen bij beslissing {screen.decision + 1}</h2>
              <p>{screen.node.title}</p>
              <VoteOptions screen={screen} dispatch={dispatch} showCounts={true} />
              <p class="jt-wp__vote-status">
                {screen.votes.revealed ? 'De groep ziet de uitslag. ' : 'De groep ziet de uitslag nog niet. '}
                {voteMessage(screen)}
              </p>
              <VoteControls
                screen={screen}
                dispatch={dispatch}
                toggleClass={{ show: 'nl-button--secondary', hide: 'nl-button--secondary' }}
              />
            </section>
          )}

          {relayUrl && phones.Component && (
            <phones.Component relayUrl={relayUrl} phones={session.phones} screen={screen} dispatch={dispatch} />
          )}

          <section class="jt-wp__panel jt-wp__notes" aria-labelledby="wp-notes">
            <h2 id="wp-notes">Aanwijzingen uit het draaiboek</h2>
            <div ref={notesRef}>
              <GuideNotes model={model} view={view} />
              <OwnNotes session={session} view={view} dispatch={dispatch} id="wp-own-notes" />
            </div>
          </section>
        </div>
        <div class="jt-wp__side">
          <section class="jt-wp__panel" aria-labelledby="wp-timer">
            <h2 id="wp-timer">Timer</h2>
            <TimerStatus timer={session.timer} phase={timerPhase} />
            <TimerControls timer={session.timer} phase={timerPhase} presets={win.timerPresets} dispatch={dispatch} />
          </section>

          <section class="jt-wp__panel" aria-labelledby="wp-schedule">
            <h2 id="wp-schedule">Schema</h2>
            <ol class="jt-wp__schedule">
              {plan.sections.map((section, i) => (
                <li key={section.id} aria-current={i === view.sectionIndex ? 'step' : undefined}>
                  <span>
                    {section.title} ({section.minutes} min)
                  </span>
                  <button
                    type="button"
                    class="nl-button nl-button--subtle"
                    onClick={() => dispatch({ type: 'go', slide: firstSlideOf(section.id) })}
                  >
                    Ga naar<span class="jt-visually-hidden"> {section.title}</span>
                  </button>
                </li>
              ))}
            </ol>
          </section>

          <section class="jt-wp__panel" aria-labelledby="wp-print">
            <h2 id="wp-print">Materiaal om te printen</h2>
            <ul>
              {plan.guide.printed.map((m) => (
                <li key={m.id}>
                  <a href={materialPath(plan.module.slug, m.id)}>{m.text}</a>
                </li>
              ))}
            </ul>
            <p>
              <a href={materialsIndexPath(plan.module.slug)}>Alle materiaal op een rij</a>
            </p>
          </section>

          <section class="jt-wp__panel" aria-labelledby="wp-after">
            <h2 id="wp-after">Na afloop</h2>
            <SessionActions
              id="wp-reset"
              onExport={win.exportSummary}
              dispatch={dispatch}
              downloadClass="nl-button--primary"
              resetClass="nl-button--subtle"
            />
            <ul>
              <li>
                <a href={links.handout}>Hand-out afdrukken</a>
              </li>
              <li>
                <a href={links.map}>Kaart van de routes</a>
              </li>
              <li>
                <a href={links.guide}>Het draaiboek</a>
              </li>
            </ul>
          </section>
        </div>
      </div>
    </WorkshopWindow>
  );
}
