import { ConfirmAction } from '../shared/ConfirmAction';
import { progress } from '../../lib/progress/client';
import type { ShowMessage } from './types';

/** "Alles wissen", after a confirmation. */
export function WipePanel({ ready, onMessage }: { ready: boolean; onMessage: ShowMessage }) {
  const wipe = async () => {
    const result = await progress.clearAll();
    onMessage(result.saved ? 'Alles is gewist.' : `Gewist in dit venster. ${result.message}`);
  };
  return (
    <section aria-labelledby="wissen" class="jt-no-print">
      <h2 id="wissen">Alles wissen</h2>
      <p>Wis al uw voortgang, antwoorden en reflecties uit deze browser. Exporteer eerst als u iets wilt bewaren.</p>
      <div>
        <ConfirmAction
          id="wissen"
          class="jt-notice"
          trigger="Alles wissen"
          disabled={!ready}
          question="Weet u het zeker? Dit kunt u niet ongedaan maken."
          confirm="Ja, alles wissen"
          cancel="Nee, niets wissen"
          cancelClass="nl-button--subtle"
          onConfirm={() => void wipe()}
        />
      </div>
    </section>
  );
}
