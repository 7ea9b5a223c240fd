import type { GemeenteSettings } from '../schemas/gemeente';

/** The settings a text may name. Only required ones, so a placeholder never renders empty. */
export const PLACEHOLDER_FIELDS = ['naam', 'korteNaam'] as const;
export type PlaceholderField = (typeof PLACEHOLDER_FIELDS)[number];

const PLACEHOLDER = /\{([Gg])emeente\.([A-Za-z]+)\}/g;

export function isPlaceholderField(field: string): field is PlaceholderField {
  return (PLACEHOLDER_FIELDS as readonly string[]).includes(field);
}

/** The text with a capital first letter, for the start of a sentence. */
export const capitalise = (value: string) => value.charAt(0).toLocaleUpperCase('nl') + value.slice(1);

/** The text for `<Gemeente veld="…" />`; with `hoofdletter`, as at the start of a sentence. */
export function gemeenteValue(settings: GemeenteSettings, field: PlaceholderField, capital = false): string {
  const value = settings[field];
  return capital ? capitalise(value) : value;
}

/**
 * Replaces `{gemeente.naam}` and `{gemeente.korteNaam}` in a text. `{Gemeente.naam}` starts with a
 * capital, for the start of a sentence ("Onze gemeente heeft …"). Unknown fields are returned in
 * `unknown` so the caller can name the file.
 */
export function fillPlaceholders(text: string, settings: GemeenteSettings): { text: string; unknown: string[] } {
  const unknown: string[] = [];
  const filled = text.replace(PLACEHOLDER, (match, g: string, field: string) => {
    if (!isPlaceholderField(field)) {
      unknown.push(match);
      return match;
    }
    return gemeenteValue(settings, field, g === 'G');
  });
  return { text: filled, unknown };
}

/**
 * Fills the placeholders in every string of a parsed YAML or frontmatter object. Returns the new
 * data and one problem per unknown placeholder, with the field path, e.g.
 * `veld "nodes[2].text": onbekende plaatshouder {gemeente.stad}`.
 */
export function fillPlaceholdersDeep(data: unknown, settings: GemeenteSettings): { data: unknown; problems: string[] } {
  const problems: string[] = [];
  const walk = (value: unknown, path: string): unknown => {
    if (typeof value === 'string') {
      const { text, unknown } = fillPlaceholders(value, settings);
      for (const u of unknown)
        problems.push(`veld "${path || '(tekst)'}": onbekende plaatshouder ${u}; gebruik {gemeente.naam} of {gemeente.korteNaam}`);
      return text;
    }
    if (Array.isArray(value)) return value.map((item, i) => walk(item, `${path}[${i}]`));
    if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item, path ? `${path}.${key}` : key)]));
    }
    return value;
  };
  return { data: walk(data, ''), problems };
}
