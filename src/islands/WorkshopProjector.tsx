import { useEffect, useRef, useState } from 'preact/hooks';
import { usePlan, type WorkshopWindowProps } from './workshop/use-workshop-session';
import { toggleFullscreen } from './workshop/dom';
import { SessionNotice, StepButtons, WorkshopWindow, useWorkshopWindow } from './workshop/WorkshopWindow';
import { WorkshopScreen } from './workshop/WorkshopScreen';
import { TimerStatus } from './workshop/WorkshopTimer';
import { useLazyComponent } from './shared/use-lazy-component';

/**
 * The projector view: one screen at a time, readable from the back of the room,
 * driven by keys, a clicker, the buttons, or the presenter window. The trainer's
 * notes open in a panel (N) when there is only one screen.
 */
export function WorkshopProjector({ planJson, links, relayUrl }: WorkshopWindowProps) {
  const plan = usePlan(planJson);
  const [notesOpen, setNotesOpen] = useState(false);
  const [mapOpen, setMapOpen] = useState(false);
  const win = useWorkshopWindow(plan, (command) => {
    if (command.type === 'notes') setNotesOpen((open) => !open);
    if (command.type === 'close') setNotesOpen(false);
  });
  const { model, session, view, dispatch, ready, timerPhase } = win;
  // Voting with phones: its code loads only once the trainer has started it in the presenter view.
  const phones = useLazyComponent(
    () => import('./workshop/phones/ProjectorPhones').then((m) => m.default),
    relayUrl !== null && session.phones !== undefined,
  );
  // The group never sees the notes panel: its code loads when the trainer first opens it.
  const notes = useLazyComponent(() => import('./workshop/ProjectorNotes').then((m) => m.ProjectorNotes), notesOpen);
  // The map belongs to the scenario's end: another window moving the group on closes it.
  const atEnding = view.screen.type === 'ending';
  useEffect(() => {
    if (!atEnding) setMapOpen(false);
  }, [atEnding]);
  // The map of the routes: its code loads when the trainer first opens it at the scenario's end.
  const groupMap = useLazyComponent(() => import('./workshop/GroupMap').then((m) => m.GroupMapDialog), mapOpen);

  const { module } = plan;
  // Only a change of screen fades in, never the first screen (nothing should move while the page loads).
  const firstKey = useRef<string | null>(null);
  if (ready && firstKey.current === null) firstKey.current = view.key;
  const moved = ready && firstKey.current !== view.key;

  return (
    <WorkshopWindow win={win} idPrefix="ws" class={`jt-ws jt-ws--${timerPhase}`} data={{ 'data-moved': moved ? 'true' : undefined }}>
      <header class="jt-ws__bar">
        <h1 class="jt-ws__title">
          <span class="jt-ws__code">{module.code}</span> Workshop: {module.title}
        </h1>
        <p class="jt-ws__where">
          Deel {view.sectionIndex + 1} van {plan.sections.length}: {view.section.title}
        </p>
        <TimerStatus timer={session.timer} phase={timerPhase} />
      </header>

      <section class="jt-ws__stage" aria-labelledby="ws-screen-title">
        {!ready && (
          // Server-rendered only: it disappears once the workshop runs, so it shows exactly when JavaScript is off or failed.
          <p class="jt-noscript jt-ws__noscript">
            Voor de workshopmodus is JavaScript nodig. U kunt de sessie ook geven met <a href={links.guide}>het draaiboek</a>.
          </p>
        )}
        <SessionNotice win={win} />
        <WorkshopScreen
          model={model}
          session={session}
          view={view}
          dispatch={dispatch}
          headingId="ws-screen-title"
          onExport={win.exportSummary}
        />
        {relayUrl && session.phones && phones.Component && (
          <phones.Component relayUrl={relayUrl} phones={session.phones} screen={view.screen} dispatch={dispatch} />
        )}
      </section>

      <nav class="jt-ws__controls" aria-label="Bediening van de workshop">
        <div class="jt-button-group">
          <StepButtons win={win} />
        </div>
        <div class="jt-button-group">
          {view.screen.type === 'ending' && (
            <button type="button" class="nl-button nl-button--secondary" aria-haspopup="dialog" onClick={() => setMapOpen(true)}>
              Kaart van de routes
            </button>
          )}
          <button type="button" class="nl-button nl-button--subtle" onClick={() => dispatch({ type: 'timer.toggle' })} disabled={!ready}>
            {timerPhase === 'running' ? 'Pauzeer' : 'Timer'} (T)
          </button>
          <button
            type="button"
            class="nl-button nl-button--subtle"
            aria-expanded={notesOpen}
            aria-controls="ws-notes"
            onClick={() => setNotesOpen(!notesOpen)}
          >
            Notities (N)
          </button>
          <button type="button" class="nl-button nl-button--subtle" onClick={win.openHelp}>
            Toetsen (H)
          </button>
          <button type="button" class="nl-button nl-button--subtle" onClick={toggleFullscreen}>
            Volledig scherm (F)
          </button>
        </div>
      </nav>

      <aside id="ws-notes" class="jt-ws-notes" hidden={!notesOpen} aria-label="Notities voor de trainer">
        {notes.Component ? (
          <notes.Component win={win} links={links} onClose={() => setNotesOpen(false)} />
        ) : (
          notes.failed && <p>De notities konden niet worden geladen. Laad de pagina opnieuw.</p>
        )}
      </aside>

      {/* The map of the routes with the group's votes: the trainer opens it at the scenario's end. */}
      {view.screen.type === 'ending' && groupMap.Component && (
        <groupMap.Component
          open={mapOpen}
          onClose={() => setMapOpen(false)}
          model={model}
          session={session}
          dispatch={dispatch}
          id="ws-kaart"
          mapUrl={links.map}
        />
      )}
      {mapOpen && groupMap.failed && (
        <p class="jt-ws-notice" role="alert">
          De kaart kon niet worden geladen. Laad de pagina opnieuw.
        </p>
      )}

      {session.blackout && (
        <div class="jt-ws-black" data-blackout="true">
          <p class="jt-visually-hidden">Het scherm is zwart. Druk op B of Esc om verder te gaan.</p>
        </div>
      )}
    </WorkshopWindow>
  );
}
