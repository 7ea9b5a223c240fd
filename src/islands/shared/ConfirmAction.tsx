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
 * returns to the button; only "confirm" performs the action.
 */
export function ConfirmAction(props: ConfirmActionProps) {
  const { trigger, triggerClass = 'nl-button--secondary', disabled, modal = false } = props;
  const [asking, setAsking] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  // Focus goes back once the button is on screen again (in place, the question had replaced it).
  useEffect(() => {
    if (asking || !returnFocus.current) return;
    returnFocus.current = false;
    if (triggerRef.current?.isConnected) triggerRef.current.focus();
  }, [asking]);

  const done = () => {
    returnFocus.current = true;
    setAsking(false);
  };

  return (
    <>
      {(!asking || modal) && (
        <button type="button" ref={triggerRef} class={`nl-button ${triggerClass}`} disabled={disabled} onClick={() => setAsking(true)}>
          {trigger}
        </button>
      )}
      {asking && (modal ? <QuestionDialog {...props} onDone={done} /> : <QuestionGroup {...props} onDone={done} />)}
    </>
  );
}

type QuestionProps = ConfirmActionProps & { onDone: () => void };

const labelsOf = ({ id, details }: QuestionProps) => ({
  'aria-labelledby': `${id}-vraag`,
  'aria-describedby': details ? `${id}-uitleg` : undefined,
});

/** In place: a group named by the question; Escape inside it cancels. */
function QuestionGroup(props: QuestionProps) {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // Handled here, so a page-wide Escape handler does not act on it as well.
    event.preventDefault();
    event.stopPropagation();
    props.onDone();
  };
  return (
    <div class={`jt-confirm ${props.class ?? ''}`} role="group" {...labelsOf(props)} onKeyDown={onKeyDown}>
      <p id={`${props.id}-vraag`} class="jt-confirm__question">
        {props.question}
      </p>
      <QuestionBody {...props} answer={(confirmed) => (confirmed && props.onConfirm(), props.onDone())} />
    </div>
  );
}

/** Modal: the browser's own dialog keeps focus inside and closes on Escape. */
function QuestionDialog(props: QuestionProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (!ref.current?.open) ref.current?.showModal();
  }, []);
  return (
    <dialog ref={ref} class={`jt-confirm ${props.class ?? ''}`} {...labelsOf(props)} onClose={props.onDone}>
      <h2 id={`${props.id}-vraag`} class="jt-confirm__question">
        {props.question}
      </h2>
      <QuestionBody
        {...props}
        answer={(confirmed) => {
          if (confirmed) props.onConfirm();
          ref.current?.close();
        }}
      />
    </dialog>
  );
}

function QuestionBody({
  id,
  details,
  confirm,
  cancel,
  confirmClass = 'nl-button--primary',
  cancelClass = 'nl-button--secondary',
  answer,
}: QuestionProps & { answer: (confirmed: boolean) => void }) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  // In place the effect moves the focus; in a dialog, opening it does (autofocus), as the effect runs before it opens.
  useEffect(() => cancelRef.current?.focus(), []);
  return (
    <>
      {details && (
        <div id={`${id}-uitleg`} class="jt-confirm__details">
          {details}
        </div>
      )}
      <div class="jt-button-group">
        <button type="button" class={`nl-button ${confirmClass}`} onClick={() => answer(true)}>
          {confirm}
        </button>
        <button type="button" ref={cancelRef} class={`nl-button ${cancelClass}`} onClick={() => answer(false)} autofocus>
          {cancel}
        </button>
      </div>
    </>
  );
}
