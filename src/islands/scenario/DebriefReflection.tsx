import { useEffect, useMemo, useState } from 'preact/hooks';
import { useProgress } from '../../lib/hooks/use-progress';
import { progress } from '../../lib/progress/client';
import { createReflectionAutosave, READY_STATE, type SaveState } from '../../lib/learner/reflection-autosave';

const WRITE_HINT: SaveState = { text: 'Schrijf een paar zinnen voor uzelf.', error: false };

interface Props {
  /** The reflection id, "scenario:<scenarioId>:<nodeId>:<index>". */
  id: string;
  /** The module folder, under which the reflection is stored. */
  moduleId: string;
  /** The question, from the scenario data. */
  prompt: string;
  /** The textarea's id. */
  fieldId: string;
}

/**
 * A reflection question at a scenario's ending. Preact owns the field: the
 * text comes from the store through useProgress and goes back through the
 * progress client, with the same saving rule as the fields in the modules.
 */
export function DebriefReflection({ id, moduleId, prompt, fieldId }: Props) {
  const saved = useProgress((state) => (Object.hasOwn(state.reflections, id) ? state.reflections[id]!.text : ''));
  const [text, setText] = useState('');
  const [status, setStatus] = useState<SaveState>(WRITE_HINT);
  const autosave = useMemo(
    () => createReflectionAutosave({ save: (value) => progress.saveReflection({ id, moduleId, prompt, text: value }), show: setStatus }),
    [id, moduleId, prompt],
  );

  // Typing that waits when the learner leaves the ending (restart, "terug naar stap") is saved, not lost.
  useEffect(() => () => autosave.leave(), [autosave]);
  const loaded = saved !== undefined;
  useEffect(() => {
    if (loaded) setStatus((current) => (current === WRITE_HINT ? READY_STATE : current));
  }, [loaded]);
  // The stored text (written here, in another tab or in the leerlogboek), unless typing here is not saved yet.
  useEffect(() => {
    if (saved !== undefined && !autosave.pending()) setText(saved);
  }, [saved, autosave]);

  return (
    <div class="jt-box jt-reflection">
      <label for={fieldId}>{prompt}</label>
      <textarea
        id={fieldId}
        rows={4}
        aria-describedby={`${fieldId}-hint`}
        value={text}
        onInput={(event) => {
          const value = (event.target as HTMLTextAreaElement).value;
          setText(value);
          autosave.typed(value);
        }}
        onBlur={() => autosave.leave()}
      />
      <p class={`jt-reflection__hint${status.error ? ' jt-save-state--error' : ''}`} id={`${fieldId}-hint`} data-save-state>
        {status.text}
      </p>
    </div>
  );
}
