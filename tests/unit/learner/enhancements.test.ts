import { afterEach, describe, expect, it, vi } from 'vitest';
import { bindCheckProgress, scoreText, type CheckAnswer, type CheckFormView } from '../../../src/lib/checks/check-progress';
import { bindReflectionField, type ReflectionFieldView } from '../../../src/lib/learner/reflection-fields';
import { READY_STATE, SAVE_DELAY_MS, type SaveState } from '../../../src/lib/learner/reflection-autosave';
import { createProgressClient } from '../../../src/lib/progress/client';
import { createProgressStore, INVALID_NOTICES, LIMITS, type ProgressStore } from '../../../src/lib/progress';
import { FakeStorage, steppingClock } from '../../support/fake-storage';

const MODULE = '01-burgerkracht-en-loslaten';

function clientOn(
  store: ProgressStore = createProgressStore({ storage: new FakeStorage(), events: null, now: steppingClock(), persist: null }),
) {
  return { store, client: createProgressClient(() => Promise.resolve(store)) };
}

/** A knowledge check as the enhancement sees it, without a DOM. */
function fakeCheck() {
  const shown = new Map<string, string>();
  let answer: (a: CheckAnswer) => void = () => undefined;
  const view: CheckFormView = {
    moduleId: MODULE,
    answered: (questionId) => shown.has(questionId),
    restore: (questionId, optionId) => shown.set(questionId, optionId),
    onAnswer: (listener) => (answer = listener),
  };
  return { view, shown, answer: (a: CheckAnswer) => (shown.set(a.questionId, a.optionId), answer(a)) };
}

describe('knowledge-check enhancement', () => {
  it('saves every answer through the progress client', async () => {
    const { store, client } = clientOn();
    const check = fakeCheck();
    await bindCheckProgress(check.view, client);
    check.answer({ questionId: 'q1', optionId: 'b', correct: true });
    await vi.waitFor(() => expect(store.getState().checks[MODULE]?.['q1']).toMatchObject({ optionId: 'b', correct: true }));
  });

  it('puts saved answers back on a new page, but never over an answer just given', async () => {
    const { store, client } = clientOn();
    store.saveCheckAnswer(MODULE, 'q1', 'a', false);
    store.saveCheckAnswer(MODULE, 'q2', 'c', true);
    const check = fakeCheck();
    // The learner answers q1 anew before the store has loaded.
    check.shown.set('q1', 'd');
    await bindCheckProgress(check.view, client);
    expect(Object.fromEntries(check.shown)).toEqual({ q1: 'd', q2: 'c' });
  });

  it('keeps working, with nothing to put back, when the store cannot load', async () => {
    const check = fakeCheck();
    await bindCheckProgress(
      check.view,
      createProgressClient(() => Promise.reject(new Error('offline'))),
    );
    expect(check.shown.size).toBe(0);
  });

  it('says how far the learner is, and the score at the end', () => {
    expect(scoreText(1, 0, 4)).toBe('U hebt 1 van de 4 vragen beantwoord, 0 goed.');
    expect(scoreText(4, 3, 4)).toBe('Klaar: u hebt 3 van de 4 vragen goed.');
  });
});

/** A server-rendered reflection field as the enhancement sees it, without a DOM. */
function fakeField(initial = '') {
  let text = initial;
  const states: SaveState[] = [];
  const listeners = { input: () => undefined, leave: () => undefined } as Record<'input' | 'leave', () => void>;
  const view: ReflectionFieldView = {
    id: 'a1-eigen-vakkennis',
    moduleId: MODULE,
    prompt: 'Waar zet u uw vakkennis in?',
    text: () => text,
    setText: (value) => (text = value),
    show: (state) => states.push(state),
    onInput: (listener) => (listeners.input = listener),
    onLeave: (listener) => (listeners.leave = listener),
  };
  return {
    view,
    states,
    value: () => text,
    type: (value: string) => ((text = value), listeners.input()),
    leave: () => listeners.leave(),
  };
}

describe('reflection-field enhancement', () => {
  afterEach(() => vi.useRealTimers());

  it('saves with the prompt from the page data once typing pauses, and says when', async () => {
    vi.useFakeTimers();
    const { store, client } = clientOn();
    await client.read();
    const field = fakeField();
    bindReflectionField(field.view, client);
    expect(field.states.at(-1)).toEqual(READY_STATE);
    field.type('Bij het plantsoen.');
    expect(field.states.at(-1)?.text).toBe('Bezig met opslaan…');
    expect(store.getState().reflections['a1-eigen-vakkennis']).toBeUndefined();
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(store.getState().reflections['a1-eigen-vakkennis']).toMatchObject({
      text: 'Bij het plantsoen.',
      prompt: 'Waar zet u uw vakkennis in?',
      moduleId: MODULE,
    });
    expect(field.states.at(-1)?.text).toMatch(/^Opgeslagen om \d\d:\d\d\.$/);
  });

  it('saves at once when the learner leaves the field', async () => {
    const { store, client } = clientOn();
    await client.read();
    const field = fakeField();
    bindReflectionField(field.view, client);
    field.type('Kort.');
    field.leave();
    await vi.waitFor(() => expect(store.getState().reflections['a1-eigen-vakkennis']?.text).toBe('Kort.'));
  });

  it('fills an empty field from the store and follows edits made elsewhere', async () => {
    const { store, client } = clientOn();
    store.saveReflection({ id: 'a1-eigen-vakkennis', moduleId: MODULE, prompt: 'Vraag', text: 'Eerder geschreven.' });
    await client.read();
    const field = fakeField();
    bindReflectionField(field.view, client);
    expect(field.value()).toBe('Eerder geschreven.');
    store.saveReflection({ id: 'a1-eigen-vakkennis', moduleId: MODULE, prompt: 'Vraag', text: 'In het logboek aangevuld.' });
    expect(field.value()).toBe('In het logboek aangevuld.');
  });

  it('never overwrites typing that is not saved yet', async () => {
    vi.useFakeTimers();
    const { store, client } = clientOn();
    await client.read();
    const field = fakeField();
    bindReflectionField(field.view, client);
    field.type('Nog bezig');
    store.saveReflection({ id: 'a1-eigen-vakkennis', moduleId: MODULE, prompt: 'Vraag', text: 'Uit een ander venster.' });
    expect(field.value()).toBe('Nog bezig');
  });

  it('saves text typed before the learner code ran, and a later change elsewhere does not wipe it', async () => {
    vi.useFakeTimers();
    const { store, client } = clientOn();
    await client.read();
    const field = fakeField('Al getypt voordat de pagina klaar was.');
    bindReflectionField(field.view, client);
    store.markSectionRead(MODULE, 'inleiding');
    expect(field.value()).toBe('Al getypt voordat de pagina klaar was.');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(store.getState().reflections['a1-eigen-vakkennis']?.text).toBe('Al getypt voordat de pagina klaar was.');
  });

  it('keeps the text in the field and explains when it cannot be saved', async () => {
    vi.useFakeTimers();
    const { client } = clientOn();
    await client.read();
    const field = fakeField();
    bindReflectionField(field.view, client);
    const long = 'a'.repeat(LIMITS.reflectionText + 1);
    field.type(long);
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(field.states.at(-1)).toEqual({ text: `Niet opgeslagen. ${INVALID_NOTICES.textTooLong}`, error: true });
    expect(field.value()).toBe(long);
  });
});
