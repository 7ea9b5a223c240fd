import { AID_PREFIX, advise, aidAnswers } from '../../lib/worksheets/decision-aid';
import type { DocumentAid } from '../../lib/worksheets/document';
import type { WorksheetValues } from '../../lib/worksheets/values';
import { countOf } from '../../lib/text/plural';

interface Props {
  aid: DocumentAid;
  values: WorksheetValues;
  domId: string;
  onChange: (key: string, value: string) => void;
  /** Takes the suggested rung and methods into the plan. */
  onAdopt: (rung: string, methods: string[]) => void;
}

/** The decision aid before the participation plan: its questions, and the advice once all are answered. */
export function DecisionAidPanel({ aid, values, domId, onChange, onAdopt }: Props) {
  const answers = aidAnswers(values);
  const advice = advise(aid, answers);
  const open = aid.questions.filter((q) => !q.options.some((o) => o.value === answers[q.id])).length;

  return (
    <section class="jt-sheet-aid" aria-labelledby={`${domId}-kop`}>
      <h3 id={`${domId}-kop`} tabIndex={-1}>
        {aid.title}
      </h3>
      <p>{aid.intro}</p>
      {aid.questions.map((question) => {
        const name = `${domId}-${question.id}`;
        return (
          <fieldset
            class="jt-sheet-field jt-sheet-field--choice"
            key={question.id}
            aria-describedby={question.hint ? `${name}-hint` : undefined}
          >
            <legend>{question.question}</legend>
            {question.hint && (
              <p class="jt-sheet-field__hint" id={`${name}-hint`}>
                {question.hint}
              </p>
            )}
            <div class="jt-sheet-field__options">
              {question.options.map((option) => (
                <label key={option.value}>
                  <input
                    type="radio"
                    name={name}
                    value={option.value}
                    checked={answers[question.id] === option.value}
                    onChange={() => onChange(`${AID_PREFIX}${question.id}`, option.value)}
                  />
                  <span>{option.label}</span>
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
      <div class="jt-box jt-sheet-aid__advice" id={`${domId}-advies`}>
        {!advice ? (
          <p>Beantwoord alle vragen, dan ziet u hier het advies. Nog {countOf(open, 'vraag', 'vragen')} open.</p>
        ) : advice.kind === 'none' ? (
          <>
            <p class="jt-box__title">
              <strong>Advies: participatie is hier niet het goede middel</strong>
            </p>
            <p>{advice.because}</p>
            {advice.instead && <p>{advice.instead}</p>}
          </>
        ) : (
          <>
            <p class="jt-box__title">
              <strong>Advies: de trede {advice.rung.label.toLowerCase()}</strong>
            </p>
            <p>
              {advice.rung.label}: {advice.rung.meaning} {advice.because}
            </p>
            <p>Werkvormen die passen bij uw tijd en geld:</p>
            <ul class="jt-sheet-aid__methods">
              {advice.methods.map((method) => (
                <li key={method.id}>
                  <strong>{method.name}</strong>
                  <br />
                  Tijd: {method.time} Kosten: {method.cost}
                  <br />
                  Valkuil: {method.pitfall}
                </li>
              ))}
            </ul>
            <button
              type="button"
              class="nl-button nl-button--secondary"
              onClick={() =>
                onAdopt(
                  advice.rung.id,
                  advice.methods.map((m) => m.name),
                )
              }
            >
              Neem deze trede en werkvormen over in het plan
            </button>
          </>
        )}
        {advice && advice.notes.length > 0 && (
          <ul>
            {advice.notes.map((note) => (
              <li key={note}>Let op: {note}</li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
