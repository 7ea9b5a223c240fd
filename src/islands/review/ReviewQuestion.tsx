import { useEffect, useRef, useState } from 'preact/hooks';
import type { ReviewItem } from '../../lib/review/review-items';
import { Paragraphs } from '../scenario/Paragraphs';

const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'];

interface Props {
  item: ReviewItem;
  position: number;
  total: number;
  /** The option the learner gave, once answered. */
  answer: string | null;
  onAnswer: (optionId: string) => void;
  onNext: () => void;
}

/** One question of a round: the situation (for a scenario decision), the options, then the original feedback. */
export function ReviewQuestion({ item, position, total, answer, onAnswer, onNext }: Props) {
  const [picked, setPicked] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const feedbackRef = useRef<HTMLDivElement>(null);
  const name = `antwoord-${position}`;

  // A new question: start at its heading. An answer: read the feedback next.
  useEffect(() => headingRef.current?.focus(), [item.id]);
  useEffect(() => {
    if (answer !== null) feedbackRef.current?.focus();
  }, [answer]);

  const given = item.options.find((o) => o.id === answer);
  const right = item.options.filter((o) => o.correct);
  const submit = (event: Event) => {
    event.preventDefault();
    if (picked === null) {
      setMissing(true);
      return;
    }
    onAnswer(picked);
  };

  return (
    <form class="jt-review__question" onSubmit={submit} noValidate>
      <h2 ref={headingRef} tabIndex={-1}>
        Vraag {position} van {total}
      </h2>
      <p class="jt-review__source">{item.source}</p>
      {item.situation && (
        <div class="jt-review__situation">
          <h3>{item.situation.title}</h3>
          <Paragraphs text={item.situation.text} />
        </div>
      )}
      <fieldset class="jt-check__question" aria-describedby={missing ? `${name}-fout` : undefined}>
        <legend>
          <span class="jt-check__text">{item.question}</span>
        </legend>
        <ul class="jt-check__options">
          {item.options.map((option, i) => (
            <li key={option.id}>
              <input
                type="radio"
                id={`${name}-${option.id}`}
                name={name}
                value={option.id}
                checked={(answer ?? picked) === option.id}
                disabled={answer !== null}
                onChange={() => {
                  setPicked(option.id);
                  setMissing(false);
                }}
              />
              <label for={`${name}-${option.id}`}>
                <span class="jt-check__letter" aria-hidden="true">
                  {LETTERS[i]}
                </span>{' '}
                {option.text}
              </label>
            </li>
          ))}
        </ul>
        {missing && (
          <p id={`${name}-fout`} class="jt-review__error" role="alert">
            Kies eerst een antwoord.
          </p>
        )}
      </fieldset>
      {answer === null ? (
        <p>
          <button type="submit" class="nl-button nl-button--primary">
            Antwoord geven
          </button>
        </p>
      ) : (
        <>
          <div
            ref={feedbackRef}
            tabIndex={-1}
            class={`jt-check__feedback ${given?.correct ? 'jt-check__feedback--right' : 'jt-check__feedback--wrong'}`}
          >
            <p>
              <strong>{given?.correct ? 'Juist.' : 'Niet juist.'}</strong> {given?.feedback}
            </p>
            {!given?.correct && (
              <div class="jt-review__right">
                <p>
                  <strong>{right.length === 1 ? 'Het goede antwoord:' : 'Goede antwoorden:'}</strong>
                </p>
                <ul>
                  {right.map((option) => (
                    <li key={option.id}>
                      {option.text} <span class="jt-review__why">{option.feedback}</span>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </div>
          <p>
            <button type="button" class="nl-button nl-button--primary" onClick={onNext}>
              {position === total ? 'Naar de uitslag' : 'Volgende vraag'}
            </button>
          </p>
        </>
      )}
    </form>
  );
}
