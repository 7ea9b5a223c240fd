import { loadProgressClient } from '../progress/lazy';
import { bindCheckProgress, scoreText, type CheckAnswer, type CheckProgress } from './check-progress';

/**
 * Turns the server-rendered knowledge check into an instant-feedback form. Without
 * JavaScript every explanation stays readable in its <details>; with it, choosing
 * an answer shows that answer's explanation right away and keeps a score.
 * Answers are saved, and saved answers put back, through the progress client.
 */

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function showFeedback(fieldset: HTMLFieldSetElement, input: HTMLInputElement) {
  const feedback = fieldset.querySelector<HTMLElement>('[data-feedback]');
  const explanation = fieldset.querySelector(`[data-explains="${CSS.escape(input.value)}"]`);
  if (!feedback || !explanation) return;
  const correct = input.dataset['correct'] === 'true';
  feedback.replaceChildren();
  const verdict = document.createElement('strong');
  verdict.textContent = correct ? 'Juist. ' : 'Niet juist. ';
  // The explanation starts with "A: juist." in the no-JS list; the verdict above replaces that.
  const body = document.createTextNode(text(explanation).replace(/^[A-D]: (niet )?juist\.\s*/, ''));
  feedback.append(verdict, body);
  feedback.className = `jt-check__feedback ${correct ? 'jt-check__feedback--right' : 'jt-check__feedback--wrong'}`;
  fieldset.dataset['answered'] = correct ? 'right' : 'wrong';
}

function updateScore(form: HTMLFormElement) {
  const fieldsets = [...form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-question]')];
  const answered = fieldsets.filter((f) => f.dataset['answered']);
  const right = answered.filter((f) => f.dataset['answered'] === 'right').length;
  const score = form.querySelector<HTMLElement>('[data-score]');
  const resetWrap = form.querySelector<HTMLElement>('[data-reset-wrap]');
  if (score) {
    score.hidden = answered.length === 0;
    score.textContent = scoreText(answered.length, right, fieldsets.length);
  }
  if (resetWrap) resetWrap.hidden = answered.length === 0;
}

/** The DOM side of one form, for `bindCheckProgress`. */
function formView(form: HTMLFormElement): Parameters<typeof bindCheckProgress>[0] {
  const fieldsetOf = (questionId: string) => form.querySelector<HTMLFieldSetElement>(`fieldset[data-question="${CSS.escape(questionId)}"]`);
  return {
    moduleId: form.dataset['check'] ?? '',
    answered: (questionId) => fieldsetOf(questionId)?.dataset['answered'] !== undefined,
    restore(questionId, optionId) {
      const input = form.querySelector<HTMLInputElement>(`input[name="${CSS.escape(questionId)}"][value="${CSS.escape(optionId)}"]`);
      const fieldset = input?.closest<HTMLFieldSetElement>('fieldset[data-question]');
      if (!input || !fieldset) return;
      input.checked = true;
      showFeedback(fieldset, input);
      updateScore(form);
    },
    onAnswer(listener: (answer: CheckAnswer) => void) {
      form.addEventListener('change', (event) => {
        const input = event.target;
        if (!(input instanceof HTMLInputElement) || input.type !== 'radio') return;
        const fieldset = input.closest<HTMLFieldSetElement>('fieldset[data-question]');
        if (!fieldset) return;
        showFeedback(fieldset, input);
        updateScore(form);
        listener({ questionId: input.name, optionId: input.value, correct: input.dataset['correct'] === 'true' });
      });
    },
  };
}

// The client loads when the page is idle; an answer given before that waits for it.
const lazyClient: CheckProgress = {
  // Without the store the check still works; the answer is just not kept.
  saveCheckAnswer: (...args) =>
    loadProgressClient().then(
      (client) => client.saveCheckAnswer(...args),
      () => undefined,
    ),
  read: () => loadProgressClient().then((client) => client.read()),
};

export function enhanceKnowledgeChecks(root: ParentNode, client: CheckProgress = lazyClient) {
  for (const form of root.querySelectorAll<HTMLFormElement>('form[data-check]')) {
    if (form.dataset['enhanced']) continue;
    form.dataset['enhanced'] = 'true';
    form.classList.add('jt-check--enhanced');
    form.addEventListener('submit', (event) => event.preventDefault());
    void bindCheckProgress(formView(form), client);
    form.querySelector('[data-reset]')?.addEventListener('click', () => {
      for (const input of form.querySelectorAll<HTMLInputElement>('input[type="radio"]')) input.checked = false;
      for (const fieldset of form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-question]')) {
        delete fieldset.dataset['answered'];
        fieldset.querySelector('[data-feedback]')?.replaceChildren();
      }
      updateScore(form);
      form.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
    });
  }
}
