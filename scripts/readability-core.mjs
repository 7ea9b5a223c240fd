// Plain-text measures for Dutch module text. Plain JavaScript (with JSDoc types)
// so that `node scripts/readability.mjs` runs on any Node, and the Vitest
// content checks import the very same functions.

/**
 * Removes frontmatter, imports, MDX tags and Markdown syntax, keeping the words a
 * learner reads (including text inside components and the question of a
 * `<Reflectie vraag="…">`).
 * @param {string} mdx
 * @returns {string}
 */
export function mdxToPlainText(mdx) {
  return mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^(import|export) .*$/gm, '')
    .replace(/<Reflectie[^>]*\bvraag="([^"]*)"[^>]*\/>/g, '\n\n$1\n\n')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/[*_`>#]+/g, ' ')
    .replace(/^\s*[-+]\s+/gm, '')
    .replace(/^\s*\d+\.\s+/gm, '');
}

/**
 * Splits an MDX body into the opening (before the first `##`) and its `##` sections.
 * @param {string} mdx
 * @returns {{ opening: string, sections: { heading: string, body: string }[] }}
 */
export function splitSections(mdx) {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  const parts = body.split(/^## +(.+)$/m);
  const sections = [];
  for (let i = 1; i < parts.length; i += 2) sections.push({ heading: parts[i].trim(), body: parts[i + 1] ?? '' });
  return { opening: parts[0] ?? '', sections };
}

/**
 * @param {string} text plain text
 * @returns {string[]}
 */
export function words(text) {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
}

/**
 * Sentences of running text. Headings are left out; a list item or a line that
 * ends without punctuation counts as a sentence of its own.
 * @param {string} mdx
 * @returns {string[]}
 */
export function sentences(mdx) {
  const withoutHeadings = mdx.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/^#{1,6} .*$/gm, '');
  // Hard-wrapped lines belong to one paragraph; only blank lines and list items start a new unit.
  const units = withoutHeadings
    .split(/\n\s*\n/)
    .flatMap((block) => block.split(/\n(?=\s*(?:[-*+]|\d+\.)\s)/))
    .map((unit) => mdxToPlainText(unit).replace(/\s+/g, ' ').trim());
  return units
    .flatMap((unit) => unit.split(/(?<=[.!?…:;])\s+(?=["‘“(]?[\p{Lu}\d])/u))
    .map((s) => s.trim())
    .filter((s) => words(s).length > 0);
}

/**
 * Dutch syllables, approximated by vowel groups ("ij" counts as a vowel).
 * @param {string} word
 * @returns {number}
 */
export function syllables(word) {
  const groups = word.toLowerCase().replace(/ij/g, 'y').match(/[aeiouyàáâäèéêëìíîïòóôöùúûü]+/g);
  return Math.max(1, groups ? groups.length : 0);
}

/**
 * Word count, average sentence length and Flesch-Douma reading ease
 * (206.835 − 0.93 × words per sentence − 77 × syllables per word; higher is easier,
 * 60–70 is roughly B1).
 * @param {string} mdx
 */
export function readability(mdx) {
  const list = sentences(mdx);
  const allWords = list.flatMap((s) => words(s));
  const wordCount = allWords.length;
  const sentenceCount = Math.max(1, list.length);
  const syllableCount = allWords.reduce((sum, w) => sum + syllables(w), 0);
  const averageSentenceLength = wordCount / sentenceCount;
  const fleschDouma = 206.835 - 0.93 * averageSentenceLength - 77 * (syllableCount / Math.max(1, wordCount));
  return { words: wordCount, sentences: list.length, averageSentenceLength, fleschDouma };
}

/** The limit the tests enforce on a module's average sentence length. */
export const MAX_AVERAGE_SENTENCE_LENGTH = 15;
