import { useState } from 'preact/hooks';
import type { Reflection } from '../../lib/progress/progress-schema';
import { countOf } from '../../lib/text/plural';
import { ReflectionEntry } from './ReflectionEntry';
import type { LogModule, ShowMessage } from './types';

interface Props {
  /** Reflections with text. */
  reflections: Reflection[];
  modules: LogModule[];
  /** Module titles by id ("A1 Burgerkracht …"). */
  titles: Readonly<Record<string, string>>;
  onMessage: ShowMessage;
}

/** Every reflection grouped by module, with a module filter and a search. */
export function ReflectionList({ reflections, modules, titles, onMessage }: Props) {
  const [moduleFilter, setModuleFilter] = useState('');
  const [query, setQuery] = useState('');

  if (reflections.length === 0) {
    return (
      <p>
        U hebt nog geen reflecties geschreven. In elke module staan vragen om even stil te staan. Wat u daar schrijft, komt hier te staan.
      </p>
    );
  }
  const needle = query.trim().toLowerCase();
  const visible = reflections.filter(
    (r) => (!moduleFilter || r.moduleId === moduleFilter) && (!needle || `${r.prompt} ${r.text}`.toLowerCase().includes(needle)),
  );
  const known = (r: Reflection) => Object.hasOwn(titles, r.moduleId);

  return (
    <>
      <div class="jt-log__filters jt-no-print">
        <p>
          <label for="log-module">Toon module</label>
          <select
            id="log-module"
            class="jt-input jt-input--select"
            value={moduleFilter}
            onChange={(e) => setModuleFilter((e.target as HTMLSelectElement).value)}
          >
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
          <input
            id="log-zoek"
            type="search"
            class="jt-input jt-input--line"
            value={query}
            onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
          />
        </p>
      </div>
      <p class="jt-log__count" aria-live="polite">
        {visible.length === reflections.length
          ? countOf(reflections.length, 'reflectie', 'reflecties')
          : `${visible.length} van ${countOf(reflections.length, 'reflectie', 'reflecties')}`}
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
                <ReflectionEntry key={r.id} reflection={r} onMessage={onMessage} />
              ))}
          </section>
        ))}
      {visible.some((r) => !known(r)) && (
        <section class="jt-log__module" aria-labelledby="log-overig">
          <h3 id="log-overig">Overige reflecties</h3>
          {visible
            .filter((r) => !known(r))
            .map((r) => (
              <ReflectionEntry key={r.id} reflection={r} onMessage={onMessage} />
            ))}
        </section>
      )}
    </>
  );
}
