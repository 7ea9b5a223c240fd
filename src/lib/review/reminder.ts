import { isoDay } from '../text/dates';
import { reminderIcs } from './ics';

/**
 * The calendar reminder for the review due at `due`: an all-day event on that
 * day (in the Netherlands) that links to the review page. One UID per day and
 * site, so downloading it twice does not give two events.
 */
export function reviewReminder(due: string, now: Date, pageUrl: string): { fileName: string; text: string } {
  const day = isoDay(due);
  const host = new URL(pageUrl).host || 'ja-tenzij';
  const text = reminderIcs({
    day,
    uid: `opfrissen-${day}@${host}`,
    now,
    summary: 'Opfrissen: Ja, tenzij',
    description: `Tijd om op te frissen wat u leerde over participatie. Het duurt twee tot vijf minuten. Ga naar ${pageUrl}`,
    url: pageUrl,
  });
  return { fileName: `ja-tenzij-opfrissen-${day}.ics`, text };
}
