import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { KeyCommand } from '../../lib/workshop/keys';
import type { WorkshopPlan } from '../../lib/workshop/plan';
import { useWorkshopSession, type WorkshopSessionApi } from './use-workshop-session';
import { runSharedCommand, useWorkshopKeys } from './dom';
import { useLazyComponent } from '../shared/use-lazy-component';

/** A workshop window's session, plus the key help that both windows have. */
export interface WorkshopWindowApi extends WorkshopSessionApi {
  helpOpen: boolean;
  openHelp: () => void;
  closeHelp: () => void;
}

/**
 * The session of one workshop window (projector or presenter) and the keys that mean the same in
 * both: moving, votes, timer, full screen, black screen, help, and Esc lifting a black screen.
 * `onCommand` gets the rest, which each window handles its own way (notes, and Esc otherwise).
 */
export function useWorkshopWindow(plan: WorkshopPlan, onCommand: (command: KeyCommand) => void): WorkshopWindowApi {
  const ws = useWorkshopSession(plan);
  const [helpOpen, setHelpOpen] = useState(false);
  useWorkshopKeys((command) => {
    if (runSharedCommand(command, ws.dispatch)) return;
    if (command.type === 'help') return setHelpOpen((open) => !open);
    if (command.type === 'close' && ws.session.blackout) return ws.dispatch({ type: 'blackout.toggle' });
    onCommand(command);
  });
  return { ...ws, helpOpen, openHelp: () => setHelpOpen(true), closeHelp: () => setHelpOpen(false) };
}

/**
 * The frame both windows share: the element that says when the window is ready and which screen
 * it shows (tests and styles read these), the window's own content, then the polite
 * announcements and the key help (loaded when first asked for).
 */
export function WorkshopWindow({
  win,
  idPrefix,
  class: className,
  data,
  children,
}: {
  win: WorkshopWindowApi;
  idPrefix: string;
  class: string;
  data?: Record<`data-${string}`, string | undefined>;
  children: ComponentChildren;
}) {
  const help = useLazyComponent(() => import('./KeyHelpDialog').then((m) => m.KeyHelpDialog), win.helpOpen);
  return (
    <div class={className} data-ready={win.ready ? 'true' : undefined} data-screen={win.view.screen.type} data-key={win.view.key} {...data}>
      {children}
      <p class="jt-visually-hidden" aria-live="polite" aria-atomic="true">
        {win.screenAnnouncement}
      </p>
      <p class="jt-visually-hidden" aria-live="polite" aria-atomic="true" data-timer-announcement>
        {win.timerAnnouncement}
      </p>
      {help.Component && <help.Component open={win.helpOpen} onClose={win.closeHelp} id={`${idPrefix}-help`} />}
    </div>
  );
}

/** A notice about the stored session (unreadable, not saved, adjusted), until the trainer closes it. */
export function SessionNotice({ win }: { win: WorkshopSessionApi }) {
  if (!win.notice) return null;
  return (
    <div class="jt-ws-notice" role="status">
      <p>{win.notice}</p>
      <button type="button" class="nl-button nl-button--secondary" onClick={win.dismissNotice}>
        Melding sluiten
      </button>
    </div>
  );
}

/** Back and next; they wait for the stored session, so a press never acts on the fresh one. */
export function StepButtons({ win }: { win: WorkshopSessionApi }) {
  return (
    <>
      <button type="button" class="nl-button nl-button--secondary" onClick={() => win.dispatch({ type: 'back' })} disabled={!win.ready}>
        ← Vorige
      </button>
      <button type="button" class="nl-button nl-button--primary" onClick={() => win.dispatch({ type: 'next' })} disabled={!win.ready}>
        Volgende →
      </button>
    </>
  );
}
