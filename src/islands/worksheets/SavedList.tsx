import type { WorksheetEntry } from '../../lib/progress/progress-schema';
import { formatDate } from '../../lib/text/dates';
import { ConfirmAction } from '../shared/ConfirmAction';

interface Props {
  entries: WorksheetEntry[];
  openId: string | null;
  onOpen: (id: string) => void;
  onDelete: (entry: WorksheetEntry) => void;
}

/** The learner's filled-in copies of one worksheet, newest first, each with open and delete. */
export function SavedList({ entries, openId, onOpen, onDelete }: Props) {
  if (entries.length === 0) return <p>U hebt dit werkblad nog niet ingevuld.</p>;
  return (
    <ul class="jt-sheet-list">
      {entries.map((entry) => {
        const safeId = entry.id.replace(/[^a-zA-Z0-9-]/g, '-');
        return (
          <li key={entry.id} class="jt-sheet-list__item">
            <p class="jt-sheet-list__name">
              <strong>{entry.title}</strong>
              <span class="jt-card__meta"> Bijgewerkt op {formatDate(entry.updated)}</span>
              {entry.id === openId && <span class="jt-card__meta"> (nu geopend)</span>}
            </p>
            <div class="jt-log__buttons">
              {entry.id !== openId && (
                <button type="button" class="nl-button nl-button--secondary" onClick={() => onOpen(entry.id)}>
                  Openen<span class="jt-visually-hidden">: {entry.title}</span>
                </button>
              )}
              <ConfirmAction
                id={`verwijder-${safeId}`}
                trigger={
                  <>
                    Verwijderen<span class="jt-visually-hidden">: {entry.title}</span>
                  </>
                }
                triggerClass="nl-button--subtle"
                question={`Werkblad ‘${entry.title}’ verwijderen?`}
                details="Dit kunt u niet ongedaan maken. Download het eerst als u het wilt bewaren."
                confirm="Ja, verwijderen"
                confirmClass="nl-button--secondary"
                cancel="Nee"
                cancelClass="nl-button--subtle"
                onConfirm={() => onDelete(entry)}
              />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
