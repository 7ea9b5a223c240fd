/** Dutch numbers and plurals: one home, so every count on the site reads the same way. */

const RULES = new Intl.PluralRules('nl');

/** A whole number with Dutch digit grouping, e.g. "50.000". */
export function formatNumber(value: number): string {
  return value.toLocaleString('nl-NL');
}

/** The word that fits `count`: `plural(1, 'keuze', 'keuzes')` is "keuze", `plural(3, …)` is "keuzes". */
export function plural(count: number, one: string, other: string): string {
  return RULES.select(count) === 'one' ? one : other;
}

/** A count with its word, e.g. `countOf(3, 'reflectie', 'reflecties')` is "3 reflecties", `countOf(1200, …)` "1.200 reflecties". */
export function countOf(count: number, one: string, other: string): string {
  return `${formatNumber(count)} ${plural(count, one, other)}`;
}
