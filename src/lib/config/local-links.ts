import type { Contact, GemeenteSettings, LocalLinkKey } from '../schemas/gemeente';

/** What a module's "In onze gemeente" box may point to: the local rules, and the loket. */
export const LOCAL_ITEMS = [
  'participatieverordening',
  'uitdaagrecht',
  'vrijwilligersverzekering',
  'subsidieInitiatieven',
  'loket',
] as const;
export type LocalItem = (typeof LOCAL_ITEMS)[number];

export type LocalEntry = { kind: 'link'; key: LocalLinkKey; href: string; label: string } | { kind: 'loket'; contact: Contact };

const label = (key: LocalLinkKey, s: GemeenteSettings): string =>
  ({
    participatieverordening: `De participatieverordening van ${s.naam}`,
    uitdaagrecht: `Het uitdaagrecht: zo vraagt u in ${s.korteNaam} een taak over te nemen`,
    vrijwilligersverzekering: `De vrijwilligersverzekering van ${s.naam}`,
    subsidieInitiatieven: `Subsidie voor initiatieven van bewoners in ${s.korteNaam}`,
  })[key];

/** Splits `links="uitdaagrecht loket"` into items; returns the unknown words separately. */
export function parseLocalItems(value: string): { items: LocalItem[]; unknown: string[] } {
  const words = value.split(/[\s,]+/).filter(Boolean);
  const known = (w: string): w is LocalItem => (LOCAL_ITEMS as readonly string[]).includes(w);
  return { items: words.filter(known), unknown: words.filter((w) => !known(w)) };
}

/** The entries a box shows: only those the settings fill in, in the order the author asked for. */
export function localEntries(items: readonly LocalItem[], settings: GemeenteSettings): LocalEntry[] {
  return items.flatMap((item): LocalEntry[] => {
    if (item === 'loket') return settings.contact.loket ? [{ kind: 'loket', contact: settings.contact.loket }] : [];
    const href = settings.links[item];
    return href ? [{ kind: 'link', key: item, href, label: label(item, settings) }] : [];
  });
}
