import { DebriefReflection } from './DebriefReflection';

/** The four questions of a structured self-debrief, after a debrief as trainers run it. */
export const SELF_DEBRIEF_FIELDS = [
  { key: 'wat-gebeurde', prompt: 'Wat gebeurde er in dit scenario? Beschrijf het in uw eigen woorden.' },
  { key: 'waarom', prompt: 'Waarom koos u zoals u koos? Wat woog voor u het zwaarst?' },
  { key: 'volgende-keer', prompt: 'Wat doet u de volgende keer anders, en waarom?' },
  { key: 'mee-naar-werk', prompt: 'Wat neemt u mee naar uw eigen werk? Noem één ding dat u deze week doet.' },
] as const;

/** The reflection id of a self-debrief field: "scenario:<scenarioId>:nabespreking:<key>". */
export const selfDebriefId = (scenarioId: string, key: string) => `scenario:${scenarioId}:nabespreking:${key}`;

interface Props {
  scenarioId: string;
  moduleId: string;
  title: string;
}

/**
 * A printable self-debrief: four questions whose answers are saved as reflections, so they appear in
 * the leerlogboek with the module's other reflections and leave with its export.
 */
export function SelfDebrief({ scenarioId, moduleId, title }: Props) {
  return (
    <section class="jt-self-debrief" aria-labelledby={`${scenarioId}-zelf`}>
      <h3 id={`${scenarioId}-zelf`}>Uw eigen nabespreking</h3>
      <p>
        Schrijf kort op wat u van ‘{title}’ meeneemt. Uw antwoorden blijven in uw browser en staan daarna ook in uw leerlogboek. U kunt ze
        afdrukken voor een gesprek met uw leidinggevende of intervisiegroep.
      </p>
      {SELF_DEBRIEF_FIELDS.map((field) => (
        <DebriefReflection
          key={field.key}
          id={selfDebriefId(scenarioId, field.key)}
          moduleId={moduleId}
          prompt={field.prompt}
          fieldId={`${scenarioId}-zelf-${field.key}`}
        />
      ))}
      <div class="jt-scenario__actions jt-self-debrief__actions">
        <button type="button" class="nl-button nl-button--secondary" onClick={() => window.print()}>
          Druk uw nabespreking af
        </button>
      </div>
    </section>
  );
}
