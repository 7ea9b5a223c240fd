import type { DocBlock, WorksheetDocument } from '../../lib/worksheets/document';

// Learner text keeps its line breaks on screen and on paper.
const Lines = ({ text }: { text: string }) => (
  <>
    {text.split('\n').map((line, i) => (
      <>
        {i > 0 && <br />}
        {line}
      </>
    ))}
  </>
);

function Block({ block }: { block: DocBlock }) {
  switch (block.kind) {
    case 'subheading':
      return <h4>{block.text}</h4>;
    case 'paragraph':
      return (
        <>
          {block.text.split(/\n{2,}/).map((text) => (
            <p>
              <Lines text={text} />
            </p>
          ))}
        </>
      );
    case 'answer':
      return (
        <div class="jt-sheet-doc__answer">
          <p class="jt-sheet-doc__label">{block.label}</p>
          <p>
            <Lines text={block.text} />
          </p>
        </div>
      );
    case 'list':
      return (
        <ul>
          {block.items.map((item) => (
            <li>{item}</li>
          ))}
        </ul>
      );
    case 'table':
      return (
        <div class="jt-table-wrap">
          <table>
            <thead>
              <tr>
                {block.header.map((cell) => (
                  <th scope="col">{cell}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row) => (
                <tr>{row.map((cell, i) => (i === 0 ? <th scope="row">{cell}</th> : <td>{cell}</td>))}</tr>
              ))}
            </tbody>
          </table>
        </div>
      );
  }
}

/**
 * A worksheet document as HTML: the preview on screen and, with the print styles, the A4 sheet.
 * The same document model the Word and Markdown downloads are made from.
 */
export function DocumentView({ doc, headingId }: { doc: WorksheetDocument; headingId: string }) {
  return (
    <article class="jt-sheet-doc" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {doc.title}: {doc.name}
      </h2>
      <p class="jt-sheet-doc__date">{doc.dateLine}</p>
      {doc.sections.map((section) => (
        <section>
          <h3>{section.heading}</h3>
          {section.blocks.map((block) => (
            <Block block={block} />
          ))}
        </section>
      ))}
    </article>
  );
}
