/**
 * Dates and times as Dutch text. One rule for the whole site: the site is for
 * Dutch municipalities, so every moment is shown in Europe/Amsterdam, whatever
 * time zone the browser or the build machine is in.
 */

/** The time zone for every date and time shown to learners and trainers. */
export const TIME_ZONE = 'Europe/Amsterdam';

// Each formatter is made on first use: building the four at load took about 60 ms in a profile of
// the workshop page, and most pages load this file without ever showing a date.
function lazyFormat(locale: string, options: Intl.DateTimeFormatOptions): () => Intl.DateTimeFormat {
  let format: Intl.DateTimeFormat | undefined;
  return () => (format ??= new Intl.DateTimeFormat(locale, { ...options, timeZone: TIME_ZONE }));
}

const DAY = lazyFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
const DAY_AND_TIME = lazyFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short' });
const TIME = lazyFormat('nl-NL', { hour: '2-digit', minute: '2-digit' });
// en-CA writes dates as YYYY-MM-DD.
const ISO_DAY = lazyFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' });

const toDate = (moment: string | Date) => (typeof moment === 'string' ? new Date(moment) : moment);

/** A date as Dutch text, e.g. "30 november 2026". */
export function formatDate(moment: string | Date): string {
  return DAY().format(toDate(moment));
}

/** A date with the time, e.g. "12 maart 2027 om 16:30". */
export function formatDateTime(moment: string | Date): string {
  return DAY_AND_TIME().format(toDate(moment));
}

/** A time of day, e.g. "14:03". */
export function formatTime(moment: string | Date): string {
  return TIME().format(toDate(moment));
}

/** The day as YYYY-MM-DD, for file names. */
export function isoDay(moment: string | Date): string {
  return ISO_DAY().format(toDate(moment));
}

/** Whether two moments fall on the same day in the Netherlands. */
export function sameDay(a: string | Date, b: string | Date): boolean {
  return isoDay(a) === isoDay(b);
}
