// Plain-text measures for Dutch text. They work on the text units the content digest
// (src/integrations/content-digest.ts) reads from Markdown and MDX, so the report, the
// content tests and the build see the same words. Plain JavaScript with JSDoc types.

/** @typedef {import('../src/integrations/content-digest.ts').ContentDigest} ContentDigest */

/**
 * The running text of a digest as units that end a sentence: paragraphs, list items,
 * table rows and reflection questions. Headings are left out.
 * @param {ContentDigest} digest
 * @returns {string[]}
 */
export function proseUnits(digest) {
  return [...digest.opening, ...digest.sections.flatMap((s) => s.blocks)].flatMap((b) => (b.kind === 'heading' ? [] : [b.text]));
}

/**
 * @param {string} text plain text
 * @returns {string[]}
 */
export function words(text) {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
}

/**
 * Sentences of running text. Each unit (paragraph, list item) ends a sentence, also
 * when it ends without punctuation.
 * @param {ReadonlyArray<string>} units
 * @returns {string[]}
 */
export function sentences(units) {
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
  const groups = word
    .toLowerCase()
    .replace(/ij/g, 'y')
    .match(/[aeiouyàáâäèéêëìíîïòóôöùúûü]+/g);
  return Math.max(1, groups ? groups.length : 0);
}

/**
 * Word count, average sentence length and Flesch-Douma reading ease
 * (206.835 − 0.93 × words per sentence − 77 × syllables per word; higher is easier,
 * 60–70 is roughly B1).
 * @param {ReadonlyArray<string>} units
 */
export function readability(units) {
  const list = sentences(units);
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
