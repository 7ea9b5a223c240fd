import { useEffect, useRef, useState } from 'preact/hooks';
import { getLearnerStore } from '../../lib/learner/learner-store';
import { formatTime } from '../../lib/learner/format';

interface Props {
  id: string;
  moduleId: string;
  prompt: string;
}

const SAVE_DELAY_MS = 600;

/** A reflection question at the end of a scenario, saved to the leerlogboek as the learner types. */
export function DebriefReflection({ id, moduleId, prompt }: Props) {
  const store = getLearnerStore();
  const [text, setText] = useState(() => store.getState().reflections[id]?.text ?? '');
  const [state, setState] = useState('Uw antwoord wordt bewaard in deze browser. U leest het terug in uw leerlogboek.');
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const fieldId = `reflectie-${id.replaceAll(':', '-')}`;

  const save = (value: string) => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const result = store.saveReflection({ id, moduleId, prompt, text: value });
    setState(result.saved ? `Opgeslagen om ${formatTime(new Date())}.` : `Niet opgeslagen. ${result.message}`);
  };
  useEffect(() => () => clearTimeout(timer.current), []);

  return (
    <div class="jt-box jt-reflection">
      <label for={fieldId}>{prompt}</label>
      <textarea
        id={fieldId}
        rows={4}
        value={text}
        aria-describedby={`${fieldId}-status`}
        onInput={(event) => {
          const value = (event.target as HTMLTextAreaElement).value;
          setText(value);
          setState('Bezig met opslaan…');
          clearTimeout(timer.current);
          timer.current = setTimeout(() => save(value), SAVE_DELAY_MS);
        }}
        onBlur={() => timer.current !== undefined && save(text)}
      />
      <p class="jt-reflection__hint" id={`${fieldId}-status`}>
        {state}
      </p>
    </div>
  );
}
