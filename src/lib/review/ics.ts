/**
 * A calendar file (iCalendar, RFC 5545) with one all-day event: the reminder
 * for the next review. Made in the browser; nothing is sent anywhere.
 */

/** What goes into the reminder. */
export interface Reminder {
  /** The day of the event, as YYYY-MM-DD. */
  day: string;
  /** Unique and stable for the same reminder, so importing it again updates the event instead of adding one. */
  uid: string;
  /** When the file is made. */
  now: Date;
  summary: string;
  description: string;
  /** The full address of the review page. */
  url: string;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545, 3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Splits a content line into lines of at most 75 octets of UTF-8, each
 * continuation starting with a space (RFC 5545, 3.1). Never splits a
 * character (a code point) across two lines.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // A continuation line's leading space counts towards its 75 octets.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const basicDate = (day: string) => day.replaceAll('-', '');
const utcStamp = (moment: Date) =>
  moment
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** The day after `day` (YYYY-MM-DD), for the exclusive end of an all-day event. */
function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** The reminder as an .ics file: CRLF line endings, folded lines. */
export function reminderIcs(reminder: Reminder): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(reminder.day)) throw new Error(`Geen geldige dag: ${reminder.day}`);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Ja tenzij//Opfrissen//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(reminder.uid)}`,
    `DTSTAMP:${utcStamp(reminder.now)}`,
    `DTSTART;VALUE=DATE:${basicDate(reminder.day)}`,
    `DTEND;VALUE=DATE:${basicDate(nextDay(reminder.day))}`,
    `SUMMARY:${escapeText(reminder.summary)}`,
    `DESCRIPTION:${escapeText(reminder.description)}`,
    `URL:${reminder.url}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
