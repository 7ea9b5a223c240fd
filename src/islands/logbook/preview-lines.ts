import type { ImportPreview } from '../../lib/progress/import-merge';
import { countOf } from '../../lib/text/plural';

/** What an import would change, one line per kind, for the learner to confirm. */
export function previewLines(preview: ImportPreview): string[] {
  return [
    `${countOf(preview.reflections.added.length, 'nieuwe reflectie', 'nieuwe reflecties')} erbij`,
    `${countOf(preview.reflections.updated.length, 'reflectie', 'reflecties')} bijgewerkt (nieuwer in het bestand)`,
    `${countOf(preview.reflections.unchanged.length, 'reflectie', 'reflecties')} al hetzelfde`,
    `${countOf(preview.reflections.ignored.length, 'reflectie', 'reflecties')} ouder in het bestand: die laten we staan`,
    `${countOf(preview.scenarioRuns.added + preview.scenarioRuns.updated, 'scenario', "scenario's")} erbij of bijgewerkt`,
    `${countOf(preview.checkAnswers.added + preview.checkAnswers.updated, 'antwoord', 'antwoorden')} op kennischecks erbij of bijgewerkt`,
    `${countOf(preview.sectionsRead.added, 'gelezen onderdeel', 'gelezen onderdelen')} erbij`,
    `${countOf(preview.worksheets.added, 'nieuw werkblad', 'nieuwe werkbladen')} erbij`,
    `${countOf(preview.worksheets.updated, 'werkblad', 'werkbladen')} bijgewerkt (nieuwer in het bestand)`,
    `${countOf(preview.worksheets.ignored, 'werkblad', 'werkbladen')} ouder in het bestand: die laten we staan`,
    `${countOf(preview.finishedRuns.added, 'afgeronde scenarioronde', 'afgeronde scenariorondes')} erbij`,
    `${countOf(preview.reviewCards.added + preview.reviewCards.updated, 'herhaalvraag', 'herhaalvragen')} erbij of bijgewerkt`,
  ];
}
