import type { ProgressStore } from '../progress/store-types';
import { formatTime } from '../text/dates';

const SAVE_DELAY_MS = 600;

/**
 * Makes every `[data-reflection-id]` field save as the learner types (debounced,
 * and at once on leaving the field), shows "Opgeslagen om …" or why it was not
 * saved, and fills the field from the store, also after an edit in another tab.
 * The text in the field is never cleared by a failed save.
 */
export function bindReflectionFields(store: ProgressStore, root: ParentNode) {
  // Fields the scenario player adds at an ending announce themselves; bind them too.
  window.addEventListener('jt:reflections-added', () => bindFields(store, root));
  bindFields(store, root);
}

function bindFields(store: ProgressStore, root: ParentNode) {
  for (const box of root.querySelectorAll<HTMLElement>('[data-reflection-id]:not([data-bound])')) {
    box.dataset['bound'] = 'true';
    const id = box.dataset['reflectionId']!;
    const moduleId = box.dataset['module'] ?? '';
    const field = box.querySelector<HTMLTextAreaElement>('textarea');
    const prompt = box.querySelector('label')?.textContent?.trim() ?? '';
    const state = box.querySelector<HTMLElement>('[data-save-state]');
    if (!field || !state) continue;
    state.textContent = 'Uw antwoord wordt bewaard in deze browser. U leest het terug in uw leerlogboek.';

    const saved = store.getState().reflections[id];
    if (saved && !field.value) field.value = saved.text;

    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = () => {
      clearTimeout(timer);
      timer = undefined;
      const result = store.saveReflection({ id, moduleId, prompt, text: field.value });
      state.textContent = result.saved ? `Opgeslagen om ${formatTime(new Date())}.` : `Niet opgeslagen. ${result.message}`;
      state.classList.toggle('jt-save-state--error', !result.saved);
    };
    field.addEventListener('input', () => {
      clearTimeout(timer);
      state.textContent = 'Bezig met opslaan…';
      timer = setTimeout(save, SAVE_DELAY_MS);
    });
    field.addEventListener('blur', () => timer !== undefined && save());

    store.subscribe((next) => {
      const text = next.reflections[id]?.text ?? '';
      // Another tab changed it: show that, unless this field has typing that is not saved yet.
      if (timer === undefined && field.value !== text) field.value = text;
    });
  }
}
