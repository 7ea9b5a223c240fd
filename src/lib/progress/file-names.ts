import { isoDay } from '../text/dates';

/** The file name for an export, e.g. "ja-tenzij-leerlogboek-2026-11-30.json". */
export function exportFileName(format: 'json' | 'md', date: Date = new Date()): string {
  return `ja-tenzij-leerlogboek-${isoDay(date)}.${format}`;
}

/** The file name for a download of unreadable stored data, e.g. "ja-tenzij-onleesbare-gegevens-2026-11-30.txt". */
export function recoveryFileName(date: Date = new Date()): string {
  return `ja-tenzij-onleesbare-gegevens-${isoDay(date)}.txt`;
}
