import type { DataArea, DataProblem } from '../progress/stored-data';

/**
 * Dutch names for the parts of the learner data, in one table. A part is
 * named in two places: in the notice about stored data that could not be read
 * (`dropped`, inside a sentence) and in the list of problems of a refused
 * import file (`inFile`, at the start of a sentence). Each has the name of the
 * whole collection and of one entry.
 */
const AREA_LABELS: Readonly<Record<DataArea, { dropped: [whole: string, one: string]; inFile: [whole: string, one: string] }>> = {
  sections: { dropped: ['alle gelezen onderdelen', 'gelezen onderdelen van module'], inFile: ['De gelezen onderdelen', 'Leesvoortgang'] },
  checks: {
    dropped: ['alle antwoorden van de kennischecks', 'antwoorden van de kennischeck van module'],
    inFile: ['De kennischecks', 'Kennischeck'],
  },
  scenarios: { dropped: ['alle scenario’s', 'scenario'], inFile: ['De scenario’s', 'Scenario'] },
  scenarioHistory: {
    dropped: ['alle afgeronde rondes van scenario’s', 'de afgeronde rondes van scenario'],
    inFile: ['De afgeronde scenariorondes', 'De lijst van afgeronde rondes van scenario'],
  },
  reflections: { dropped: ['alle reflecties', 'reflectie'], inFile: ['De reflecties', 'Reflectie'] },
  deletedReflections: {
    dropped: ['de lijst van verwijderde reflecties', 'verwijderde reflectie'],
    inFile: ['De verwijderde reflecties', 'Verwijderde reflectie'],
  },
  worksheets: { dropped: ['alle werkbladen', 'werkblad'], inFile: ['De werkbladen', 'Werkblad'] },
  deletedWorksheets: {
    dropped: ['de lijst van verwijderde werkbladen', 'verwijderd werkblad'],
    inFile: ['De verwijderde werkbladen', 'Verwijderd werkblad'],
  },
  review: { dropped: ['alle herhaalvragen', 'herhaalvraag'], inFile: ['De herhaalvragen', 'Herhaalvraag'] },
  lastPlace: {
    dropped: ['de laatste pagina die u bezocht', 'de laatste pagina die u bezocht'],
    inFile: ['De laatst bezochte pagina', 'De laatst bezochte pagina'],
  },
  lastExportAt: {
    dropped: ['de datum van uw laatste export', 'de datum van uw laatste export'],
    inFile: ['De datum van de laatste export', 'De datum van de laatste export'],
  },
  clearedAt: {
    dropped: ['de datum waarop u alles wiste', 'de datum waarop u alles wiste'],
    inFile: ['De datum van wissen', 'De datum van wissen'],
  },
};

/** Dutch names of the fields of an entry, for "Reflectie 3 mist de tekst." */
const FIELD_NAMES: Readonly<Record<string, string>> = {
  id: 'de id',
  moduleId: 'de module',
  prompt: 'de vraag',
  text: 'de tekst',
  created: 'de datum van schrijven',
  updated: 'de datum van de laatste wijziging',
  updatedAt: 'de datum van de laatste wijziging',
  optionId: 'het gekozen antwoord',
  correct: 'de uitslag (goed of fout)',
  answeredAt: 'de datum van het antwoord',
  choices: 'de keuzes',
  currentNodeId: 'de huidige stap',
  outcomeNodeId: 'het einde',
  meters: 'de meters',
  startedAt: 'de startdatum',
  url: 'het adres',
  title: 'de titel',
  at: 'de datum',
  finishedAt: 'de einddatum',
  kind: 'de soort',
  values: 'de ingevulde vakken',
  itemId: 'de id',
  due: 'de datum van herhalen',
  stability: 'de stabiliteit',
  difficulty: 'de moeilijkheid',
  elapsedDays: 'het aantal dagen sinds de vorige keer',
  scheduledDays: 'het aantal dagen tot de volgende keer',
  learningSteps: 'de leerstap',
  reps: 'het aantal herhalingen',
  lapses: 'het aantal keer vergeten',
  state: 'de fase',
  lastReview: 'de datum van de laatste herhaling',
  addedAt: 'de datum van toevoegen',
};

/** Fields whose Dutch name is plural ("de keuzes zijn te lang"). */
const PLURAL_FIELDS: ReadonlySet<string> = new Set(['choices', 'meters', 'values']);

// Keys come from untrusted data: show a short, printable form.
function show(key: string | null): string {
  if (key === null) return '';
  const printable = key.replace(/[^\p{L}\p{N}\p{M}:._ -]/gu, '?');
  return ` "${printable.length > 60 ? `${printable.slice(0, 60)}…` : printable}"`;
}

/** A Dutch name of a part dropped from stored data, e.g. `reflectie "a1-eigen-vakkennis"`. */
export function describeDroppedPart(problem: DataProblem): string {
  const [whole, one] = AREA_LABELS[problem.area].dropped;
  if (problem.itemPosition !== null) {
    if (problem.area === 'sections') return `gelezen onderdeel${show(problem.key)}`;
    if (problem.area === 'scenarioHistory') return `afgeronde ronde ${problem.itemPosition} van scenario${show(problem.key)}`;
    return `antwoord op vraag${show(problem.key)}`;
  }
  return problem.position === 0 ? whole : `${one}${show(problem.key)}`;
}

/** A Dutch sentence for one problem in an import file, e.g. "Reflectie 3 mist de tekst." */
export function describeImportProblem(problem: DataProblem): string {
  const [whole, one] = AREA_LABELS[problem.area].inFile;
  if (problem.position === 0 && problem.problem === 'not-an-object' && problem.area !== 'lastPlace')
    return `${whole} in het bestand hebben de verkeerde vorm.`;
  const label =
    problem.itemPosition !== null
      ? problem.area === 'sections'
        ? `Onderdeel ${problem.itemPosition} van leesvoortgang ${problem.position}`
        : problem.area === 'scenarioHistory'
          ? `Afgeronde ronde ${problem.itemPosition} van scenario ${problem.position}`
          : `Antwoord ${problem.itemPosition} van kennischeck ${problem.position}`
      : problem.position === 0
        ? one
        : `${one} ${problem.position}`;
  const field = problem.field === null ? null : Object.hasOwn(FIELD_NAMES, problem.field) ? FIELD_NAMES[problem.field]! : 'een veld';
  const plural = problem.field !== null && PLURAL_FIELDS.has(problem.field);
  switch (problem.problem) {
    case 'bad-key':
      return `${label} heeft een naam die niet klopt.`;
    case 'id-mismatch':
      return `${label} heeft een id die niet past bij de naam.`;
    case 'not-an-object':
      return `${label} heeft de verkeerde vorm.`;
    case 'missing':
      return `${label} mist ${field ?? 'een veld'}.`;
    case 'too-long':
      return `${label}: ${field ?? 'de waarde'} ${plural ? 'zijn' : 'is'} te lang.`;
    case 'invalid':
      return field === null ? `${label} klopt niet.` : `${label}: ${field} ${plural ? 'kloppen' : 'klopt'} niet.`;
  }
}
