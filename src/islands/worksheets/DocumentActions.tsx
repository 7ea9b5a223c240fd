import { useState } from 'preact/hooks';
import { downloadBlob, downloadText } from '../../lib/browser/download';
import type { WorksheetDocument } from '../../lib/worksheets/document';
import { worksheetFileName } from '../../lib/worksheets/file-names';

interface Props {
  doc: WorksheetDocument;
  kind: string;
  onMessage: (message: string) => void;
}

/** Print, Word and Markdown for the open worksheet. The Word code loads only when the learner asks for it. */
export function DocumentActions({ doc, kind, onMessage }: Props) {
  const [making, setMaking] = useState(false);

  const word = async () => {
    // Not disabled while busy: a disabled button would drop the keyboard focus.
    if (making) return;
    setMaking(true);
    onMessage('Het Word-bestand wordt gemaakt…');
    try {
      const { worksheetToDocx } = await import('../../lib/worksheets/docx');
      downloadBlob(await worksheetToDocx(doc), worksheetFileName(kind, doc.name, 'docx'));
      onMessage('Het Word-bestand staat in uw downloads.');
    } catch {
      onMessage('Het Word-bestand kon niet worden gemaakt. Probeer het opnieuw, of download het werkblad als Markdown.');
    } finally {
      setMaking(false);
    }
  };
  const markdown = async () => {
    try {
      const { worksheetToMarkdown } = await import('../../lib/worksheets/markdown');
      downloadText(worksheetToMarkdown(doc), worksheetFileName(kind, doc.name, 'md'));
      onMessage('Het Markdown-bestand staat in uw downloads.');
    } catch {
      onMessage('Het Markdown-bestand kon niet worden gemaakt. Probeer het opnieuw.');
    }
  };

  return (
    <div class="jt-log__buttons jt-sheet-actions">
      <button type="button" class="nl-button nl-button--primary" onClick={() => window.print()}>
        Afdrukken
      </button>
      <button type="button" class="nl-button nl-button--secondary" onClick={() => void word()}>
        Download als Word
      </button>
      <button type="button" class="nl-button nl-button--secondary" onClick={() => void markdown()}>
        Download als Markdown
      </button>
    </div>
  );
}
