import { useState } from 'preact/hooks';
import { ConfirmAction } from '../shared/ConfirmAction';
import type { Reflection } from '../../lib/progress/progress-schema';
import { progress } from '../../lib/progress/client';
import { formatDate, sameDay } from '../../lib/text/dates';
import type { ShowMessage } from './types';

/** One reflection: its question, dates and text, with edit and delete. The text is rendered as text only. */
export function ReflectionEntry({ reflection, onMessage }: { reflection: Reflection; onMessage: ShowMessage }) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(reflection.text);
  const fieldId = `bewerk-${reflection.id.replaceAll(':', '-')}`;

  const save = async () => {
    const result = await progress.saveReflection({
      id: reflection.id,
      moduleId: reflection.moduleId,
      prompt: reflection.prompt,
      text: draft,
    });
    // On a failed save the draft stays in the field, so nothing the learner typed is lost.
    if (result.saved) {
      setEditing(false);
      onMessage('Uw reflectie is opgeslagen.');
    } else onMessage(`Niet opgeslagen. ${result.message}`);
  };
  const remove = async () => {
    const result = await progress.deleteReflection(reflection.id);
    onMessage(result.saved ? 'De reflectie is verwijderd.' : `Verwijderd in dit venster, maar niet opgeslagen. ${result.message}`);
  };

  return (
    <article class="jt-log__entry">
      <h4>{reflection.prompt || 'Reflectie'}</h4>
      <p class="jt-card__meta">
        Geschreven op {formatDate(reflection.created)}
        {!sameDay(reflection.updated, reflection.created) && `, bijgewerkt op ${formatDate(reflection.updated)}`}
      </p>
      {editing ? (
        <div class="jt-log__edit">
          <label for={fieldId}>Uw tekst</label>
          <textarea
            id={fieldId}
            class="jt-input"
            rows={6}
            value={draft}
            onInput={(e) => setDraft((e.target as HTMLTextAreaElement).value)}
          />
          <p class="jt-log__buttons">
            <button type="button" class="nl-button nl-button--primary" onClick={() => void save()}>
              Wijziging opslaan
            </button>
            <button
              type="button"
              class="nl-button nl-button--subtle"
              onClick={() => {
                setDraft(reflection.text);
                setEditing(false);
              }}
            >
              Annuleren
            </button>
          </p>
        </div>
      ) : (
        <p class="jt-log__text">{reflection.text}</p>
      )}
      {!editing && (
        <div class="jt-log__buttons jt-no-print">
          <button
            type="button"
            class="nl-button nl-button--subtle"
            onClick={() => {
              setDraft(reflection.text);
              setEditing(true);
            }}
          >
            Bewerken<span class="jt-visually-hidden">: {reflection.prompt}</span>
          </button>
          <ConfirmAction
            id={`verwijder-${fieldId}`}
            class="jt-log__confirm"
            trigger={
              <>
                Verwijderen<span class="jt-visually-hidden">: {reflection.prompt}</span>
              </>
            }
            triggerClass="nl-button--subtle"
            question="Deze reflectie verwijderen?"
            confirm="Ja, verwijderen"
            confirmClass="nl-button--secondary"
            cancel="Nee"
            cancelClass="nl-button--subtle"
            onConfirm={() => void remove()}
          />
        </div>
      )}
    </article>
  );
}
