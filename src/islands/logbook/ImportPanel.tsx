import { useRef, useState } from 'preact/hooks';
import { progress } from '../../lib/progress/client';
import type { ImportPreview } from '../../lib/progress/import-merge';
import type { ProgressState } from '../../lib/progress/progress-schema';
import { previewLines } from './preview-lines';
import type { ShowMessage } from './types';

/** Import of an export file: check it, show what would change, and import only after the learner confirms. */
export function ImportPanel({ state, ready, onMessage }: { state: ProgressState; ready: boolean; onMessage: ShowMessage }) {
  const [pending, setPending] = useState<{ data: ProgressState; preview: ImportPreview; name: string } | null>(null);
  const [error, setError] = useState('');
  const input = useRef<HTMLInputElement>(null);

  const read = async (file: File) => {
    setError('');
    setPending(null);
    // The parser validates the file with zod: load it when a file is chosen, not with the page.
    const { parseImport } = await import('../../lib/progress/import');
    const result = parseImport(await file.text(), state);
    if (!result.ok) setError(result.message);
    else setPending({ data: result.data, preview: result.preview, name: file.name });
  };
  const close = () => {
    setPending(null);
    if (input.current) input.current.value = '';
  };

  return (
    <section aria-labelledby="importeren" class="jt-no-print">
      <h2 id="importeren">Importeren</h2>
      <p>Zet een eerder geëxporteerd JSON-bestand terug. Bestaande reflecties blijven staan; van dubbele houden we de nieuwste.</p>
      <p>
        <label for="import-bestand">Kies een exportbestand (.json)</label>
        <input
          id="import-bestand"
          ref={input}
          type="file"
          accept="application/json,.json"
          disabled={!ready}
          onChange={(e) => {
            const file = (e.target as HTMLInputElement).files?.[0];
            if (file) void read(file);
          }}
        />
      </p>
      {error && (
        <p class="jt-notice" role="alert">
          {error} Er is niets veranderd.
        </p>
      )}
      {pending && (
        <div class="jt-box" role="region" aria-label="Voorbeeld van de import">
          <p class="jt-box__title">
            <strong>Dit verandert er als u {pending.name} importeert:</strong>
          </p>
          <ul>
            {previewLines(pending.preview).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <p class="jt-log__buttons">
            <button
              type="button"
              class="nl-button nl-button--primary"
              onClick={async () => {
                const result = await progress.importData(pending.data);
                close();
                onMessage(result.saved ? 'De import is klaar.' : `Geïmporteerd in dit venster, maar niet opgeslagen. ${result.message}`);
              }}
            >
              Importeren
            </button>
            <button type="button" class="nl-button nl-button--subtle" onClick={close}>
              Annuleren
            </button>
          </p>
        </div>
      )}
    </section>
  );
}
