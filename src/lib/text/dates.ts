/**
 * Dates and times as Dutch text. One rule for the whole site: the site is for
 * Dutch municipalities, so every moment is shown in Europe/Amsterdam, whatever
 * time zone the browser or the build machine is in.
 */

/** The time zone for every date and time shown to learners and trainers. */
export const TIME_ZONE = 'Europe/Amsterdam';

const DAY = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE });
const DAY_AND_TIME = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE });
const TIME = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE });
// en-CA writes dates as YYYY-MM-DD.
const ISO_DAY = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: TIME_ZONE });

const toDate = (moment: string | Date) => (typeof moment === 'string' ? new Date(moment) : moment);

/** A date as Dutch text, e.g. "30 november 2026". */
export function formatDate(moment: string | Date): string {
  return DAY.format(toDate(moment));
}

/** A date with the time, e.g. "12 maart 2027 om 16:30". */
export function formatDateTime(moment: string | Date): string {
  return DAY_AND_TIME.format(toDate(moment));
}

/** A time of day, e.g. "14:03". */
export function formatTime(moment: string | Date): string {
  return TIME.format(toDate(moment));
}

/** The day as YYYY-MM-DD, for file names. */
export function isoDay(moment: string | Date): string {
  return ISO_DAY.format(toDate(moment));
}

/** Whether two moments fall on the same day in the Netherlands. */
export function sameDay(a: string | Date, b: string | Date): boolean {
  return isoDay(a) === isoDay(b);
}
