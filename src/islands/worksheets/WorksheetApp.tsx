import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useProgress } from '../../lib/hooks/use-progress';
import { createReflectionAutosave, READY_STATE, type SaveState } from '../../lib/learner/reflection-autosave';
import { progress } from '../../lib/progress/client';
import { LIMITS } from '../../lib/progress/limits';
import type { WorksheetEntry } from '../../lib/progress/progress-schema';
import type { WorksheetInput } from '../../lib/progress/store-types';
import type { WorksheetDefinition } from '../../lib/schemas/worksheet';
import { formatDate } from '../../lib/text/dates';
import { buildDocument, type DocumentAid } from '../../lib/worksheets/document';
import { addItem, entryTitle, fieldKey, newEntryId, removeItem } from '../../lib/worksheets/values';
import { DecisionAidPanel } from './DecisionAidPanel';
import { DocumentActions } from './DocumentActions';
import { DocumentView } from './DocumentView';
import { SavedList } from './SavedList';
import { WorksheetForm, addButtonId, controlId } from './WorksheetForm';

interface Props {
  definition: WorksheetDefinition;
  aid?: DocumentAid | null;
}

const NO_ENTRIES: WorksheetEntry[] = [];
// The open worksheet is kept in the address (#open=<id>), so a reload comes back to it.
const HASH = '#open=';
const openFromHash = () => (location.hash.startsWith(HASH) ? decodeURIComponent(location.hash.slice(HASH.length)) : null);
const setHash = (id: string | null) =>
  history.replaceState(history.state, '', id ? `${HASH}${encodeURIComponent(id)}` : location.pathname + location.search);

/**
 * One worksheet: the learner's filled-in copies (open, delete, start a new one), and the open copy as a
 * form that saves as the learner types, with its result as a document to print or download.
 */
export default function WorksheetApp({ definition, aid = null }: Props) {
  const all = useProgress((state) => state.worksheets);
  const ready = all !== undefined;
  const entries = useMemo(
    () =>
      all
        ? Object.values(all)
            .filter((entry) => entry.kind === definition.id)
            .sort((a, b) => b.updated.localeCompare(a.updated))
        : NO_ENTRIES,
    [all, definition.id],
  );
  const [openId, setOpenId] = useState<string | null>(null);
  const [draft, setDraft] = useState<Record<string, string>>({});
  const [saveState, setSaveState] = useState<SaveState>(READY_STATE);
  const [message, setMessage] = useState('');
  const [focusId, setFocusId] = useState<string | null>(null);
  const announcedSaving = useRef(false);

  const autosave = useMemo(
    () =>
      createReflectionAutosave<WorksheetInput>({
        save: (entry) => progress.saveWorksheet(entry),
        show: (state) => {
          setSaveState(state);
          // The line under the form changes as the learner types; only the first save and a problem are announced.
          if (state.error) setMessage(state.text);
          else if (state.text.startsWith('Opgeslagen') && !announcedSaving.current) {
            announcedSaving.current = true;
            setMessage('Uw werkblad wordt bewaard in deze browser terwijl u typt.');
          }
        },
      }),
    [],
  );

  // Waiting text is saved when the learner leaves the page.
  useEffect(() => {
    const leave = () => autosave.leave();
    addEventListener('pagehide', leave);
    return () => {
      removeEventListener('pagehide', leave);
      leave();
    };
  }, [autosave]);

  // Once the store has loaded, reopen the worksheet named in the address.
  const restored = useRef(false);
  useEffect(() => {
    if (!ready || restored.current) return;
    restored.current = true;
    const id = openFromHash();
    const entry = id ? all?.[id] : undefined;
    if (entry && entry.kind === definition.id) {
      setOpenId(entry.id);
      setDraft({ ...entry.values });
    } else if (id) setHash(null);
  }, [ready, all, definition.id]);

  // A change from another tab reaches the open form, unless the learner is typing here. A worksheet
  // deleted there (or wiped with all data) closes here, so typing cannot bring it back unnoticed.
  const stored = openId ? all?.[openId] : undefined;
  useEffect(() => {
    if (stored && !autosave.pending()) setDraft({ ...stored.values });
    else if (openId && all && !stored && !autosave.pending()) {
      setOpenId(null);
      setHash(null);
      setMessage('Het geopende werkblad is verwijderd, misschien in een ander venster.');
    }
  }, [stored, openId, all, autosave]);

  useEffect(() => {
    if (!focusId) return;
    const target = document.getElementById(focusId);
    // A group of radio buttons takes the focus on its chosen answer, or else on its first.
    const control = target?.matches('fieldset')
      ? (target.querySelector<HTMLElement>('input:checked') ?? target.querySelector<HTMLElement>('input'))
      : target;
    control?.focus();
    setFocusId(null);
  }, [focusId]);

  const entryInput = (id: string, values: Record<string, string>): WorksheetInput => ({
    id,
    kind: definition.id,
    title: entryTitle(definition, values).slice(0, LIMITS.title),
    values,
  });
  const update = (values: Record<string, string>) => {
    setDraft(values);
    if (openId) autosave.typed(entryInput(openId, values));
  };
  const saveNow = (values: Record<string, string>) => {
    update(values);
    autosave.leave();
  };

  const [firstPart] = definition.parts;
  const titleControl = controlId(definition.titleField.split('.')[0]!, definition.titleField.split('.')[1]!);

  const startNew = async () => {
    autosave.leave();
    const id = newEntryId(definition.id, new Date());
    const result = await progress.saveWorksheet(entryInput(id, {}));
    setOpenId(id);
    setDraft({});
    setHash(id);
    setSaveState(READY_STATE);
    setMessage(
      result.saved ? 'Een nieuw, leeg werkblad is geopend.' : `Een nieuw werkblad is geopend, maar niet opgeslagen. ${result.message}`,
    );
    setFocusId(aid ? 'ws-keuzehulp-kop' : titleControl);
  };
  const open = (id: string) => {
    autosave.leave();
    const entry = all?.[id];
    if (!entry) return;
    setOpenId(id);
    setDraft({ ...entry.values });
    setHash(id);
    setSaveState(READY_STATE);
    setMessage(`Werkblad ‘${entry.title}’ is geopend.`);
    setFocusId('ws-open-kop');
  };
  const close = () => {
    autosave.leave();
    setOpenId(null);
    setHash(null);
    setMessage('Het werkblad is gesloten. Het blijft bewaard.');
    setFocusId('ws-lijst-kop');
  };
  const remove = async (entry: WorksheetEntry) => {
    if (entry.id === openId) {
      setOpenId(null);
      setHash(null);
    }
    const result = await progress.deleteWorksheet(entry.id);
    setMessage(
      result.saved
        ? `Werkblad ‘${entry.title}’ is verwijderd.`
        : `Werkblad ‘${entry.title}’ is verwijderd in dit venster, maar niet opgeslagen. ${result.message}`,
    );
    setFocusId('ws-lijst-kop');
  };
  const add = (partId: string) => {
    const part = definition.parts.find((p) => p.id === partId);
    if (!part) return;
    const { values, item } = addItem(draft, part);
    saveNow(values);
    setMessage(`${part.repeat?.item ?? 'Onderdeel'} toegevoegd.`);
    setFocusId(controlId(partId, part.fields[0]!.id, item));
  };
  const removeAt = (partId: string, item: number, position: number) => {
    saveNow(removeItem(draft, partId, item));
    const part = definition.parts.find((p) => p.id === partId);
    setMessage(`${part?.repeat?.item ?? 'Onderdeel'} ${position + 1} is verwijderd.`);
    setFocusId(addButtonId(partId));
  };
  const adopt = (rung: string, methods: string[]) => {
    const values = { ...draft, [fieldKey('invloed', 'trede')]: rung };
    if (!values[fieldKey('invloed', 'werkvormen')]?.trim()) values[fieldKey('invloed', 'werkvormen')] = methods.join('\n');
    saveNow(values);
    setMessage('De trede en de werkvormen staan nu in uw plan.');
    setFocusId(controlId('invloed', 'trede'));
  };

  const doc = useMemo(
    () =>
      openId ? buildDocument(definition, draft, { dateLine: `Bijgewerkt op ${formatDate(stored?.updated ?? new Date())}`, aid }) : null,
    [definition, draft, openId, stored?.updated, aid],
  );

  // Until the store has loaded (and in the server render) the same frame without data, so the page does not
  // jump when it arrives. Without JavaScript the frame is hidden: the page shows the questions as text instead.
  if (!ready)
    return (
      <div class="jt-sheet">
        <section class="jt-sheet-saved" aria-labelledby="ws-lijst-kop">
          <h2 id="ws-lijst-kop">Uw ingevulde werkbladen</h2>
          <p>Uw werkbladen worden geladen.</p>
          <p>
            <button type="button" class="nl-button nl-button--primary" disabled>
              Nieuw werkblad beginnen
            </button>
          </p>
        </section>
      </div>
    );

  return (
    <div class="jt-sheet" data-ready="true">
      <p class="jt-sheet__message" role="status">
        {message}
      </p>
      <section class="jt-sheet-saved jt-no-print" aria-labelledby="ws-lijst-kop">
        <h2 id="ws-lijst-kop" tabIndex={-1}>
          Uw ingevulde werkbladen
        </h2>
        <SavedList entries={entries} openId={openId} onOpen={open} onDelete={(entry) => void remove(entry)} />
        <p>
          <button type="button" class="nl-button nl-button--primary" onClick={() => void startNew()}>
            Nieuw werkblad beginnen
          </button>
        </p>
      </section>

      {openId && doc && (
        <>
          <section class="jt-sheet-open jt-no-print" aria-labelledby="ws-open-kop">
            <h2 id="ws-open-kop" tabIndex={-1}>
              Werkblad: {doc.name}
            </h2>
            <p class={`jt-sheet__save${saveState.error ? ' jt-sheet__save--error' : ''}`}>{saveState.text}</p>
            <form class="jt-sheet-form" onSubmit={(event) => event.preventDefault()}>
              {aid && (
                <DecisionAidPanel
                  aid={aid}
                  values={draft}
                  domId="ws-keuzehulp"
                  onChange={(key, value) => saveNow({ ...draft, [key]: value })}
                  onAdopt={adopt}
                />
              )}
              {aid && firstPart && <h3 class="jt-sheet-form__plan">Uw plan</h3>}
              <WorksheetForm
                definition={definition}
                values={draft}
                onChange={(key, value, now) => (now ? saveNow : update)({ ...draft, [key]: value })}
                onLeave={() => autosave.leave()}
                onAdd={add}
                onRemove={removeAt}
              />
            </form>
          </section>
          <section class="jt-sheet-result" aria-label="Uw resultaat">
            <h2 class="jt-no-print">Uw resultaat</h2>
            <p class="jt-no-print">Zo ziet uw werkblad eruit op papier en in de downloads.</p>
            <DocumentActions doc={doc} kind={definition.id} onMessage={setMessage} />
            <DocumentView doc={doc} headingId="ws-document-kop" />
            <p class="jt-no-print">
              <button type="button" class="nl-button nl-button--subtle" onClick={close}>
                Werkblad sluiten
              </button>
            </p>
          </section>
        </>
      )}
    </div>
  );
}
