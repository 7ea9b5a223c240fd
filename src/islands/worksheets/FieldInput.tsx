import type { WorksheetField } from '../../lib/schemas/worksheet';
import { LIMITS } from '../../lib/progress/limits';

interface Props {
  field: WorksheetField;
  /** Unique on the page; the control and its hint are found by ids built from it. */
  domId: string;
  value: string;
  onChange: (value: string) => void;
  /** Called when the learner leaves a text field: waiting text is saved at once. */
  onLeave: () => void;
}

/** One question of a worksheet: a labelled text field, or a group of radio buttons with a legend. */
export function FieldInput({ field, domId, value, onChange, onLeave }: Props) {
  const hintId = field.hint ? `${domId}-hint` : undefined;
  const hint = field.hint && (
    <p class="jt-sheet-field__hint" id={hintId}>
      {field.hint}
    </p>
  );

  if (field.type === 'choice' || field.type === 'scale') {
    const options =
      field.type === 'choice'
        ? (field.options ?? [])
        : [1, 2, 3, 4, 5].map((n) => ({
            value: String(n),
            label: n === 1 ? `1 (${field.low})` : n === 5 ? `5 (${field.high})` : String(n),
          }));
    return (
      <fieldset class={`jt-sheet-field jt-sheet-field--${field.type}`} id={domId} aria-describedby={hintId}>
        <legend>{field.label}</legend>
        {hint}
        <div class="jt-sheet-field__options">
          {options.map((option) => (
            <label key={option.value}>
              <input
                type="radio"
                name={domId}
                value={option.value}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
              />
              <span>{option.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
    );
  }

  const common = {
    id: domId,
    class: 'jt-input',
    value,
    maxLength: LIMITS.worksheetField,
    'aria-describedby': hintId,
    onInput: (event: Event) => onChange((event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
    onBlur: onLeave,
  };
  return (
    <div class="jt-sheet-field">
      <label for={domId}>{field.label}</label>
      {hint}
      {field.type === 'longtext' ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
    </div>
  );
}
