import { useState } from 'preact/hooks';
import { progress } from '../../lib/progress/client';
import type { ShowMessage } from './types';

/** "Alles wissen", after a confirmation. */
export function WipePanel({ ready, onMessage }: { ready: boolean; onMessage: ShowMessage }) {
  const [confirming, setConfirming] = useState(false);
  const wipe = async () => {
    const result = await progress.clearAll();
    setConfirming(false);
    onMessage(result.saved ? 'Alles is gewist.' : `Gewist in dit venster. ${result.message}`);
  };
  return (
    <section aria-labelledby="wissen" class="jt-no-print">
      <h2 id="wissen">Alles wissen</h2>
      <p>Wis al uw voortgang, antwoorden en reflecties uit deze browser. Exporteer eerst als u iets wilt bewaren.</p>
      {confirming ? (
        <div class="jt-notice" role="group" aria-labelledby="wissen-vraag">
          <p id="wissen-vraag">
            <strong>Weet u het zeker? Dit kunt u niet ongedaan maken.</strong>
          </p>
          <p class="jt-log__buttons">
            <button type="button" class="nl-button nl-button--primary" onClick={() => void wipe()}>
              Ja, alles wissen
            </button>
            <button type="button" class="nl-button nl-button--subtle" onClick={() => setConfirming(false)}>
              Nee, niets wissen
            </button>
          </p>
        </div>
      ) : (
        <p>
          <button type="button" class="nl-button nl-button--secondary" disabled={!ready} onClick={() => setConfirming(true)}>
            Alles wissen
          </button>
        </p>
      )}
    </section>
  );
}
