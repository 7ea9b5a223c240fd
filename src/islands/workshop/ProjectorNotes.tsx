import type { WorkshopLinks } from '../../lib/workshop/links';
import { GuideNotes, OwnNotes } from './TrainerNotes';
import { TimerControls } from './TimerControls';
import { SessionActions } from './SessionActions';
import type { WorkshopWindowApi } from './WorkshopWindow';

/**
 * The projector's notes panel (N): the draaiboek's notes, the trainer's own notes, the timer and the
 * links. Loaded when it is first opened, as the group never sees it.
 */
export function ProjectorNotes({ win, links, onClose }: { win: WorkshopWindowApi; links: WorkshopLinks; onClose: () => void }) {
  const { model, session, view, dispatch, timerPhase } = win;
  return (
    <>
      <div class="jt-ws-notes__head">
        <p class="jt-ws-notes__title">Notities voor de trainer</p>
        <button type="button" class="nl-button nl-button--secondary" onClick={onClose}>
          Sluiten (N)
        </button>
      </div>
      <GuideNotes model={model} view={view} />
      <OwnNotes session={session} view={view} dispatch={dispatch} id="ws-own-notes" />
      <h3>Timer</h3>
      <TimerControls timer={session.timer} phase={timerPhase} presets={win.timerPresets} dispatch={dispatch} />
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
      <SessionActions
        id="ws-reset-notes"
        onExport={win.exportSummary}
        dispatch={dispatch}
        downloadClass="nl-button--secondary"
        resetClass="nl-button--subtle"
      />
    </>
  );
}
