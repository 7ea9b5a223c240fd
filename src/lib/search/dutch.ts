import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import nl from 'lunr-languages/lunr.nl.js';

/** The pipeline functions lunr-languages adds as `lunr.nl`. */
interface DutchPipeline {
  stopWordFilter: lunr.PipelineFunction;
  stemmer: lunr.PipelineFunction;
}

/**
 * Registers the Dutch stemmer and stop-word filter with lunr, once. lunr.Index.load
 * needs them registered before it can load a serialized index.
 */
export function dutchLunr(): { lunr: typeof lunr; nl: DutchPipeline } {
  const withNl = lunr as typeof lunr & { nl?: DutchPipeline };
  if (!withNl.nl) {
    // Order matters: the Dutch plugin needs the stemmer support installed first.
    stemmerSupport(lunr);
    nl(lunr);
  }
  return { lunr, nl: withNl.nl! };
}

/**
 * Lower-cases the text, removes accents (ideeën → ideeen) and turns everything that is
 * not a letter or digit into a space. Used for indexed text and for queries alike, so
 * quotes, `*`, `:`, `~`, `^`, `+` and `-` never reach lunr.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether a normalized word is a Dutch stop word ("de", "het", "en", …). */
export function isStopWord(word: string): boolean {
  const { lunr: l, nl: dutch } = dutchLunr();
  return dutch.stopWordFilter(new l.Token(word, {}), 0, []) === undefined;
}

/**
 * The Dutch Snowball stem of a normalized word. Words with digits (G32, 2027) are kept
 * as they are.
 */
export function stemWord(word: string): string {
  if (/\d/.test(word)) return word;
  const { lunr: l, nl: dutch } = dutchLunr();
  const stemmed = dutch.stemmer(new l.Token(word, {}), 0, []);
  return stemmed instanceof l.Token ? stemmed.toString() : word;
}

// Romance verbs and their nouns share a root: particip-eren, particip-eert, particip-atie,
// particip-ant. The Snowball stemmer keeps these apart, so a query adds the other forms.
const ROMANCE_SUFFIXES = ['eren', 'eert', 'eerde', 'eerden', 'eerd', 'atie', 'aties', 'ant', 'anten'];
const ROMANCE_FORM = new RegExp(`^(\\p{L}{4,}?)(?:${ROMANCE_SUFFIXES.join('|')})$`, 'u');

/**
 * The index terms a query word may match: its stem, the stem with a final v/f or z/s
 * swapped (initiatieven → initiatiev ↔ initiatief, huizen → huiz ↔ huis), and for
 * verbs and nouns of Romance origin the related forms (participeren ↔ participatie).
 * Forms that do not occur in the index simply match nothing.
 */
export function termVariants(word: string): string[] {
  const variants = new Set<string>();
  const add = (stem: string) => {
    variants.add(stem);
    if (/\d/.test(stem)) return;
    if (stem.endsWith('v')) variants.add(`${stem.slice(0, -1)}f`);
    if (stem.endsWith('f')) variants.add(`${stem.slice(0, -1)}v`);
    if (stem.endsWith('z')) variants.add(`${stem.slice(0, -1)}s`);
    if (stem.endsWith('s')) variants.add(`${stem.slice(0, -1)}z`);
  };
  add(stemWord(word));
  const romance = ROMANCE_FORM.exec(word);
  if (romance) for (const suffix of ROMANCE_SUFFIXES) add(stemWord(`${romance[1]}${suffix}`));
  return [...variants];
}
