// Loaded only when the learner asks for a Word file: `docx` is large, and no page needs it before that.
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { DocBlock, WorksheetDocument } from './document';

// Learner text keeps its line breaks: each line after the first starts with a break.
const runs = (text: string, bold = false) =>
  text.split('\n').map((line, i) => new TextRun({ text: line, bold, ...(i > 0 ? { break: 1 } : {}) }));

function blocks(b: DocBlock): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'subheading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_3, children: runs(b.text) })];
    case 'paragraph':
      return b.text.split(/\n{2,}/).map((text) => new Paragraph({ children: runs(text), spacing: { after: 120 } }));
    case 'answer':
      return [
        new Paragraph({ children: runs(b.label, true), keepNext: true }),
        ...b.text.split(/\n{2,}/).map((text) => new Paragraph({ children: runs(text), spacing: { after: 120 } })),
      ];
    case 'list':
      return b.items.map((item) => new Paragraph({ children: runs(item), bullet: { level: 0 } }));
    case 'table':
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [b.header, ...b.rows].map(
            (row, r) =>
              new TableRow({
                tableHeader: r === 0,
                children: row.map((text) => new TableCell({ children: [new Paragraph({ children: runs(text, r === 0) })] })),
              }),
          ),
        }),
      ];
  }
}

/** A worksheet document as a Word file (.docx, A4), made in the browser. */
export function worksheetToDocx(doc: WorksheetDocument): Promise<Blob> {
  const word = new Document({
    creator: 'Ja, tenzij',
    title: `${doc.title}: ${doc.name}`,
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(doc.title) }),
          new Paragraph({ children: runs(doc.name, true) }),
          new Paragraph({ children: runs(doc.dateLine), spacing: { after: 240 } }),
          ...doc.sections.flatMap((section) => [
            new Paragraph({ heading: HeadingLevel.HEADING_2, children: runs(section.heading) }),
            ...section.blocks.flatMap(blocks),
          ]),
        ],
      },
    ],
  });
  return Packer.toBlob(word);
}
