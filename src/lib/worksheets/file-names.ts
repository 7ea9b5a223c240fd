import { isoDay } from '../text/dates';

/** A file name for a worksheet download, e.g. "ja-tenzij-toets-buurthuis-de-linde-2026-12-06.docx". */
export function worksheetFileName(kind: string, name: string, extension: 'docx' | 'md', date: Date = new Date()): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${[kind, slug, isoDay(date)].filter(Boolean).join('-')}.${extension}`;
}
