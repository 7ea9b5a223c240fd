import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, reminderIcs } from '../../../src/lib/review/ics';
import { reviewReminder } from '../../../src/lib/review/reminder';

const octets = (text: string) => new TextEncoder().encode(text).length;
/** Undoes folding (RFC 5545, 3.1): a CRLF followed by one space or tab is removed. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

describe('foldLine', () => {
  it('leaves a line of 75 octets alone and folds a longer one with CRLF and a space', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('counts octets, not characters, and never splits a character', () => {
    const line = `DESCRIPTION:${'ë'.repeat(40)}`; // 12 + 80 octets
    const parts = foldLine(line).split('\r\n');
    expect(parts.map(octets).every((n) => n <= 75)).toBe(true);
    expect(parts[0]).toBe(`DESCRIPTION:${'ë'.repeat(31)}`); // 12 + 62 = 74 octets; one more "ë" would make 76
    expect(unfold(foldLine(line))).toBe(line);
  });

  it('gives lines of at most 75 octets that unfold to the original, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const folded = foldLine(text);
        for (const part of folded.split('\r\n')) expect(octets(part)).toBeLessThanOrEqual(75);
        expect(unfold(folded)).toBe(text);
      }),
    );
  });
});

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('Ja, tenzij; zie C:\\map\nen verder\r\nklaar')).toBe('Ja\\, tenzij\\; zie C:\\\\map\\nen verder\\nklaar');
  });
});

describe('reminderIcs and reviewReminder', () => {
  const now = new Date('2026-12-06T10:15:30.123Z');
  // 23:30 UTC on 8 December is 00:30 on 9 December in the Netherlands.
  const { fileName, text } = reviewReminder('2026-12-08T23:30:00.000Z', now, 'https://leren.example.nl/ja-tenzij/opfrissen/');

  it('is one all-day event on the day of the review in the Netherlands, with CRLF line endings', () => {
    expect(fileName).toBe('ja-tenzij-opfrissen-2026-12-09.ics');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = unfold(text).trimEnd().split('\r\n');
    expect(lines.slice(0, 6)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Ja tenzij//Opfrissen//NL',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
    ]);
    expect(lines).toContain('UID:opfrissen-2026-12-09@leren.example.nl');
    expect(lines).toContain('DTSTAMP:20261206T101530Z');
    expect(lines).toContain('DTSTART;VALUE=DATE:20261209');
    expect(lines).toContain('DTEND;VALUE=DATE:20261210');
    expect(lines).toContain('SUMMARY:Opfrissen: Ja\\, tenzij');
    expect(lines).toContain('URL:https://leren.example.nl/ja-tenzij/opfrissen/');
    expect(lines.slice(-2)).toEqual(['END:VEVENT', 'END:VCALENDAR']);
  });

  it('names the review page in the description and folds that long line', () => {
    const description = unfold(text)
      .split('\r\n')
      .find((l) => l.startsWith('DESCRIPTION:'))!;
    expect(description).toContain('https://leren.example.nl/ja-tenzij/opfrissen/');
    expect(text.split('\r\n').every((line) => octets(line) <= 75)).toBe(true);
    expect(text).toContain('\r\n ');
  });

  it('ends an event on the last day of a month or year on the next day', () => {
    const ics = reminderIcs({ day: '2026-12-31', uid: 'x', now, summary: 's', description: 'd', url: 'https://a.nl/' });
    expect(ics).toContain('DTEND;VALUE=DATE:20270101\r\n');
  });

  it('refuses a day that is not YYYY-MM-DD', () => {
    expect(() => reminderIcs({ day: '9-12-2026', uid: 'x', now, summary: 's', description: 'd', url: 'https://a.nl/' })).toThrow();
  });
});
