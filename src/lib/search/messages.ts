import type { SearchKind, SearchOutcome } from './types';
import { countOf } from '../text/plural';

/** The heading of each result group. */
export const KIND_LABELS: Record<SearchKind, string> = {
  module: 'Modules',
  begrip: 'Begrippen',
  praktijk: 'Praktijkvoorbeelden',
  scenario: 'Scenario’s',
};

const results = (n: number) => countOf(n, 'resultaat', 'resultaten');

/** The sentence a screen reader hears (and everyone sees) after a search. */
export function statusText(outcome: SearchOutcome): string {
  switch (outcome.status) {
    case 'empty':
      return '';
    case 'stopwords':
      return `‘${outcome.query}’ bevat alleen heel gewone woorden. Zoek op een woord dat meer zegt.`;
    case 'none':
      return `Geen resultaten voor ‘${outcome.query}’.`;
    case 'results':
      return outcome.partial
        ? `Geen pagina bevat al deze woorden. ${results(outcome.total)} met een deel van de woorden.`
        : `${results(outcome.total)} voor ‘${outcome.query}’.`;
  }
}

/** The status on the search page when the search worker or the index did not load. */
export const SEARCH_FAILED = 'Zoeken lukt nu niet. Gebruik de lijst met alles op een rij.';

/** The same in the header panel, whose Enter opens the search page with that list. */
export const HEADER_SEARCH_FAILED = 'Zoeken lukt nu niet. Druk op Enter om naar de zoekpagina te gaan.';
