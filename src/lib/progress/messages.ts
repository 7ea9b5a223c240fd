import { formatDate } from '../text/dates';
import { countOf, formatNumber } from '../text/plural';
import { LIMITS } from './limits';
import type { ProgressState } from './progress-schema';

export { STORAGE_NOTICES } from './storage-notices';

/** Texts for the learner when stored data could not be read, in Dutch at B1 level. */
export const RECOVERY_NOTICES = {
  /** Nothing could be read. */
  corrupt:
    'Uw opgeslagen voortgang was beschadigd. Wij konden die niet lezen. Daarom begint u opnieuw. ' +
    'De oude gegevens zijn niet weggegooid. U kunt ze downloaden.',
  /** Written by a newer version of the site. */
  newerVersion:
    'Uw opgeslagen voortgang komt van een nieuwere versie van deze site. Deze versie kan die niet lezen. ' +
    'Daarom begint u opnieuw. De oude gegevens zijn niet weggegooid. U kunt ze downloaden.',
  /** Added when the unreadable data could not be kept aside in the browser. */
  notKeptAside: 'Let op: er was geen plek om de oude gegevens apart te bewaren. Download ze eerst. Tot dan slaan wij niets op.',
} as const;

/** The notice when some stored parts could not be read; `count` is how many. */
export function partialRecoveryNotice(count: number): string {
  const parts = count === 1 ? 'één onderdeel' : countOf(count, 'onderdeel', 'onderdelen');
  return (
    `Een deel van uw opgeslagen voortgang was beschadigd. Wij konden ${parts} niet lezen. De rest staat er nog. ` +
    'De oude gegevens zijn niet weggegooid. U kunt ze downloaden.'
  );
}

/**
 * Texts for a change the store refuses, in Dutch at B1 level. The two with numbers are getters: every
 * page loads this file, and formatting a number at load builds Intl's number data in the page's first task.
 */
export const INVALID_NOTICES = {
  /** The reflection is longer than `LIMITS.reflectionText`. */
  get textTooLong() {
    return `Uw tekst is te lang. Een reflectie mag hoogstens ${formatNumber(LIMITS.reflectionText)} tekens hebben. Maak de tekst korter.`;
  },
  /** A worksheet title longer than `LIMITS.title` or a field longer than `LIMITS.worksheetField`. */
  get worksheetTooLong() {
    return (
      `Uw tekst is te lang. De naam van een werkblad mag hoogstens ${formatNumber(LIMITS.title)} tekens hebben, ` +
      `een vak van een werkblad hoogstens ${formatNumber(LIMITS.worksheetField)} tekens. Maak de tekst korter.`
    );
  },
  /** Any other invalid value; a programming error rather than something the learner did. */
  invalid: 'Dit kunnen wij niet opslaan, want de gegevens kloppen niet.',
} as const;

/** "Uw laatste export was op …" for the export button, or a hint when the learner never exported. */
export function lastExportText(state: Pick<ProgressState, 'lastExportAt'>): string {
  return state.lastExportAt === null ? 'U heeft nog geen export gemaakt.' : `Uw laatste export was op ${formatDate(state.lastExportAt)}.`;
}
