import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ProgressState, Reflection } from '../lib/progress/progress-schema';
import { exportJson } from '../lib/progress/export';
import { exportMarkdown, type LogbookTitles } from '../lib/progress/export-markdown';
import { exportFileName } from '../lib/progress/file-names';
import { parseImport } from '../lib/progress/import';
import type { ImportPreview } from '../lib/progress/import-merge';
import { lastExportText } from '../lib/progress/messages';
import { getProgressStore } from '../lib/progress/shared-store';
import { downloadText } from '../lib/browser/download';
import { formatDate as formatDay } from '../lib/text/dates';

export interface LogModule {
  id: string;
  code: string;
  title: string;
  href: string;
}

export interface LogScenario {
  id: string;
  moduleId: string;
  title: string;
  href: string;
  endings: Record<string, { title: string; rating: string }>;
}

interface Props {
  modules: LogModule[];
  scenarios: LogScenario[];
}

const RATING = { best: 'beste uitkomst', goed: 'goede uitkomst', matig: 'matige uitkomst', zwak: 'zwakke uitkomst' } as Record<string, string>;

/**
 * The leerlogboek: every reflection grouped by module, with edit, delete,
 * filter and search; scenario outcomes; export (Markdown, JSON), print,
 * import with a preview, and "Alles wissen". Reflection text is rendered as
 * text only.
 */
export default function LearningLog({ modules, scenarios }: Props) {
  const store = getProgressStore();
  const [state, setState] = useState<ProgressState>(() => store.getState());
  const [ready, setReady] = useState(false);
  const [moduleFilter, setModuleFilter] = useState('');
  const [query, setQuery] = useState('');
  const [message, setMessage] = useState('');
  const [persisted, setPersisted] = useState<boolean | null>(null);

  useEffect(() => {
    setState(store.getState());
    setReady(true);
    const stop = store.subscribe((next) => setState(next));
    store.requestPersistence().then(setPersisted, () => setPersisted(false));
    return stop;
  }, []);

  const titles = useMemo(() => Object.fromEntries(modules.map((m) => [m.id, `${m.code} ${m.title}`])), [modules]);
  const logbookTitles: LogbookTitles = useMemo(
    () => ({
      modules: titles,
      scenarios: Object.fromEntries(
        scenarios.map((s) => [s.id, { title: s.title, moduleId: s.moduleId, endings: Object.fromEntries(Object.entries(s.endings).map(([id, e]) => [id, e.title])) }]),
      ),
    }),
    [titles, scenarios],
  );
  const reflections = Object.values(state.reflections).filter((r) => r.text.trim() !== '');
  const needle = query.trim().toLowerCase();
  const visible = reflections.filter(
    (r) => (!moduleFilter || r.moduleId === moduleFilter) && (!needle || `${r.prompt} ${r.text}`.toLowerCase().includes(needle)),
  );
  const runs = scenarios.filter((s) => state.scenarios[s.id]);

  const exportAs = (kind: 'md' | 'json') => {
    const content = kind === 'md' ? exportMarkdown(state, logbookTitles) : exportJson(state);
    downloadText(content, exportFileName(kind), kind === 'md' ? 'text/markdown;charset=utf-8' : 'application/json');
    const result = store.markExported();
    setMessage(result.saved ? 'Het bestand staat in uw downloads.' : `Het bestand staat in uw downloads. ${result.message}`);
  };

  return (
    <div class="jt-log" data-ready={ready ? 'true' : undefined}>
      <div class="jt-box jt-log__where">
        <p>
          Uw leerlogboek staat alleen in deze browser, op dit apparaat. Wilt u het bewaren of op een andere computer gebruiken? Exporteer het
          dan als bestand.
        </p>
        <p>{lastExportText(state)}</p>
        {persisted === true && <p>Uw browser heeft beloofd deze gegevens niet zelf op te ruimen.</p>}
      </div>
      <p class="jt-log__message" role="status">
        {message}
      </p>

      <section aria-labelledby="reflecties-kop">
        <h2 id="reflecties-kop">Uw reflecties</h2>
        {reflections.length === 0 ? (
          <p>
            U hebt nog geen reflecties geschreven. In elke module staan vragen om even stil te staan. Wat u daar schrijft, komt hier te staan.
          </p>
        ) : (
          <>
            <div class="jt-log__filters jt-no-print">
              <p>
                <label for="log-module">Toon module</label>
                <select id="log-module" class="jt-input jt-input--select" value={moduleFilter} onChange={(e) => setModuleFilter((e.target as HTMLSelectElement).value)}>
                  <option value="">Alle modules</option>
                  {modules.map((m) => (
                    <option key={m.id} value={m.id}>
                      {m.code} {m.title}
                    </option>
                  ))}
                </select>
              </p>
              <p>
                <label for="log-zoek">Zoek in uw logboek</label>
                <input id="log-zoek" type="search" class="jt-input jt-input--line" value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
              </p>
            </div>
            <p class="jt-log__count" aria-live="polite">
              {visible.length === reflections.length
                ? `${reflections.length} ${reflections.length === 1 ? 'reflectie' : 'reflecties'}`
                : `${visible.length} van ${reflections.length} reflecties`}
            </p>
            {modules
              .filter((m) => visible.some((r) => r.moduleId === m.id))
              .map((m) => (
                <section key={m.id} class="jt-log__module" aria-labelledby={`log-${m.id}`}>
                  <h3 id={`log-${m.id}`}>
                    <a href={m.href}>
                      {m.code} {m.title}
                    </a>
                  </h3>
                  {visible
                    .filter((r) => r.moduleId === m.id)
                    .sort((a, b) => a.created.localeCompare(b.created))
                    .map((r) => (
                      <ReflectionEntry key={r.id} reflection={r} onMessage={setMessage} />
                    ))}
                </section>
              ))}
            {visible.some((r) => !titles[r.moduleId]) && (
              <section class="jt-log__module" aria-labelledby="log-overig">
                <h3 id="log-overig">Overige reflecties</h3>
                {visible
                  .filter((r) => !titles[r.moduleId])
                  .map((r) => (
                    <ReflectionEntry key={r.id} reflection={r} onMessage={setMessage} />
                  ))}
              </section>
            )}
          </>
        )}
      </section>

      <section aria-labelledby="scenario-kop">
        <h2 id="scenario-kop">Uw scenario's</h2>
        {runs.length === 0 ? (
          <p>U hebt nog geen scenario gespeeld.</p>
        ) : (
          <ul class="jt-log__runs">
            {runs.map((s) => {
              const run = state.scenarios[s.id]!;
              const ending = run.outcomeNodeId ? s.endings[run.outcomeNodeId] : undefined;
              return (
                <li key={s.id}>
                  <a href={s.href}>{s.title}</a> ({titles[s.moduleId] ?? s.moduleId}):{' '}
                  {ending
                    ? `afgerond op ${formatDay(run.updatedAt)}, ${ending.title} (${RATING[ending.rating] ?? ending.rating}), in ${run.choices.length} keuzes.`
                    : `bezig sinds ${formatDay(run.startedAt)}, ${run.choices.length} ${run.choices.length === 1 ? 'keuze' : 'keuzes'} gemaakt.`}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="exporteren" class="jt-no-print">
        <h2 id="exporteren">Exporteren en afdrukken</h2>
        <p>Sla uw logboek op als bestand. Een Markdown-bestand kunt u lezen en delen. Een JSON-bestand kunt u later weer importeren.</p>
        <p class="jt-log__buttons">
          <button type="button" class="nl-button nl-button--primary" disabled={!ready} onClick={() => exportAs('md')}>
            Download als Markdown
          </button>
          <button type="button" class="nl-button nl-button--secondary" disabled={!ready} onClick={() => exportAs('json')}>
            Download als JSON
          </button>
          <button type="button" class="nl-button nl-button--secondary" disabled={!ready} onClick={() => window.print()}>
            Afdrukken of opslaan als pdf
          </button>
        </p>
      </section>

      <ImportPanel ready={ready} onMessage={setMessage} />
      <WipePanel ready={ready} onMessage={setMessage} />
    </div>
  );
}

function ReflectionEntry({ reflection, onMessage }: { reflection: Reflection; onMessage: (m: string) => void }) {
  const store = getProgressStore();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [draft, setDraft] = useState(reflection.text);
  const fieldId = `bewerk-${reflection.id.replaceAll(':', '-')}`;
  const editButton = useRef<HTMLButtonElement>(null);

  const save = () => {
    const result = store.saveReflection({ id: reflection.id, moduleId: reflection.moduleId, prompt: reflection.prompt, text: draft });
    // On a failed save the draft stays in the field, so nothing the learner typed is lost.
    if (result.saved) {
      setEditing(false);
      onMessage('Uw reflectie is opgeslagen.');
    } else onMessage(`Niet opgeslagen. ${result.message}`);
  };

  return (
    <article class="jt-log__entry">
      <h4>{reflection.prompt || 'Reflectie'}</h4>
      <p class="jt-card__meta">
        Geschreven op {formatDay(reflection.created)}
        {reflection.updated.slice(0, 10) !== reflection.created.slice(0, 10) && `, bijgewerkt op ${formatDay(reflection.updated)}`}
      </p>
      {editing ? (
        <div class="jt-log__edit">
          <label for={fieldId}>Uw tekst</label>
          <textarea id={fieldId} class="jt-input" rows={6} value={draft} onInput={(e) => setDraft((e.target as HTMLTextAreaElement).value)} />
          <p class="jt-log__buttons">
            <button type="button" class="nl-button nl-button--primary" onClick={save}>
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
        <p class="jt-log__buttons jt-no-print">
          <button
            type="button"
            ref={editButton}
            class="nl-button nl-button--subtle"
            onClick={() => {
              setDraft(reflection.text);
              setEditing(true);
            }}
          >
            Bewerken<span class="jt-visually-hidden">: {reflection.prompt}</span>
          </button>
          {confirming ? (
            <span class="jt-log__confirm" role="group" aria-label="Verwijderen bevestigen">
              <span>Deze reflectie verwijderen?</span>
              <button
                type="button"
                class="nl-button nl-button--secondary"
                onClick={() => {
                  const result = store.deleteReflection(reflection.id);
                  onMessage(result.saved ? 'De reflectie is verwijderd.' : `Verwijderd in dit venster, maar niet opgeslagen. ${result.message}`);
                }}
              >
                Ja, verwijderen
              </button>
              <button type="button" class="nl-button nl-button--subtle" onClick={() => setConfirming(false)}>
                Nee
              </button>
            </span>
          ) : (
            <button type="button" class="nl-button nl-button--subtle" onClick={() => setConfirming(true)}>
              Verwijderen<span class="jt-visually-hidden">: {reflection.prompt}</span>
            </button>
          )}
        </p>
      )}
    </article>
  );
}

function ImportPanel({ ready, onMessage }: { ready: boolean; onMessage: (m: string) => void }) {
  const store = getProgressStore();
  const [pending, setPending] = useState<{ data: ProgressState; preview: ImportPreview; name: string } | null>(null);
  const [error, setError] = useState('');
  const input = useRef<HTMLInputElement>(null);

  const read = async (file: File) => {
    setError('');
    setPending(null);
    const result = parseImport(await file.text(), store.getState());
    if (!result.ok) setError(result.message);
    else setPending({ data: result.data, preview: result.preview, name: file.name });
  };

  return (
    <section aria-labelledby="importeren" class="jt-no-print">
      <h2 id="importeren">Importeren</h2>
      <p>Zet een eerder geëxporteerd JSON-bestand terug. Bestaande reflecties blijven staan; van dubbele houden we de nieuwste.</p>
      <p>
        <label for="import-bestand">Kies een exportbestand (.json)</label>
        <input
          id="import-bestand"
          ref={input}
          type="file"
          accept="application/json,.json"
          disabled={!ready}
          onChange={(e) => {
            const file = (e.target as HTMLInputElement).files?.[0];
            if (file) void read(file);
          }}
        />
      </p>
      {error && (
        <p class="jt-notice" role="alert">
          {error} Er is niets veranderd.
        </p>
      )}
      {pending && (
        <div class="jt-box" role="region" aria-label="Voorbeeld van de import">
          <p class="jt-box__title">
            <strong>Dit verandert er als u {pending.name} importeert:</strong>
          </p>
          <ul>
            {previewLines(pending.preview).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <p class="jt-log__buttons">
            <button
              type="button"
              class="nl-button nl-button--primary"
              onClick={() => {
                const result = store.importData(pending.data);
                setPending(null);
                if (input.current) input.current.value = '';
                onMessage(result.saved ? 'De import is klaar.' : `Geïmporteerd in dit venster, maar niet opgeslagen. ${result.message}`);
              }}
            >
              Importeren
            </button>
            <button
              type="button"
              class="nl-button nl-button--subtle"
              onClick={() => {
                setPending(null);
                if (input.current) input.current.value = '';
              }}
            >
              Annuleren
            </button>
          </p>
        </div>
      )}
    </section>
  );
}

function WipePanel({ ready, onMessage }: { ready: boolean; onMessage: (m: string) => void }) {
  const store = getProgressStore();
  const [confirming, setConfirming] = useState(false);
  return (
    <section aria-labelledby="wissen" class="jt-no-print">
      <h2 id="wissen">Alles wissen</h2>
      <p>Wis al uw voortgang, antwoorden en reflecties uit deze browser. Exporteer eerst als u iets wilt bewaren.</p>
      {confirming ? (
        <div class="jt-notice" role="group" aria-labelledby="wissen-vraag">
          <p id="wissen-vraag">
            <strong>Weet u het zeker? Dit kunt u niet ongedaan maken.</strong>
          </p>
          <p class="jt-log__buttons">
            <button
              type="button"
              class="nl-button nl-button--primary"
              onClick={() => {
                const result = store.clearAll();
                setConfirming(false);
                onMessage(result.saved ? 'Alles is gewist.' : `Gewist in dit venster. ${result.message}`);
              }}
            >
              Ja, alles wissen
            </button>
            <button type="button" class="nl-button nl-button--subtle" onClick={() => setConfirming(false)}>
              Nee, niets wissen
            </button>
          </p>
        </div>
      ) : (
        <p>
          <button type="button" class="nl-button nl-button--secondary" disabled={!ready} onClick={() => setConfirming(true)}>
            Alles wissen
          </button>
        </p>
      )}
    </section>
  );
}

function previewLines(preview: ImportPreview): string[] {
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  return [
    `${n(preview.reflections.added.length, 'nieuwe reflectie', 'nieuwe reflecties')} erbij`,
    `${n(preview.reflections.updated.length, 'reflectie', 'reflecties')} bijgewerkt (nieuwer in het bestand)`,
    `${n(preview.reflections.unchanged.length, 'reflectie', 'reflecties')} al hetzelfde`,
    `${n(preview.reflections.ignored.length, 'reflectie', 'reflecties')} ouder in het bestand: die laten we staan`,
    `${n(preview.scenarioRuns.added + preview.scenarioRuns.updated, 'scenario', "scenario's")} erbij of bijgewerkt`,
    `${n(preview.checkAnswers.added + preview.checkAnswers.updated, 'antwoord', 'antwoorden')} op kennischecks erbij of bijgewerkt`,
    `${n(preview.sectionsRead.added, 'gelezen onderdeel', 'gelezen onderdelen')} erbij`,
  ];
}
