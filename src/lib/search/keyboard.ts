/** The result links inside a results container, in reading order. */
function resultLinks(container: HTMLElement): HTMLAnchorElement[] {
  return [...container.querySelectorAll<HTMLAnchorElement>('a.jt-search-result__link')];
}

/**
 * Arrow keys between the search field and the result links: ↓ from the field goes to the
 * first result, ↓/↑ move through the results, ↑ on the first result returns to the field.
 * Enter on a result is the link's own behaviour. Returns true when it handled the key.
 */
export function moveThroughResults(event: KeyboardEvent, container: HTMLElement | null, input: HTMLInputElement | null): boolean {
  if ((event.key !== 'ArrowDown' && event.key !== 'ArrowUp') || !container) return false;
  const links = resultLinks(container);
  if (links.length === 0) return false;
  const current = links.indexOf(document.activeElement as HTMLAnchorElement);
  event.preventDefault();
  if (event.key === 'ArrowDown') links[Math.min(current + 1, links.length - 1)]!.focus();
  else if (current <= 0) input?.focus();
  else links[current - 1]!.focus();
  return true;
}
