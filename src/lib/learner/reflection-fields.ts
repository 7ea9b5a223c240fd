import { progress, type ProgressClient } from '../progress/client';
import { createReflectionAutosave, READY_STATE, type SaveState } from './reflection-autosave';

/** What the saving logic needs of one server-rendered reflection field; the DOM gives it, tests fake it. */
export interface ReflectionFieldView {
  /** The prompt id, e.g. "a1-eigen-vakkennis". */
  id: string;
  /** The module folder name. */
  moduleId: string;
  /** The question, as the build rendered it. */
  prompt: string;
  text(): string;
  setText(text: string): void;
  show(state: SaveState): void;
  onInput(listener: () => void): void;
  onLeave(listener: () => void): void;
}

/**
 * Makes a reflection field save as the learner types, fills it from the
 * store, and follows edits made elsewhere (another tab, the leerlogboek),
 * unless the learner has typing here that is not saved yet. Call it once the
 * store has loaded (`client.read()`).
 */
export function bindReflectionField(
  view: ReflectionFieldView,
  client: Pick<ProgressClient, 'current' | 'subscribe' | 'saveReflection'>,
): () => void {
  const autosave = createReflectionAutosave({
    save: (text) => client.saveReflection({ id: view.id, moduleId: view.moduleId, prompt: view.prompt, text }),
    show: (state) => view.show(state),
  });
  view.show(READY_STATE);
  view.onInput(() => autosave.typed(view.text()));
  view.onLeave(() => autosave.leave());

  const savedText = () => client.current()?.getState().reflections[view.id]?.text;
  const first = savedText();
  if (first !== undefined && view.text() === '') view.setText(first);
  // Text typed before this code ran, or put back by the browser on a reload, is the learner's newest:
  // save it as if just typed, so the next change in the store does not put the stored text over it.
  else if (view.text() !== (first ?? '')) autosave.typed(view.text());
  return client.subscribe(() => {
    const text = savedText() ?? '';
    if (!autosave.pending() && view.text() !== text) view.setText(text);
  });
}

/** Binds every server-rendered reflection field (`<Reflectie>`) in `root`. */
export function bindReflectionFields(root: ParentNode, client: ProgressClient = progress) {
  for (const box of root.querySelectorAll<HTMLElement>('[data-reflection-id][data-prompt]')) {
    const field = box.querySelector<HTMLTextAreaElement>('textarea');
    const state = box.querySelector<HTMLElement>('[data-save-state]');
    if (!field || !state) continue;
    bindReflectionField(
      {
        id: box.dataset['reflectionId']!,
        moduleId: box.dataset['module'] ?? '',
        prompt: box.dataset['prompt']!,
        text: () => field.value,
        setText: (text) => (field.value = text),
        show: ({ text, error }) => {
          state.textContent = text;
          state.classList.toggle('jt-save-state--error', error);
        },
        onInput: (listener) => field.addEventListener('input', listener),
        onLeave: (listener) => field.addEventListener('blur', listener),
      },
      client,
    );
  }
}
