import type { ModuleProgress } from '../progress/module-status';
import type { ModuleOutline } from '../content/module-outline';
import { countOf } from '../text/plural';

/** The parts of a module in words, e.g. "Gelezen: 2 van 4 onderdelen". */
export function describeParts(progress: ModuleProgress, outline: ModuleOutline): string[] {
  const lines = [`Gelezen: ${progress.sections.read} van ${countOf(progress.sections.total, 'onderdeel', 'onderdelen')}`];
  if (outline.questionCount > 0) {
    lines.push(
      progress.check.answered === 0
        ? 'Kennischeck: nog niet gemaakt'
        : `Kennischeck: ${progress.check.answered} van ${countOf(progress.check.total, 'vraag', 'vragen')} beantwoord, ${progress.check.correct} goed`,
    );
  }
  if (outline.scenarioId)
    lines.push(
      progress.scenario.finished ? 'Scenario: uitgespeeld' : progress.scenario.started ? 'Scenario: bezig' : 'Scenario: nog niet gespeeld',
    );
  if (outline.reflections.length > 0)
    lines.push(`Reflecties: ${progress.reflections.written} van ${progress.reflections.total} geschreven`);
  return lines;
}
