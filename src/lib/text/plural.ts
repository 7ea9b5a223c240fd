/** Dutch numbers and plurals: one home, so every count on the site reads the same way. */

// Made on first use and then kept: building them loads locale data, which showed up as a long task
// in a profile of the workshop page when it happened at load. toLocaleString would build one per call.
let rules: Intl.PluralRules | undefined;
let numbers: Intl.NumberFormat | undefined;

/** A whole number with Dutch digit grouping, e.g. "50.000". */
export function formatNumber(value: number): string {
  return (numbers ??= new Intl.NumberFormat('nl-NL')).format(value);
}

/** The word that fits `count`: `plural(1, 'keuze', 'keuzes')` is "keuze", `plural(3, …)` is "keuzes". */
export function plural(count: number, one: string, other: string): string {
  return (rules ??= new Intl.PluralRules('nl')).select(count) === 'one' ? one : other;
}

/** A count with its word, e.g. `countOf(3, 'reflectie', 'reflecties')` is "3 reflecties", `countOf(1200, …)` "1.200 reflecties". */
export function countOf(count: number, one: string, other: string): string {
  return `${formatNumber(count)} ${plural(count, one, other)}`;
}
