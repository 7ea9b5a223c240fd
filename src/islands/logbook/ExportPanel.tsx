import { downloadText } from '../../lib/browser/download';
import { progress } from '../../lib/progress/client';
import { exportJson } from '../../lib/progress/export';
import { exportMarkdown, type LogbookTitles } from '../../lib/progress/export-markdown';
import { exportFileName } from '../../lib/progress/file-names';
import type { ProgressState } from '../../lib/progress/progress-schema';
import type { ShowMessage } from './types';

/** Download as Markdown or JSON, and print. */
export function ExportPanel({
  state,
  titles,
  ready,
  onMessage,
}: {
  state: ProgressState;
  titles: LogbookTitles;
  ready: boolean;
  onMessage: ShowMessage;
}) {
  const exportAs = async (kind: 'md' | 'json') => {
    const content = kind === 'md' ? exportMarkdown(state, titles) : exportJson(state);
    downloadText(content, exportFileName(kind), kind === 'md' ? 'text/markdown;charset=utf-8' : 'application/json');
    const result = await progress.markExported();
    onMessage(result.saved ? 'Het bestand staat in uw downloads.' : `Het bestand staat in uw downloads. ${result.message}`);
  };
  return (
    <section aria-labelledby="exporteren" class="jt-no-print">
      <h2 id="exporteren">Exporteren en afdrukken</h2>
      <p>Sla uw logboek op als bestand. Een Markdown-bestand kunt u lezen en delen. Een JSON-bestand kunt u later weer importeren.</p>
      <p class="jt-log__buttons">
        <button type="button" class="nl-button nl-button--primary" disabled={!ready} onClick={() => void exportAs('md')}>
          Download als Markdown
        </button>
        <button type="button" class="nl-button nl-button--secondary" disabled={!ready} onClick={() => void exportAs('json')}>
          Download als JSON
        </button>
        <button type="button" class="nl-button nl-button--secondary" disabled={!ready} onClick={() => window.print()}>
          Afdrukken of opslaan als pdf
        </button>
      </p>
    </section>
  );
}
