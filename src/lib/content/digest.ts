import { render, type CollectionEntry } from 'astro:content';
import { DIGEST_KEY, type ContentDigest } from '../../integrations/content-digest';

/** Entries whose Markdown or MDX body the content-digest plugin reads. */
export type EntryWithText = CollectionEntry<'modules' | 'cases' | 'glossary' | 'programme'>;

/**
 * What the content-digest plugin (src/integrations/content-digest.ts) read from an entry's
 * text at build: its `##` sections with their anchors and text, its headings and its
 * reflection prompts. Pages, the search index and the module outline all read it here.
 */
export async function getDigest(entry: EntryWithText): Promise<ContentDigest> {
  const { remarkPluginFrontmatter } = await render(entry);
  const digest: unknown = remarkPluginFrontmatter[DIGEST_KEY];
  if (!digest || typeof digest !== 'object') {
    throw new Error(`${entry.filePath ?? entry.id}: de tekst is niet gelezen door jt-content-digest; staat contentDigest() in astro.config.mjs?`);
  }
  return digest as ContentDigest;
}
