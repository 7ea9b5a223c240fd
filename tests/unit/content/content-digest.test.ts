import { describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/lib/schemas/friendly-errors';
import { readContentFile } from '../../support/content-reader';

const FIXTURE = 'tests/fixtures/content/digest.mdx';

describe('the content digest plugin', () => {
  const { data, digest } = readContentFile(FIXTURE);

  it('keeps the frontmatter apart from the text', () => {
    expect(data).toEqual({ title: 'Proefmodule' });
  });

  it('splits the text into the opening and its ## sections, with the anchors the page gets', () => {
    expect(digest.opening).toEqual([{ kind: 'text', text: 'Een korte opening met een moeilijk woord en een link.' }]);
    // A repeated heading gets a numbered anchor, as on the page.
    expect(digest.sections.map((s) => [s.heading, s.slug])).toEqual([
      ['Eerste deel: kijken', 'eerste-deel-kijken'],
      ['Eerste deel: kijken', 'eerste-deel-kijken-1'],
    ]);
  });

  it('reads each paragraph, list item, subheading and prompt of a section as one unit, in order', () => {
    expect(digest.sections[0]!.blocks).toEqual([
      { kind: 'text', text: 'Een alinea die over twee regels loopt.' },
      { kind: 'heading', depth: 3, text: 'Een subkop' },
      { kind: 'text', text: 'Een punt in een lijst' },
      { kind: 'text', text: 'Nog een punt' },
      { kind: 'prompt', id: 'p1-eerste', text: 'Wat ziet u als eerste?' },
    ]);
    // Text inside components counts, also when it is not wrapped in a paragraph.
    expect(digest.sections[1]!.blocks).toEqual([
      { kind: 'text', text: 'Een casus op één regel. Met twee zinnen.' },
      { kind: 'text', text: 'Tekst in een kader.' },
    ]);
  });

  it('lists every heading with its anchor, the prompts, the components and the links', () => {
    expect(digest.headings).toEqual([
      { depth: 2, text: 'Eerste deel: kijken', slug: 'eerste-deel-kijken' },
      { depth: 3, text: 'Een subkop', slug: 'een-subkop' },
      { depth: 2, text: 'Eerste deel: kijken', slug: 'eerste-deel-kijken-1' },
    ]);
    expect(digest.reflections).toEqual([{ id: 'p1-eerste', prompt: 'Wat ziet u als eerste?' }]);
    expect(digest.components).toEqual([
      { name: 'Leervraag', id: null, section: -1 },
      { name: 'Begrip', id: 'draagvlak', section: -1 },
      { name: 'Reflectie', id: 'p1-eerste', section: 0 },
      { name: 'Casus', id: 'proef', section: 1 },
      { name: 'Kader', id: null, section: 1 },
    ]);
    expect(digest.links).toEqual(['/praktijk/proef/']);
  });

  it('fails on a malformed <Reflectie>, naming the file, the line and the field', () => {
    const read = () => readContentFile('tests/fixtures/content/broken-prompt.mdx');
    expect(read).toThrow(ContentError);
    expect(read).toThrow(
      [
        'Fout in tests/fixtures/content/broken-prompt.mdx:',
        '  - <Reflectie> op regel 7: veld "vraag": ontbreekt',
        '  - <Reflectie> op regel 9: veld "id": schrijf de tekst tussen aanhalingstekens, zonder { }',
      ].join('\n'),
    );
  });
});
