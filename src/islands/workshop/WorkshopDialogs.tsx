import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { KEY_HELP } from '../../lib/workshop/keys';
import type { WorkshopSessionApi } from './use-workshop-session';

interface DialogProps {
  open: boolean;
  onClose: () => void;
  id: string;
  title: string;
  class?: string;
  children: ComponentChildren;
}

/** A modal dialog (native <dialog>): focus moves in, Esc closes it, focus returns afterwards. */
export function WorkshopDialog({ open, onClose, id, title, class: className, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} class={`jt-ws-dialog ${className ?? ''}`} aria-labelledby={`${id}-titel`} onClose={onClose}>
      <h2 id={`${id}-titel`} class="jt-ws-dialog__title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}

/** The list of keys (H or ?). */
export function KeyHelpDialog({ open, onClose, id }: { open: boolean; onClose: () => void; id: string }) {
  return (
    <WorkshopDialog open={open} onClose={onClose} id={id} title="Toetsen in de workshop" class="jt-ws-help">
      <table class="jt-ws-keys">
        <thead>
          <tr>
            <th scope="col">Toets</th>
            <th scope="col">Wat er gebeurt</th>
          </tr>
        </thead>
        <tbody>
          {KEY_HELP.map((row) => (
            <tr key={row.what}>
              <td>
                {row.keys.map((key, i) => (
                  <span key={key}>
                    {i > 0 && ' of '}
                    <kbd>{key}</kbd>
                  </span>
                ))}
              </td>
              <td>{row.what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        Een presenter (clicker) werkt ook: die stuurt meestal Page Down en Page Up. Toetsen werken niet terwijl u in een tekstveld typt.
      </p>
      <button type="button" class="nl-button nl-button--primary" onClick={onClose}>
        Sluiten
      </button>
    </WorkshopDialog>
  );
}

/** Asks before the whole session is wiped. */
export function ConfirmResetDialog({
  open,
  onClose,
  onConfirm,
  id,
}: {
  open: boolean;
  onClose: () => void;
  onConfirm: () => void;
  id: string;
}) {
  return (
    <WorkshopDialog open={open} onClose={onClose} id={id} title="Een nieuwe sessie beginnen?">
      <p>
        Dan wist u de stemmen, de route van de groep, de timer en uw notities van deze sessie. Wilt u die bewaren? Download dan eerst de
        samenvatting.
      </p>
      <div class="jt-ws-dialog__actions">
        <button
          type="button"
          class="nl-button nl-button--primary"
          onClick={() => {
            onConfirm();
            onClose();
          }}
        >
          Ja, alles wissen
        </button>
        {/* Cancel is the safe default and gets the focus first. */}
        <button type="button" class="nl-button nl-button--secondary" onClick={onClose} autofocus>
          Nee, terug
        </button>
      </div>
    </WorkshopDialog>
  );
}

/**
 * What the projector and the presenter window both end with: the polite announcements and the
 * key help and reset dialogs. Returns their controls and `overlays`, to render last in the window.
 */
export function useWindowOverlays(ws: WorkshopSessionApi, idPrefix: string) {
  const [helpOpen, setHelpOpen] = useState(false);
  const [confirmOpen, setConfirmOpen] = useState(false);
  const overlays = (
    <>
      <p class="jt-visually-hidden" aria-live="polite" aria-atomic="true">
        {ws.screenAnnouncement}
      </p>
      <p class="jt-visually-hidden" aria-live="polite" aria-atomic="true" data-timer-announcement>
        {ws.timerAnnouncement}
      </p>
      <KeyHelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} id={`${idPrefix}-help`} />
      <ConfirmResetDialog
        open={confirmOpen}
        onClose={() => setConfirmOpen(false)}
        onConfirm={() => ws.dispatch({ type: 'reset' })}
        id={`${idPrefix}-reset`}
      />
    </>
  );
  return {
    openHelp: () => setHelpOpen(true),
    toggleHelp: () => setHelpOpen((open) => !open),
    askReset: () => setConfirmOpen(true),
    overlays,
  };
}
