import type { Meter } from '../../lib/schemas/scenario';
import type { WhatIf } from '../../lib/scenario/what-if';
import { RATING_LABEL } from '../../lib/text/labels';
import { describeChanges } from '../shared/MeterList';
import { Paragraphs } from './Paragraphs';

interface Props {
  whatIf: WhatIf;
  meters: Meter[];
  id: string;
  /** Plays the run again from this decision with another option. */
  onPlay: (choiceId: string) => void;
}

/** Every option at one decision of the run, each played one step on: where it leads, the meters, the feedback. */
export function WhatIfPanel({ whatIf, meters, id, onPlay }: Props) {
  return (
    <div class="jt-whatif" id={id}>
      <h4 class="jt-whatif__title" id={`${id}-titel`} tabIndex={-1}>
        Wat als u bij stap {whatIf.index + 1} anders had gekozen?
      </h4>
      <ul class="jt-whatif__options" aria-labelledby={`${id}-titel`}>
        {whatIf.options.map((option) => (
          <li key={option.choiceId} class="jt-whatif__option" data-taken={option.taken ? 'true' : undefined}>
            <p class="jt-whatif__label">
              <strong>
                {option.letter}. {option.label}
              </strong>
              {option.taken && <span class="jt-whatif__taken"> (uw keuze)</span>}
            </p>
            <p>
              <strong>Dan volgt:</strong>{' '}
              {option.leadsTo.kind === 'ending'
                ? `einde ‘${option.leadsTo.title}’ (${RATING_LABEL[option.leadsTo.rating].toLowerCase()})`
                : `‘${option.leadsTo.title}’`}
            </p>
            <p>
              <strong>Op de meters:</strong> {describeChanges(meters, option.before, option.after)}.
            </p>
            {option.coreMistake && (
              <p class="jt-whatif__core">
                <strong>Kernfout:</strong> {option.coreMistake}
              </p>
            )}
            <details class="jt-whatif__feedback">
              <summary>Wat er gebeurt</summary>
              <Paragraphs text={option.feedback} />
            </details>
            {!option.taken && (
              <button type="button" class="nl-button nl-button--secondary" onClick={() => onPlay(option.choiceId)}>
                Speel verder met keuze {option.letter}
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
