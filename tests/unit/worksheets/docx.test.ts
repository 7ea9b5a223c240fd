import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { worksheetToDocx } from '../../../src/lib/worksheets/docx';
import type { WorksheetDocument } from '../../../src/lib/worksheets/document';

const doc: WorksheetDocument = {
  title: 'Competentiescan vooraf en achteraf',
  name: 'Leerpad & najaar <2026>',
  dateLine: 'Bijgewerkt op 6 december 2026',
  sections: [
    {
      heading: 'Uw groei',
      blocks: [
        { kind: 'table', header: ['Vaardigheid', 'Vooraf', 'Achteraf', 'Verschil'], rows: [['Oog voor het proces', '2', '4', '+2']] },
        { kind: 'paragraph', text: 'Gegroeid: oog voor het proces.' },
      ],
    },
    {
      heading: 'Vooraf',
      blocks: [
        { kind: 'subheading', text: 'Eerste scan' },
        { kind: 'answer', label: 'Eén voorbeeld', text: 'Regel één\nRegel twee' },
        { kind: 'list', items: ['Let op: zoek de stille groepen op.'] },
      ],
    },
  ],
};

describe('the Word file of a worksheet', () => {
  it('is a .docx whose document holds every heading, answer, list item and table cell, with the text escaped', async () => {
    const blob = await worksheetToDocx(doc);
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    const xml = strFromU8(files['word/document.xml']!);
    const text = xml.replace(/<[^>]+>/g, ' ');
    for (const part of [
      'Competentiescan vooraf en achteraf',
      'Uw groei',
      'Oog voor het proces',
      '+2',
      'Eerste scan',
      'Eén voorbeeld',
      'Regel één',
      'Regel twee',
      'Let op: zoek de stille groepen op.',
    ])
      expect(text).toContain(part);
    // Learner text is text, never markup.
    expect(xml).toContain('Leerpad &amp; najaar &lt;2026&gt;');
    // A line break inside an answer stays a line break.
    expect(xml).toMatch(/Regel één<\/w:t>[\s\S]*?<w:br\/>[\s\S]*?Regel twee/);
    expect(xml).toContain('<w:tbl>');
  });
});
