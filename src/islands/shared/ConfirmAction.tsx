import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

export interface ConfirmActionProps {
  /** Unique on the page: the question and its details are found by ids built from it. */
  id: string;
  /** The text of the button that asks first (it may hold visually hidden context). */
  trigger: ComponentChildren;
  /** Classes of that button besides `nl-button`. */
  triggerClass?: string;
  disabled?: boolean;
  /** A short question; it names the group or dialog, so a screen reader says it first. */
  question: string;
  /** What the action does, shown under the question and read after it. */
  details?: ComponentChildren;
  confirm: string;
  cancel: string;
  confirmClass?: string;
  cancelClass?: string;
  onConfirm: () => void;
  /**
   * Ask in a modal dialog instead of in place: for a window driven by keys (the projector),
   * where nothing behind the question may react until it is answered.
   */
  modal?: boolean;
  /** Extra class on the question's container (the group, or the dialog). */
  class?: string;
}

/**
 * A button for an action that cannot be undone, which asks first. Asking moves the focus to
 * "cancel" (the safe default) inside a group or dialog named by the question. Escape or "cancel"
 * returns the focus to the button; only "confirm" performs the action.
 */
export function ConfirmAction({
  id,
  trigger,
  triggerClass = 'nl-button--secondary',
  disabled,
  question,
  details,
  confirm,
  cancel,
  confirmClass = 'nl-button--primary',
  cancelClass = 'nl-button--secondary',
  onConfirm,
  modal,
  class: className = '',
}: ConfirmActionProps) {
  const [asking, setAsking] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const boxRef = useRef<HTMLDivElement & HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);

  useEffect(() => {
    if (asking) {
      if (modal) boxRef.current?.showModal();
      cancelRef.current?.focus();
    } else if (asked.current) {
      // Back to the button (in place it had made way for the question); gone if the action removed it.
      triggerRef.current?.focus();
    }
    asked.current = asking;
  }, [asking]);

  const answer = (yes: boolean) => {
    if (yes) onConfirm();
    setAsking(false);
  };
  const Box = modal ? 'dialog' : 'div';
  const Question = modal ? 'h2' : 'p';

  return (
    <>
      {(!asking || modal) && (
        <button type="button" ref={triggerRef} class={`nl-button ${triggerClass}`} disabled={disabled} onClick={() => setAsking(true)}>
          {trigger}
        </button>
      )}
      {asking && (
        <Box
          ref={boxRef}
          class={`jt-confirm ${className}`}
          role={modal ? undefined : 'group'}
          aria-labelledby={`${id}-vraag`}
          aria-describedby={details ? `${id}-uitleg` : undefined}
          onKeyDown={(event: KeyboardEvent) => {
            if (event.key !== 'Escape') return;
            // Cancelling the key also stops the dialog's own close and any page-wide Escape handler.
            event.preventDefault();
            event.stopPropagation();
            answer(false);
          }}
        >
          <Question id={`${id}-vraag`} class="jt-confirm__question">
            {question}
          </Question>
          {details && (
            <div id={`${id}-uitleg`} class="jt-confirm__details">
              {details}
            </div>
          )}
          <div class="jt-button-group">
            <button type="button" class={`nl-button ${confirmClass}`} onClick={() => answer(true)}>
              {confirm}
            </button>
            <button type="button" ref={cancelRef} class={`nl-button ${cancelClass}`} onClick={() => answer(false)}>
              {cancel}
            </button>
          </div>
        </Box>
      )}
    </>
  );
}
