import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { moveThroughResults } from '../lib/search/keyboard';
import { SEARCH_FAILED, statusText } from '../lib/search/messages';
import { useSearch } from '../lib/search/use-search';
import { withBase } from '../lib/url';
import { SearchResults } from './SearchResults';
import { typedBeforeHydration } from './shared/typed-before-hydration';

/** A link shown in the empty and no-result states. */
export interface SearchLink {
  label: string;
  href: string;
}

interface Props {
  /** Glossary terms to suggest (href with base). */
  terms: SearchLink[];
  /** The learning routes (href with base). */
  routes: SearchLink[];
}

const ANNOUNCE_DELAY = 500;

/** Where to go when nothing (useful) was found: some glossary terms and the three routes. */
function Suggestions({ terms, routes }: Props) {
  return (
    <div class="jt-search__suggestions">
      <p>Bekijk bijvoorbeeld deze begrippen:</p>
      <ul class="jt-facts">
        {terms.map((t) => (
          <li key={t.href}>
            <a href={t.href}>{t.label}</a>
          </li>
        ))}
      </ul>
      <p>Of begin bij een route:</p>
      <ul class="jt-facts">
        {routes.map((r) => (
          <li key={r.href}>
            <a href={r.href}>{r.label}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** When search cannot start: say so, and point to the full listing, which is what the page shows without JavaScript. */
function Failed() {
  return (
    <div class="jt-search__empty">
      <p>
        Het zoeken kon niet worden geladen. Probeer het later opnieuw. Alle modules, praktijkvoorbeelden en begrippen staan ook{' '}
        <a href="#alles-op-een-rij">in de lijst Alles op een rij</a>.
      </p>
    </div>
  );
}

/**
 * The search on /zoeken/: reads ?q=, starts the search worker only when there is something to
 * search (or the field gets focus), shows grouped results while typing and keeps ?q= in the address.
 */
export default function SearchPage({ terms, routes }: Props) {
  const [query, setQuery] = useState('');
  const [announced, setAnnounced] = useState('');
  const [ready, setReady] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const results = useRef<HTMLDivElement>(null);
  const { outcome, failed, prepare } = useSearch(query);
  const prepared = useRef(false);
  const load = () => {
    if (prepared.current) return;
    prepared.current = true;
    prepare();
  };

  // Read ?q= after hydration, not during render, so server and client render the same. Words typed
  // before the script ran are newer than the address, so they win.
  useEffect(() => {
    const typed = typedBeforeHydration(input.current);
    const initial = new URLSearchParams(window.location.search).get('q') ?? '';
    if (typed) search(typed);
    else if (initial.trim()) setQuery(initial);
    setReady(true);
  }, []);

  const searching = query.trim() !== '';
  const status = failed ? SEARCH_FAILED : outcome && searching ? statusText(outcome) : '';

  useEffect(() => {
    const timer = window.setTimeout(() => setAnnounced(status), ANNOUNCE_DELAY);
    return () => window.clearTimeout(timer);
  }, [status]);

  const search = (value: string) => {
    setQuery(value);
    const url = new URL(window.location.href);
    if (value.trim()) url.searchParams.set('q', value);
    else url.searchParams.delete('q');
    window.history.replaceState(null, '', url);
  };

  // While a query is active the results take the place of the full listing below; swapping them in one
  // frame keeps the content above the fold from jumping (layout shift) when the results arrive. When
  // search failed, the listing is what is left to find things with, so it stays.
  const showListing = !searching || failed;
  useLayoutEffect(() => {
    const listing = document.querySelector<HTMLElement>('[data-search-listing]');
    if (listing) listing.hidden = !showListing;
  }, [showListing]);

  const onKeyDown = (event: KeyboardEvent) => moveThroughResults(event, results.current, input.current);

  return (
    <div class="jt-search" data-ready={ready ? 'true' : undefined} onKeyDown={onKeyDown}>
      <form
        class="jt-search__form"
        role="search"
        aria-label="Zoekopdracht"
        action={withBase('/zoeken/')}
        method="get"
        onSubmit={(event) => {
          event.preventDefault();
          search(input.current?.value ?? '');
        }}
      >
        <label class="jt-search__label" for="jt-search-page-q">
          Waar zoekt u naar?
        </label>
        <p class="jt-search__hint" id="jt-search-page-hint">
          Zoek in modules, begrippen, praktijkvoorbeelden en scenario’s. Gebruik de pijltjestoetsen om door de resultaten te gaan.
        </p>
        <div class="jt-search__row">
          <input
            ref={input}
            class="jt-search__input"
            id="jt-search-page-q"
            type="search"
            name="q"
            value={query}
            autocomplete="off"
            spellcheck={false}
            aria-describedby="jt-search-page-hint"
            data-jt-search-primary=""
            onFocus={load}
            onInput={(event) => search(event.currentTarget.value)}
          />
          <button class="nl-button nl-button--primary jt-search__button" type="submit">
            Zoeken
          </button>
        </div>
      </form>

      <p class="jt-search__status" role="status" aria-live="polite">
        {announced}
      </p>

      <div ref={results} class={searching ? 'jt-search__results jt-search__results--active' : 'jt-search__results'}>
        {failed ? (
          <Failed />
        ) : !searching ? (
          <Suggestions terms={terms} routes={routes} />
        ) : !outcome ? (
          <p class="jt-search__loading">Even zoeken…</p>
        ) : outcome.status === 'results' ? (
          <SearchResults groups={outcome.groups} idPrefix="jt-search-page" headings />
        ) : (
          <div class="jt-search__empty">
            {outcome.status === 'none' && (
              <ul>
                <li>Controleer de spelling.</li>
                <li>Gebruik minder woorden, of een ander woord met dezelfde betekenis.</li>
              </ul>
            )}
            <Suggestions terms={terms} routes={routes} />
          </div>
        )}
      </div>
    </div>
  );
}
