import { useRef, useState } from 'preact/hooks';
import type { KeyCommand } from '../lib/workshop/keys';
import { useWorkshopSession, type WorkshopWindowProps } from './workshop/use-workshop-session';
import { runSharedCommand, toggleFullscreen, useWorkshopKeys } from './workshop/dom';
import { WorkshopScreen } from './workshop/WorkshopScreen';
import { TimerControls, TimerStatus } from './workshop/WorkshopTimer';
import { GuideNotes, OwnNotes } from './workshop/TrainerNotes';
import { useWindowOverlays } from './workshop/WorkshopDialogs';

/**
 * The projector view: one screen at a time, readable from the back of the room,
 * driven by keys, a clicker, the buttons, or the presenter window. The trainer's
 * notes open in a panel (N) when there is only one screen.
 */
export function WorkshopProjector({ plan, links }: WorkshopWindowProps) {
  const ws = useWorkshopSession(plan);
  const { model, session, view, dispatch, ready, timerPhase } = ws;
  const [notesOpen, setNotesOpen] = useState(false);
  const dialogs = useWindowOverlays(ws, 'ws');


  useWorkshopKeys((command: KeyCommand) => {
    if (runSharedCommand(command, dispatch)) return;
    switch (command.type) {
      case 'notes':
        return setNotesOpen((open) => !open);
      case 'help':
        return dialogs.toggleHelp();
      case 'close':
        if (session.blackout) return dispatch({ type: 'blackout.toggle' });
        return setNotesOpen(false);
    }
  });

  const { module } = plan;
  // Only a change of screen fades in, never the first screen (nothing should move while the page loads).
  const firstKey = useRef<string | null>(null);
  if (ready && firstKey.current === null) firstKey.current = view.key;
  const moved = ready && firstKey.current !== view.key;

  return (
    <div
      class={`jt-ws jt-ws--${timerPhase}`}
      data-ready={ready ? 'true' : undefined}
      data-screen={view.screen.type}
      data-key={view.key}
      data-moved={moved ? 'true' : undefined}
    >
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
        {ws.notice && (
          <div class="jt-ws-notice" role="status">
            <p>{ws.notice}</p>
            <button type="button" class="nl-button nl-button--secondary" onClick={ws.dismissNotice}>
              Melding sluiten
            </button>
          </div>
        )}
        <WorkshopScreen
          model={model}
          session={session}
          view={view}
          dispatch={dispatch}
          headingId="ws-screen-title"
          onExport={ws.exportSummary}
          onReset={dialogs.askReset}
        />
      </section>

      <nav class="jt-ws__controls" aria-label="Bediening van de workshop">
        <div class="jt-ws__controls-group">
          <button type="button" class="nl-button nl-button--secondary" onClick={() => dispatch({ type: 'back' })} disabled={!ready}>
            ← Vorige
          </button>
          <button type="button" class="nl-button nl-button--primary" onClick={() => dispatch({ type: 'next' })} disabled={!ready}>
            Volgende →
          </button>
        </div>
        <div class="jt-ws__controls-group">
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
          <button type="button" class="nl-button nl-button--subtle" onClick={dialogs.openHelp}>
            Toetsen (H)
          </button>
          <button type="button" class="nl-button nl-button--subtle" onClick={toggleFullscreen}>
            Volledig scherm (F)
          </button>
        </div>
      </nav>

      <aside id="ws-notes" class="jt-ws-notes" hidden={!notesOpen} aria-label="Notities voor de trainer">
        <div class="jt-ws-notes__head">
          <p class="jt-ws-notes__title">Notities voor de trainer</p>
          <button type="button" class="nl-button nl-button--secondary" onClick={() => setNotesOpen(false)}>
            Sluiten (N)
          </button>
        </div>
        <GuideNotes model={model} view={view} />
        <OwnNotes session={session} view={view} dispatch={dispatch} id="ws-own-notes" />
        <h3>Timer</h3>
        <TimerControls timer={session.timer} phase={timerPhase} presets={ws.timerPresets} dispatch={dispatch} />
        <h3>Meer</h3>
        <ul class="jt-ws-notes__links">
          <li>
            <a href={links.presenter} target="_blank">
              Presentatorweergave openen<span class="jt-visually-hidden"> (opent in een nieuw venster)</span>
            </a>
            : uw aantekeningen en wat er komt op een tweede scherm.
          </li>
          <li>
            <a href={links.handout}>Hand-out afdrukken</a>
          </li>
          <li>
            <a href={links.overview}>Alle workshops</a>
          </li>
        </ul>
        <div class="jt-ws-notes__actions">
          <button type="button" class="nl-button nl-button--secondary" onClick={ws.exportSummary}>
            Samenvatting downloaden
          </button>
          <button type="button" class="nl-button nl-button--subtle" onClick={dialogs.askReset}>
            Nieuwe sessie beginnen
          </button>
        </div>
      </aside>

      {session.blackout && (
        <div class="jt-ws-black" data-blackout="true">
          <p class="jt-visually-hidden">Het scherm is zwart. Druk op B of Esc om verder te gaan.</p>
        </div>
      )}

      {dialogs.overlays}
    </div>
  );
}
