import type { SuiteTest } from './test-suite';

/**
 * What the toegankelijkheidsverklaring says the automatic tests check. Each claim names the spec
 * file and a pattern for the test titles that back it; the build fails when a claim has no test
 * left (see checkClaims), so the statement never promises more than the suite checks.
 */
export interface Claim {
  /** The claim in plain Dutch, as the statement shows it. */
  text: string;
  /** The WCAG 2.1 success criteria it is about. */
  criteria: string;
  file: string;
  title: RegExp;
}

export const CLAIMS: Claim[] = [
  {
    text: 'Op elke pagina in de lijst hieronder vindt axe geen fouten tegen WCAG 2.1 niveau A en AA.',
    criteria: 'alle criteria die axe automatisch kan controleren',
    file: 'every-page.spec.ts',
    title: /WCAG 2\.1 A\/AA violations \(axe\)/,
  },
  {
    text: 'Elke pagina heeft Nederlands als taal, precies één hoofdkop en een paginatitel.',
    criteria: '2.4.2, 3.1.1',
    file: 'every-page.spec.ts',
    title: /one h1, lang="nl"/,
  },
  {
    text: 'Elke gebouwde pagina is geldige HTML.',
    criteria: '4.1.1',
    file: 'valid-html.spec.ts',
    title: /valid HTML/,
  },
  {
    text: 'De link ‘Naar de inhoud’ is de eerste stop met de Tab-toets. Hij is zichtbaar als hij de focus heeft.',
    criteria: '2.4.1, 2.4.7',
    file: 'keyboard.spec.ts',
    title: /skip link/,
  },
  {
    text: 'U ziet altijd duidelijk waar de toetsenbordfocus is.',
    criteria: '2.4.7',
    file: 'keyboard.spec.ts',
    title: /focus is clearly visible/,
  },
  {
    text: 'Met alleen het toetsenbord komt u van de startpagina bij een module en door een leerroute.',
    criteria: '2.1.1',
    file: 'keyboard.spec.ts',
    title: /keyboard (alone|only)/,
  },
  {
    text: 'Met alleen het toetsenbord speelt u een scenario tot het einde.',
    criteria: '2.1.1',
    file: 'play-scenario.spec.ts',
    title: /keyboard alone/,
  },
  {
    text: 'Met alleen het toetsenbord geeft een trainer een hele workshop.',
    criteria: '2.1.1',
    file: 'workshop.spec.ts',
    title: /keyboard alone/,
  },
  {
    text: 'Op een scherm van 320 CSS-pixels breed (zoals bij 400 % zoom) hoeft u nergens opzij te scrollen.',
    criteria: '1.4.10',
    file: 'small-screens.spec.ts',
    title: /scrolls sideways/,
  },
  {
    text: 'Wie in het systeem minder beweging heeft gekozen, krijgt geen animaties.',
    criteria: '2.3.3 (niveau AAA, meer dan de wet vraagt)',
    file: 'small-screens.spec.ts',
    title: /does not scroll smoothly|do not animate/,
  },
  {
    text: 'Zonder JavaScript is elke module helemaal te lezen, met de uitleg bij de antwoorden.',
    criteria: 'geen WCAG-eis; een afspraak van dit project',
    file: 'read-module.spec.ts',
    title: /whole module is readable/,
  },
];

/** Dutch problems for claims whose backing test is gone; empty when every claim has a test. */
export function checkClaims(tests: readonly SuiteTest[], claims: readonly Claim[] = CLAIMS): string[] {
  return claims
    .filter((claim) => !tests.some((t) => t.file === claim.file && claim.title.test(t.title)))
    .map(
      (claim) =>
        `de claim "${claim.text}" heeft geen test meer in tests/e2e/${claim.file} (titel volgens ${claim.title}). Pas de claim aan of zet de test terug.`,
    );
}

/** The tests outside the every-page run that use axe: the interactive states that are checked too. */
export function axeStateTests(tests: readonly SuiteTest[]): SuiteTest[] {
  return tests.filter((t) => t.usesAxe && t.file !== 'every-page.spec.ts');
}
