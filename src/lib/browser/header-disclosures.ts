/**
 * The phone header's "Menu" and "Zoeken" buttons are <details> elements, so they open and
 * close without JavaScript. This adds what a user of such buttons expects on top: opening
 * "Zoeken" puts the cursor in the search field, Escape closes an open panel and returns
 * to its button, and opening one panel closes the other.
 */
export function initHeaderDisclosures(): void {
  const header = document.querySelector<HTMLElement>('.jt-header');
  const menu = header?.querySelector<HTMLDetailsElement>('details[data-jt-menu]');
  const search = header?.querySelector<HTMLDetailsElement>('details[data-jt-search-toggle]');
  const form = header?.querySelector<HTMLFormElement>('form[data-jt-search]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  if (!header || !menu || !search || !form || !input) return;

  menu.addEventListener('toggle', () => {
    if (menu.open) search.open = false;
  });
  search.addEventListener('toggle', () => {
    if (search.open) menu.open = false;
  });
  // Focus in the click itself (before the panel opens), so a phone shows its keyboard.
  search.querySelector('summary')?.addEventListener('click', () => {
    if (!search.open) input.focus();
  });

  // On the header, so the search results panel (on the form) handles Escape first.
  header.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented || !(event.target instanceof Node)) return;
    const details =
      menu.open && menu.contains(event.target)
        ? menu
        : search.open && (form.contains(event.target) || search.contains(event.target))
          ? search
          : null;
    if (!details) return;
    details.open = false;
    details.querySelector('summary')?.focus();
  });
}
