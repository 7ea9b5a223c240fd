import type { WorkshopAction } from '../../lib/workshop/session';
import { ConfirmAction } from '../shared/ConfirmAction';

/**
 * After the session: download the summary, or start again. Starting again asks first, in a dialog,
 * because it wipes the votes, the route, the timer and the notes.
 */
export function SessionActions({
  id,
  onExport,
  dispatch,
  class: className = '',
  downloadClass,
  resetClass,
}: {
  id: string;
  onExport: () => void;
  dispatch: (action: WorkshopAction) => void;
  class?: string;
  downloadClass: string;
  resetClass: string;
}) {
  return (
    <div class={`jt-button-group ${className}`}>
      <button type="button" class={`nl-button ${downloadClass}`} onClick={onExport}>
        Samenvatting downloaden
      </button>
      <ConfirmAction
        id={id}
        modal
        class="jt-ws-dialog"
        trigger="Nieuwe sessie beginnen"
        triggerClass={resetClass}
        question="Een nieuwe sessie beginnen?"
        details={
          <p>
            Dan wist u de stemmen, de route van de groep, de timer en uw notities van deze sessie. Wilt u die bewaren? Download dan eerst de
            samenvatting.
          </p>
        }
        confirm="Ja, alles wissen"
        cancel="Nee, terug"
        onConfirm={() => dispatch({ type: 'reset' })}
      />
    </div>
  );
}
