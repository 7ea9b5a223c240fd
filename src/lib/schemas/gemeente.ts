import { z } from 'astro/zod';

// The settings file is edited by a municipality's web team, not by developers: every message says
// in plain Dutch what to write instead. Field names are Dutch because they are what the team types.

const text = (what: string) =>
  z
    .string({ error: `${what} ontbreekt` })
    .trim()
    .min(1, `${what} is leeg`);

const webAddress = z.url({
  protocol: /^https?$/,
  error: 'moet een volledig webadres zijn dat begint met https://',
});

const emailAddress = z.email({ error: 'is geen geldig e-mailadres, zoals webteam@gemeente.nl' });

const phoneNumber = z
  .string({ error: 'schrijf het telefoonnummer als tekst, tussen aanhalingstekens' })
  .trim()
  .regex(/^\+?[0-9][0-9 ()-]{4,}[0-9]$/, 'is geen geldig telefoonnummer, zoals 14 050 of +31 50 123 45 67');

const isoDate = z
  .string({ error: 'schrijf de datum als jaar-maand-dag, bijvoorbeeld 2027-06-30' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'schrijf de datum als jaar-maand-dag, bijvoorbeeld 2027-06-30')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), 'is geen bestaande datum');

/** Rejects misspelled field names, which would otherwise be ignored without a word. */
const strict = <T extends z.ZodRawShape>(shape: T) =>
  z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `onbekend veld ${issue.keys.map((k) => `"${k}"`).join(', ')}; controleer de spelling`
        : undefined,
  });

/** A way to reach people: a name plus at least one of e-mail, phone or web page. */
export const ContactSchema = strict({
  /** Who answers, e.g. "Team Digitale Dienstverlening" or "Loket Initiatieven". */
  naam: text('naam'),
  email: emailAddress.optional(),
  telefoon: phoneNumber.optional(),
  /** A contact form or page. */
  url: webAddress.optional(),
}).refine((contact) => contact.email || contact.telefoon || contact.url, {
  message: 'geef minstens een e-mailadres (email), telefoonnummer (telefoon) of webadres (url)',
});
export type Contact = z.output<typeof ContactSchema>;

/** The municipality's own rules and schemes; the "In onze gemeente" boxes show the ones that are set. */
export const LocalLinksSchema = strict({
  participatieverordening: webAddress.optional(),
  uitdaagrecht: webAddress.optional(),
  vrijwilligersverzekering: webAddress.optional(),
  subsidieInitiatieven: webAddress.optional(),
});
export type LocalLinkKey = keyof z.output<typeof LocalLinksSchema>;

/** Schema of gemeente.config.yaml: everything that makes the site the municipality's own. */
export const GemeenteSchema = strict({
  /** The name as it reads in a sentence: "het programma van de gemeente Zwolle" (default: "onze gemeente"). */
  naam: text('naam'),
  /** The short name for headings and tight places: "In Zwolle". */
  korteNaam: text('korte naam'),
  /** The logo, shown in the footer. Optional. */
  logo: strict({
    /** Path from the project folder, e.g. src/assets/logo.svg (SVG or PNG). */
    bestand: text('bestand').regex(/\.(svg|png)$/i, 'gebruik een SVG- of PNG-bestand'),
    /** Alternative text for screen readers, e.g. "Logo gemeente Zwolle". */
    alt: text('alt-tekst'),
  }).optional(),
  thema: strict({
    /** Path from the project folder to the NL Design System token file (see README, "Rebranding"). */
    bestand: text('bestand').regex(/\.css$/, 'moet een CSS-bestand zijn'),
    /** The browser's bar colour on phones, e.g. "#5115ef". */
    kleur: z.string({ error: 'kleur ontbreekt' }).regex(/^#[0-9a-fA-F]{6}$/, 'schrijf de kleur als #rrggbb, bijvoorbeeld "#5115ef"'),
  }),
  contact: strict({
    /** For questions about the site itself: accessibility, privacy, mistakes. */
    site: ContactSchema,
    /** "Het loket": where residents and colleagues go with an initiative. Optional. */
    loket: ContactSchema.optional(),
  }),
  links: LocalLinksSchema.default({}),
  /** For /.well-known/security.txt (RFC 9116). */
  beveiliging: strict({
    /** Where to report a vulnerability: an e-mail address or a web page. Default: the site contact. */
    email: emailAddress.optional(),
    url: webAddress.optional(),
    /** The last day the security contact is promised to be right. At most one year ahead. */
    geldigTot: isoDate,
    /** The page that explains how reports are handled, e.g. SECURITY.md in the repository. */
    beleid: webAddress.optional(),
  }),
  /** For the toegankelijkheidsverklaring at /toegankelijkheid/. */
  toegankelijkheid: strict({
    /** The day someone last checked the statement and these settings. */
    herzienOp: isoDate,
    /** A planned WCAG-EM audit of all 50 requirements, if one is booked. */
    onderzoekGepland: isoDate.optional(),
    /** A finished WCAG-EM audit of the whole site. */
    onderzoek: strict({
      datum: isoDate,
      /** Who did the audit. */
      door: text('uitvoerder'),
      /** The published report. */
      rapport: webAddress,
      /** How many of the 50 requirements the site did not meet. */
      afwijkingen: z.number({ error: 'aantal afwijkingen ontbreekt' }).int().min(0).max(50),
    }).optional(),
  }),
  /** For the packages for a learning management system (npm run package:lms, docs/lms.md). */
  lms: strict({
    /** The share of knowledge-check questions a learner needs right to pass ("mastery score"), 0 to 1. */
    slaaggrens: z
      .number({ error: 'schrijf een getal tussen 0 en 1, zoals 0.7' })
      .min(0, 'is kleiner dan 0; schrijf een getal tussen 0 en 1, zoals 0.7')
      .max(1, 'is groter dan 1; schrijf 70 procent als 0.7'),
  }).default({ slaaggrens: 0.7 }),
});

export type GemeenteSettings = z.output<typeof GemeenteSchema>;
