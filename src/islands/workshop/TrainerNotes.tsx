import { Paragraphs } from '../scenario/Paragraphs';
import type { WorkshopModel } from '../../lib/workshop/model';
import type { WorkshopAction, WorkshopSession } from '../../lib/workshop/session';
import { notesFor, type WorkshopView } from '../../lib/workshop/view';

/** The draaiboek's notes for the current screen, as the trainer reads them. */
export function GuideNotes({ model, view, headingLevel = 3 }: { model: WorkshopModel; view: WorkshopView; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div class="jt-ws-guide-notes">
      {notesFor(model, view).map((note) => (
        <section key={note.heading}>
          <Heading>{note.heading}</Heading>
          {note.text && <Paragraphs text={note.text} />}
          {note.items && (
            <ul>
              {note.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}

/** A text field for the trainer's own notes on the current section; saved with the session and in the summary. */
export function OwnNotes({
  session,
  view,
  dispatch,
  id,
}: {
  session: WorkshopSession;
  view: WorkshopView;
  dispatch: (action: WorkshopAction) => void;
  id: string;
}) {
  const section = view.section;
  return (
    <div class="jt-ws-own-notes">
      <label for={id}>Uw aantekeningen bij: {section.title}</label>
      <textarea
        id={id}
        class="jt-input"
        rows={4}
        value={session.notes[section.id] ?? ''}
        onInput={(e) => dispatch({ type: 'notes.set', section: section.id, text: (e.currentTarget as HTMLTextAreaElement).value })}
      />
      <p class="jt-ws-own-notes__hint">Wordt bewaard in deze browser en komt in de samenvatting.</p>
    </div>
  );
}
