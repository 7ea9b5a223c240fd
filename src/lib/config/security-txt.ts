import type { GemeenteSettings } from '../schemas/gemeente';

/** The end of the day `geldigTot` (UTC), as RFC 9116's Expires field wants it. */
export function expiresAt(date: string): Date {
  return new Date(`${date}T23:59:59Z`);
}

/**
 * RFC 9116 asks for an Expires date and advises less than a year ahead, so that a forgotten file
 * stops being trusted. The build holds the settings to that: the date may not have passed, nor lie
 * more than one year after the build. Returns the problem in Dutch, or undefined when the date is fine.
 */
export function checkExpires(date: string, now: Date): string | undefined {
  const expires = expiresAt(date);
  const yearAhead = new Date(now);
  yearAhead.setUTCFullYear(yearAhead.getUTCFullYear() + 1);
  if (expires.getTime() <= now.getTime()) {
    return `veld "beveiliging.geldigTot": ${date} is voorbij. Controleer het beveiligingscontact en zet een nieuwe datum, binnen een jaar na vandaag.`;
  }
  if (expires.getTime() > yearAhead.getTime()) {
    return `veld "beveiliging.geldigTot": ${date} ligt meer dan een jaar vooruit. Kies een datum binnen een jaar, zodat het contact elk jaar wordt nagekeken.`;
  }
  return undefined;
}

/** The Contact lines: the security contact if set, else the site contact. RFC 9116 needs at least one. */
export function securityContacts(settings: GemeenteSettings): string[] {
  const { beveiliging, contact } = settings;
  const own = [beveiliging.email && `mailto:${beveiliging.email}`, beveiliging.url].filter((v): v is string => !!v);
  if (own.length) return own;
  const site = contact.site;
  return [site.email && `mailto:${site.email}`, site.url, site.telefoon && `tel:${site.telefoon.replace(/[^+0-9]/g, '')}`].filter(
    (v): v is string => !!v,
  );
}

/** The text of /.well-known/security.txt. `canonical` is the file's own full address. */
export function buildSecurityTxt(settings: GemeenteSettings, canonical: string): string {
  const lines = [
    ...securityContacts(settings).map((c) => `Contact: ${c}`),
    `Expires: ${expiresAt(settings.beveiliging.geldigTot).toISOString().replace('.000Z', 'Z')}`,
    'Preferred-Languages: nl, en',
    `Canonical: ${canonical}`,
  ];
  if (settings.beveiliging.beleid) lines.push(`Policy: ${settings.beveiliging.beleid}`);
  return `${lines.join('\n')}\n`;
}
