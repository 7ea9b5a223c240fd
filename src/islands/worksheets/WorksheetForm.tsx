import type { WorksheetDefinition } from '../../lib/schemas/worksheet';
import { fieldKey, isRepeated, itemNumbers, type WorksheetValues } from '../../lib/worksheets/values';
import { FieldInput } from './FieldInput';

interface Props {
  definition: WorksheetDefinition;
  values: WorksheetValues;
  /** `now`: a click on a choice, saved at once; typed text waits for a pause. */
  onChange: (key: string, value: string, now: boolean) => void;
  onLeave: () => void;
  onAdd: (partId: string) => void;
  onRemove: (partId: string, item: number, position: number) => void;
}

/** The DOM id of a field's control: "ws-<part>-<field>", or "ws-<part>-<n>-<field>" in a repeated part. */
export const controlId = (partId: string, fieldId: string, item?: number) =>
  item === undefined ? `ws-${partId}-${fieldId}` : `ws-${partId}-${item}-${fieldId}`;

/** The DOM id of a repeated part's add button, where the focus goes after an item is removed. */
export const addButtonId = (partId: string) => `ws-${partId}-toevoegen`;

/** The questions of a worksheet, part by part; a repeated part as a group of numbered groups with add and remove. */
export function WorksheetForm({ definition, values, onChange, onLeave, onAdd, onRemove }: Props) {
  return (
    <>
      {definition.parts.map((part) => {
        const items = isRepeated(part) ? itemNumbers(values, part.id) : [undefined];
        return (
          <fieldset class="jt-sheet-part" key={part.id} id={`ws-${part.id}`}>
            <legend>{part.heading}</legend>
            {part.help && <p class="jt-sheet-part__help">{part.help}</p>}
            {items.map((item, position) => {
              const fields = part.fields.map((field) => {
                const key = fieldKey(part.id, field.id, item);
                return (
                  <FieldInput
                    key={key}
                    field={field}
                    domId={controlId(part.id, field.id, item)}
                    value={values[key] ?? ''}
                    onChange={(value) => onChange(key, value, field.type === 'choice' || field.type === 'scale')}
                    onLeave={onLeave}
                  />
                );
              });
              if (item === undefined || !part.repeat) return fields;
              const name = `${part.repeat.item} ${position + 1}`;
              return (
                <fieldset class="jt-sheet-item" key={item}>
                  <legend>{name}</legend>
                  {fields}
                  {items.length > 1 && (
                    <button
                      type="button"
                      class="nl-button nl-button--subtle jt-sheet-item__remove"
                      onClick={() => onRemove(part.id, item, position)}
                    >
                      {name} verwijderen
                    </button>
                  )}
                </fieldset>
              );
            })}
            {part.repeat && (
              <p>
                <button
                  type="button"
                  id={addButtonId(part.id)}
                  class="nl-button nl-button--secondary"
                  disabled={items.length >= part.repeat.max}
                  onClick={() => onAdd(part.id)}
                >
                  {part.repeat.add}
                </button>
                {items.length >= part.repeat.max && (
                  <span class="jt-sheet-part__help"> U hebt het grootste aantal ({part.repeat.max}) bereikt.</span>
                )}
              </p>
            )}
          </fieldset>
        );
      })}
    </>
  );
}
