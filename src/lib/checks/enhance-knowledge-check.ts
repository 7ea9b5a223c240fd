/**
 * Turns the server-rendered knowledge check into an instant-feedback form. Without
 * JavaScript every explanation stays readable in its <details>; with it, choosing
 * an answer shows that answer's explanation right away and keeps a score.
 * Answers are announced through `jt:check-answer` events so learner state can save
 * them, and `restoreAnswers` puts saved answers back.
 */

export interface CheckAnswerDetail {
  moduleId: string;
  questionId: string;
  optionId: string;
  correct: boolean;
  total: number;
}

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
    score.textContent =
      answered.length === fieldsets.length
        ? `Klaar: u hebt ${right} van de ${fieldsets.length} vragen goed.`
        : `U hebt ${answered.length} van de ${fieldsets.length} vragen beantwoord, ${right} goed.`;
  }
  if (resetWrap) resetWrap.hidden = answered.length === 0;
}

/** Puts saved answers back (questionId → optionId) without announcing them again. */
export function restoreAnswers(form: HTMLFormElement, answers: Record<string, string>) {
  for (const [questionId, optionId] of Object.entries(answers)) {
    const input = form.querySelector<HTMLInputElement>(`input[name="${CSS.escape(questionId)}"][value="${CSS.escape(optionId)}"]`);
    const fieldset = input?.closest<HTMLFieldSetElement>('fieldset[data-question]');
    if (!input || !fieldset) continue;
    input.checked = true;
    showFeedback(fieldset, input);
  }
  updateScore(form);
}

export function enhanceKnowledgeChecks(root: ParentNode) {
  for (const form of root.querySelectorAll<HTMLFormElement>('form[data-check]')) {
    if (form.dataset['enhanced']) continue;
    form.dataset['enhanced'] = 'true';
    form.classList.add('jt-check--enhanced');
    const moduleId = form.dataset['check'] ?? '';
    const total = form.querySelectorAll('fieldset[data-question]').length;
    form.addEventListener('submit', (event) => event.preventDefault());
    form.addEventListener('change', (event) => {
      const input = event.target;
      if (!(input instanceof HTMLInputElement) || input.type !== 'radio') return;
      const fieldset = input.closest<HTMLFieldSetElement>('fieldset[data-question]');
      if (!fieldset) return;
      showFeedback(fieldset, input);
      updateScore(form);
      const detail: CheckAnswerDetail = { moduleId, questionId: input.name, optionId: input.value, correct: input.dataset['correct'] === 'true', total };
      window.dispatchEvent(new CustomEvent('jt:check-answer', { detail }));
    });
    form.querySelector('[data-reset]')?.addEventListener('click', () => {
      for (const input of form.querySelectorAll<HTMLInputElement>('input[type="radio"]')) input.checked = false;
      for (const fieldset of form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-question]')) {
        delete fieldset.dataset['answered'];
        fieldset.querySelector('[data-feedback]')?.replaceChildren();
      }
      updateScore(form);
      window.dispatchEvent(new CustomEvent('jt:check-reset', { detail: { moduleId } }));
      form.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
    });
  }
}
