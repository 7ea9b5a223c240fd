import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * A native modal <dialog> that follows `open`. Esc closes the dialog in the browser at once, but its
 * close event comes a task later: a key pressed in between (H to open the help again) would then be
 * undone. So Esc's cancel event reports the close straight away, a close event for a dialog that is
 * open again is ignored, and the dialog opens or closes in a layout effect, before any next event.
 * Spread the result on the <dialog>.
 */
export function useModalDialog(open: boolean, onClose: () => void) {
  const ref = useRef<HTMLDialogElement>(null);
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  const closed = () => {
    if (!ref.current?.open) onClose();
  };
  return { ref, onCancel: onClose, onClose: closed };
}
