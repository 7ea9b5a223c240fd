import { downloadText } from '../../lib/browser/download';
import { reviewReminder } from '../../lib/review/reminder';

/** Downloads an .ics file for the next review; made here, nothing is sent. */
export function ReminderButton({ due, pageHref }: { due: string; pageHref: string }) {
  const download = () => {
    const { fileName, text } = reviewReminder(due, new Date(), new URL(pageHref, location.href).href);
    downloadText(text, fileName, 'text/calendar;charset=utf-8');
  };
  return (
    <p>
      <button type="button" class="nl-button nl-button--secondary" onClick={download}>
        Zet het in uw agenda (.ics)
      </button>
      <span class="jt-review__hint">
        {' '}
        Een bestand voor uw agenda, met een link naar deze pagina. U krijgt van deze site geen berichten.
      </span>
    </p>
  );
}
