import { useEffect, useMemo, useState } from 'preact/hooks';
import { useProgress } from '../../lib/hooks/use-progress';
import { progress } from '../../lib/progress/client';
import type { LogbookTitles } from '../../lib/progress/export-markdown';
import { lastExportText } from '../../lib/progress/messages';
import { emptyProgressState } from '../../lib/progress/state';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { ReflectionList } from './ReflectionList';
import { ScenarioRuns } from './ScenarioRuns';
import { WipePanel } from './WipePanel';
import type { LogModule, LogScenario } from './types';

export type { LogModule, LogScenario } from './types';

interface Props {
  modules: LogModule[];
  scenarios: LogScenario[];
  /** Worksheet names and questions by worksheet id, for the Markdown export. */
  worksheets?: LogbookTitles['worksheets'];
}

// Until the store has loaded (and in the server render) the log shows an empty state with its buttons off.
const NOTHING_YET = emptyProgressState();

/**
 * The leerlogboek: every reflection grouped by module, with edit, delete,
 * filter and search; scenario outcomes; export (Markdown, JSON), print,
 * import with a preview, and "Alles wissen". Reflection text is rendered as
 * text only.
 */
export default function LearningLog({ modules, scenarios, worksheets }: Props) {
  const loaded = useProgress((state) => state);
  const state = loaded ?? NOTHING_YET;
  const ready = loaded !== undefined;
  const [message, setMessage] = useState('');
  const [persisted, setPersisted] = useState<boolean | null>(null);

  useEffect(() => {
    progress.requestPersistence().then(setPersisted, () => setPersisted(false));
  }, []);

  const titles = useMemo(() => Object.fromEntries(modules.map((m) => [m.id, `${m.code} ${m.title}`])), [modules]);
  const logbookTitles: LogbookTitles = useMemo(
    () => ({
      modules: titles,
      scenarios: Object.fromEntries(
        scenarios.map((s) => [
          s.id,
          { title: s.title, moduleId: s.moduleId, endings: Object.fromEntries(Object.entries(s.endings).map(([id, e]) => [id, e.title])) },
        ]),
      ),
      ...(worksheets ? { worksheets } : {}),
    }),
    [titles, scenarios, worksheets],
  );
  const reflections = useMemo(() => Object.values(state.reflections).filter((r) => r.text.trim() !== ''), [state.reflections]);

  return (
    <div class="jt-log" data-ready={ready ? 'true' : undefined}>
      <div class="jt-box jt-log__where">
        <p>
          Uw leerlogboek staat alleen in deze browser, op dit apparaat. Wilt u het bewaren of op een andere computer gebruiken? Exporteer
          het dan als bestand.
        </p>
        <p>{lastExportText(state)}</p>
        {persisted === true && <p>Uw browser heeft beloofd deze gegevens niet zelf op te ruimen.</p>}
      </div>
      <p class="jt-log__message" role="status">
        {message}
      </p>

      <section aria-labelledby="reflecties-kop">
        <h2 id="reflecties-kop">Uw reflecties</h2>
        <ReflectionList reflections={reflections} modules={modules} titles={titles} onMessage={setMessage} />
      </section>

      <section aria-labelledby="scenario-kop">
        <h2 id="scenario-kop">Uw scenario's</h2>
        <ScenarioRuns scenarios={scenarios} runs={state.scenarios} history={state.scenarioHistory} titles={titles} />
      </section>

      <ExportPanel state={state} titles={logbookTitles} ready={ready} onMessage={setMessage} />
      <ImportPanel state={state} ready={ready} onMessage={setMessage} />
      <WipePanel ready={ready} onMessage={setMessage} />
    </div>
  );
}
