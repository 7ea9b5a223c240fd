import { escapeMarkdownInline, escapeMarkdownLine } from '../progress/export-markdown';
import type { DocBlock, WorksheetDocument } from './document';

// Learner text keeps its line breaks (a Markdown hard break: two spaces) and its paragraphs.
const text = (value: string) =>
  value
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.split('\n').map(escapeMarkdownLine).join('  \n'))
    .join('\n\n');

const cell = (value: string) => escapeMarkdownInline(value) || ' ';

function block(b: DocBlock): string {
  switch (b.kind) {
    case 'subheading':
      return `### ${escapeMarkdownInline(b.text)}`;
    case 'paragraph':
      return text(b.text);
    case 'answer':
      return `**${escapeMarkdownInline(b.label)}**  \n${text(b.text)}`;
    case 'list':
      return b.items.map((item) => `- ${escapeMarkdownInline(item)}`).join('\n');
    case 'table':
      return [
        `| ${b.header.map(cell).join(' | ')} |`,
        `| ${b.header.map(() => '---').join(' | ')} |`,
        ...b.rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
      ].join('\n');
  }
}

/** A worksheet document as Markdown: the learner's text is escaped, so it reads as written in any viewer. */
export function worksheetToMarkdown(doc: WorksheetDocument): string {
  const parts = [`# ${escapeMarkdownInline(doc.title)}`, `**${escapeMarkdownInline(doc.name)}**  \n${escapeMarkdownInline(doc.dateLine)}`];
  for (const section of doc.sections) parts.push(`## ${escapeMarkdownInline(section.heading)}`, ...section.blocks.map(block));
  return `${parts.join('\n\n')}\n`;
}
