import { KEY_HELP } from '../../lib/workshop/keys';
import { useModalDialog } from '../shared/use-modal-dialog';

/** The list of keys (H or ?), in a modal dialog: focus moves in, Esc closes it, focus returns afterwards. */
export function KeyHelpDialog({ open, onClose, id }: { open: boolean; onClose: () => void; id: string }) {
  const dialog = useModalDialog(open, onClose);
  return (
    <dialog {...dialog} class="jt-ws-dialog jt-ws-help" aria-labelledby={`${id}-titel`}>
      <h2 id={`${id}-titel`} class="jt-ws-dialog__title">
        Toetsen in de workshop
      </h2>
      <table class="jt-ws-keys">
        <thead>
          <tr>
            <th scope="col">Toets</th>
            <th scope="col">Wat er gebeurt</th>
          </tr>
        </thead>
        <tbody>
          {KEY_HELP.map((row) => (
            <tr key={row.what}>
              <td>
                {row.keys.map((key, i) => (
                  <span key={key}>
                    {i > 0 && ' of '}
                    <kbd>{key}</kbd>
                  </span>
                ))}
              </td>
              <td>{row.what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        Een presenter (clicker) werkt ook: die stuurt meestal Page Down en Page Up. Toetsen werken niet terwijl u in een tekstveld typt.
      </p>
      <button type="button" class="nl-button nl-button--primary" onClick={onClose}>
        Sluiten
      </button>
    </dialog>
  );
}
