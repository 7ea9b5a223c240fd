import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { moveThroughResults } from '../lib/search/keyboard';
import { HEADER_SEARCH_FAILED, statusText } from '../lib/search/messages';
import { useSearch } from '../lib/search/use-search';
import { withBase } from '../lib/url';
import { SearchResults } from './SearchResults';

const PER_GROUP = 3;
const ANNOUNCE_DELAY = 500;

interface Props {
  form: HTMLFormElement;
  input: HTMLInputElement;
  panel: HTMLElement;
  status: HTMLElement;
}

/**
 * The results panel under the header's search field. The form and field are server-rendered
 * and work without JavaScript; this adds results while typing.
 */
function HeaderSearch({ form, input, panel, status }: Props) {
  const [query, setQuery] = useState(input.value);
  const [open, setOpen] = useState(true);
  const { outcome, failed, prepare } = useSearch(query);

  useEffect(() => {
    prepare();
    const onInput = () => {
      setQuery(input.value);
      setOpen(true);
    };
    const onFocusIn = () => setOpen(true);
    // Keep focus in the field while clicking in the panel, so the panel does not close
    // before the click lands (Safari does not focus links on click).
    const onMouseDown = (event: MouseEvent) => event.preventDefault();
    const onFocusOut = (event: FocusEvent) => {
      if (!(event.relatedTarget instanceof Node && form.contains(event.relatedTarget))) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !panel.hidden) {
        event.preventDefault();
        setOpen(false);
        // Hide at once, not after the next render: a second Escape right after must close the search itself.
        panel.hidden = true;
        input.focus();
      } else if (!panel.hidden) {
        moveThroughResults(event, panel, input);
      }
    };
    input.addEventListener('input', onInput);
    form.addEventListener('focusin', onFocusIn);
    form.addEventListener('focusout', onFocusOut);
    form.addEventListener('keydown', onKeyDown);
    panel.addEventListener('mousedown', onMouseDown);
    // Effects run after paint: catch up with anything typed before the listeners were attached.
    setQuery(input.value);
    return () => {
      panel.removeEventListener('mousedown', onMouseDown);
      input.removeEventListener('input', onInput);
      form.removeEventListener('focusin', onFocusIn);
      form.removeEventListener('focusout', onFocusOut);
      form.removeEventListener('keydown', onKeyDown);
    };
  }, []);

  const visible = open && query.trim() !== '' && (outcome !== null || failed);
  const message = failed ? HEADER_SEARCH_FAILED : outcome ? statusText(outcome) : '';

  useEffect(() => {
    panel.hidden = !visible;
  }, [visible]);

  // Announce the number of results once typing pauses, and only while the panel is open.
  const announced = useRef('');
  useEffect(() => {
    const text = visible ? message : '';
    const timer = window.setTimeout(() => {
      if (announced.current !== text) status.textContent = announced.current = text;
    }, ANNOUNCE_DELAY);
    return () => window.clearTimeout(timer);
  }, [visible, message]);

  if (!visible) return null;
  const all = `${withBase('/zoeken/')}?q=${encodeURIComponent(query.trim())}`;
  return (
    <>
      <p class="jt-header-search__summary">{message}</p>
      {outcome?.status === 'results' && (
        <SearchResults groups={outcome.groups} idPrefix="jt-search-header" headings={false} limit={PER_GROUP} />
      )}
      <p class="jt-header-search__all">
        <a class="jt-search-result__link" href={all}>
          {outcome?.status === 'results' ? 'Alle resultaten op de zoekpagina' : 'Naar de zoekpagina'}
        </a>
      </p>
    </>
  );
}

/** Renders the results panel of the header search; called on the field's first focus or input. */
export function mountHeaderSearch(form: HTMLFormElement, input: HTMLInputElement): void {
  const panel = form.querySelector<HTMLElement>('[data-jt-search-panel]');
  const status = form.querySelector<HTMLElement>('[data-jt-search-status]');
  if (!panel || !status) return;
  render(<HeaderSearch form={form} input={input} panel={panel} status={status} />, panel);
}
