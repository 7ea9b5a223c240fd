/** Whether the user is typing somewhere, so "/" must stay a character. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/**
 * Wires the header's search form: "/" focuses the search field (or the field on the search
 * page), and the search code and index load on the field's first focus or input. Until
 * then the page carries only this small script; without JavaScript the form simply opens
 * /zoeken/.
 */
export function initHeaderSearch(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-jt-search]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  if (!form || !input) return;

  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || isTyping(event.target)) return;
    event.preventDefault();
    const field = document.querySelector<HTMLInputElement>('[data-jt-search-primary]') ?? input;
    field.focus();
    field.select();
  });

  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    import('../../islands/SearchHeader').then(
      (m) => m.mountHeaderSearch(form, input),
      () => {
        started = false;
      },
    );
  };
  input.addEventListener('focus', start);
  input.addEventListener('input', start);
}
