import type { GemeenteSettings } from '../schemas/gemeente';

export type StatusCode = 'A' | 'B' | 'C' | 'D';

export interface ComplianceStatus {
  code: StatusCode;
  /** The label DigiToegankelijk uses for the status. */
  label: string;
  /** Why this status follows, in one or two plain sentences. */
  reason: string;
}

const LABELS: Record<StatusCode, string> = {
  A: 'voldoet volledig',
  B: 'voldoet gedeeltelijk',
  C: 'eerste maatregelen genomen',
  D: 'voldoet niet',
};

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const addMonths = (date: Date, months: number) => {
  const next = new Date(date);
  next.setUTCMonth(next.getUTCMonth() + months);
  return next;
};
const formatDate = (iso: string) => new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' }).format(day(iso));

/**
 * The compliance status that honestly follows from the settings, by DigiToegankelijk's rules:
 * A or B need a full WCAG-EM audit of at most three years old (A: no failures); C needs an audit
 * planned within six months, and lasts six months from the statement; otherwise D.
 * Automatic tests alone never lift a site above D or C.
 */
export function complianceStatus(settings: GemeenteSettings['toegankelijkheid'], now: Date): ComplianceStatus {
  const status = (code: StatusCode, reason: string): ComplianceStatus => ({ code, label: LABELS[code], reason });
  const { onderzoek, onderzoekGepland, herzienOp } = settings;
  if (onderzoek && now < addMonths(day(onderzoek.datum), 36)) {
    return onderzoek.afwijkingen === 0
      ? status('A', `Een volledig onderzoek op ${formatDate(onderzoek.datum)} vond geen afwijkingen.`)
      : status(
          'B',
          `Een volledig onderzoek op ${formatDate(onderzoek.datum)} vond ${onderzoek.afwijkingen} van de 50 eisen waaraan de site nog niet voldoet.`,
        );
  }
  const statementEnds = addMonths(day(herzienOp), 6);
  if (onderzoekGepland && day(onderzoekGepland) <= statementEnds && now <= statementEnds && now <= day(onderzoekGepland)) {
    return status(
      'C',
      `Er is nog geen volledig onderzoek gedaan. Een onderzoek is gepland op ${formatDate(onderzoekGepland)}, binnen zes maanden.`,
    );
  }
  return status('D', 'Er is nog geen volledig onderzoek gedaan volgens WCAG-EM, en er is er geen gepland binnen zes maanden.');
}

export { formatDate as formatStatementDate };
