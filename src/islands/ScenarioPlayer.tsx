import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { transition } from 'xstate';
import type { Scenario, ScenarioNode } from '../lib/schemas/scenario';
import { createScenarioMachine } from '../lib/scenario/create-scenario-machine';
import { positionOf } from '../lib/scenario/scenario-position';
import { replayChoices } from '../lib/scenario/replay-choices';
import type { PathStep } from '../lib/scenario/scenario-types';
import { useActor } from '../lib/hooks/use-actor';
import { loadProgressClient } from '../lib/progress/lazy';
import type { ScenarioRun } from '../lib/progress/progress-schema';
import { MeterList, describeChanges } from './shared/MeterList';
import { Paragraphs } from './scenario/Paragraphs';
import { RATING_LABEL } from '../lib/text/labels';

type StudioComponent = typeof import('./scenario/DebriefStudio').DebriefStudio;

export interface ScenarioPlayerProps {
  scenario: Scenario;
  /** Choice ids of the shortest route to the best ending, computed at build time. */
  bestPath: string[];
  /** Link to the module, offered when the exercise cannot run. */
  moduleHref: string;
  /** The module folder, under which debrief reflections are stored. */
  moduleId: string;
}

/**
 * Plays a scenario: the situation, the choices as buttons, the feedback on a
 * choice, the meters, and at the end the outcome, the path taken and the best
 * path. Only renders and sends events; the machine decides what is possible.
 */
export default function ScenarioPlayer({ scenario, bestPath, moduleHref, moduleId }: ScenarioPlayerProps) {
  const machine = useMemo(() => createScenarioMachine(scenario), [scenario]);
  const nodes = useMemo(() => new Map(scenario.nodes.map((n) => [n.id, n])), [scenario]);
  const choices = useMemo(
    () => new Map(scenario.nodes.flatMap((n) => (n.choices ?? []).map((c) => [c.id, { choice: c, node: n }] as const))),
    [scenario],
  );
  const { snapshot, send, restart } = useActor(machine);
  const [ready, setReady] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  const position = positionOf(snapshot);
  const node = nodes.get(position.nodeId) as ScenarioNode;
  const path = snapshot.context.path;
  const lastStep: PathStep | undefined = path[path.length - 1];
  const idPrefix = `meter-${scenario.id}`;

  const [resumeNote, setResumeNote] = useState('');

  // The debrief studio (map, "Wat als…", charts, comparison, self-debrief) loads when a run ends: most
  // visits are spent playing, and the player stays small.
  const [Studio, setStudio] = useState<StudioComponent | null>(null);
  const [studioFailed, setStudioFailed] = useState(false);

  // Learner state loads when the page is idle (src/lib/progress/lazy.ts), which keeps it out of this bundle.
  // A saved run is resumed once, unless the learner already moved: its choices are replayed, and choices
  // removed from the scenario since are skipped and reported.
  useEffect(() => {
    setReady(true);
    const resume = (run: ScenarioRun | undefined) => {
      if (moved.current || !run || run.choices.length === 0) return;
      const result = replayChoices(machine, run.choices);
      restart(result.snapshot);
      const step = result.applied.length + 1;
      const gone = result.dropped.length;
      setResumeNote(
        gone
          ? `Het scenario is aangepast sinds uw vorige bezoek. ${gone === 1 ? 'Eén keuze' : `${gone} keuzes`} van u bestaat niet meer. U gaat verder bij stap ${step}.`
          : `U gaat verder waar u was gebleven, bij stap ${step}.`,
      );
    };
    loadProgressClient()
      .then((client) => client.read())
      .then(({ state }) => resume(Object.hasOwn(state.scenarios, scenario.id) ? state.scenarios[scenario.id] : undefined))
      // Without the store the player works as before; there is just no saved run.
      .catch(() => undefined);
  }, []);

  useEffect(() => {
    if (position.phase !== 'ending' || Studio) return;
    import('./scenario/DebriefStudio').then(
      (m) => setStudio(() => m.DebriefStudio),
      () => setStudioFailed(true),
    );
  }, [position.phase]);

  // After each move: focus the new heading and announce the result once, politely.
  const positionKey = `${position.phase}:${position.nodeId}:${path.length}`;
  useEffect(() => {
    if (!moved.current) return;
    headingRef.current?.focus();
    if (position.phase === 'deciding') setAnnouncement(`Stap ${path.length + 1}: ${node.title}.`);
    else if (position.phase === 'feedback' && lastStep)
      setAnnouncement(`Gevolg van uw keuze. ${describeChanges(scenario.meters, lastStep.before, lastStep.after)}.`);
    else if (node.ending) setAnnouncement(`Einde van het scenario: ${node.ending.title}. ${RATING_LABEL[node.ending.rating]}.`);
    // Saved after every move, so the learner can leave and come back; a move before the store has loaded waits for it.
    const run = {
      choices: path.map((s) => s.choiceId),
      currentNodeId: position.nodeId,
      outcomeNodeId: position.phase === 'ending' ? position.nodeId : null,
      meters: snapshot.context.meters,
    };
    loadProgressClient().then(
      (client) => client.saveScenarioRun(scenario.id, run),
      () => undefined,
    );
  }, [positionKey]);

  const act = (fn: () => void) => {
    moved.current = true;
    setResumeNote('');
    fn();
  };
  const goTo = (choiceIds: string[]) => act(() => restart(replayChoices(machine, choiceIds).snapshot));
  // From the debrief: the run up to a step, then (for "Wat als…") the other option, showing its feedback.
  const replayFrom = (choiceIds: string[], then?: string) =>
    act(() => {
      const { snapshot: at } = replayChoices(machine, choiceIds);
      restart(then ? transition(machine, at, { type: 'choice.select', choiceId: then })[0] : at);
    });
  const undo = () => goTo(path.slice(0, -1).map((s) => s.choiceId));
  const restartRun = () => goTo([]);

  const available = (node.choices ?? []).filter((c) => snapshot.can({ type: 'choice.select', choiceId: c.id }));
  const chosen = position.phase === 'feedback' ? choices.get(position.choiceId)?.choice : undefined;

  return (
    <div class="jt-scenario" data-scenario-id={scenario.id} data-ready={ready ? 'true' : undefined} data-phase={position.phase}>
      <div class="jt-scenario__status">
        <MeterList
          meters={scenario.meters}
          values={snapshot.context.meters}
          changes={position.phase === 'feedback' && lastStep ? diff(lastStep) : undefined}
          idPrefix={idPrefix}
        />
      </div>
      <p class="jt-visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>

      <div class="jt-scenario__stage">
        {resumeNote && (
          <p class="jt-scenario__resume" role="status">
            {resumeNote}
          </p>
        )}
        {!ready && (
          // Server-rendered only, and hidden from the first paint when scripting is on (global.css).
          <p class="jt-noscript">
            Voor deze oefening is JavaScript nodig. Hieronder leest u wel de situatie en de eerste keuzes. Zet JavaScript aan om te spelen,
            of <a href={moduleHref}>lees de module</a>.
          </p>
        )}
        {position.phase === 'deciding' && (
          <>
            <p class="jt-scenario__step">Stap {path.length + 1}</p>
            <h2 class="jt-scenario__title" tabIndex={-1} ref={headingRef}>
              {node.title}
            </h2>
            <Paragraphs text={node.text} />
            <h3 class="jt-scenario__ask" id={`${scenario.id}-vraag`}>
              Wat doet u?
            </h3>
            <ul class="jt-choices" aria-labelledby={`${scenario.id}-vraag`}>
              {available.map((choice) => (
                <li key={choice.id}>
                  <button
                    type="button"
                    class="nl-button nl-button--secondary jt-choice"
                    disabled={!ready}
                    onClick={() => act(() => send({ type: 'choice.select', choiceId: choice.id }))}
                  >
                    {choice.label}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}

        {position.phase === 'feedback' && chosen && lastStep && (
          <>
            <p class="jt-scenario__step">Stap {path.length}: gevolg</p>
            <h2 class="jt-scenario__title" tabIndex={-1} ref={headingRef}>
              Gevolg van uw keuze
            </h2>
            <p class="jt-scenario__chosen">
              <strong>U koos:</strong> {chosen.label}
            </p>
            <div class="jt-scenario__feedback">
              <Paragraphs text={chosen.feedback} />
            </div>
            <p class="jt-scenario__changes">Op de meters: {describeChanges(scenario.meters, lastStep.before, lastStep.after)}.</p>
            <div class="jt-scenario__actions">
              <button type="button" class="nl-button nl-button--primary" onClick={() => act(() => send({ type: 'scenario.continue' }))}>
                Verder
              </button>
            </div>
          </>
        )}

        {position.phase === 'ending' && node.ending && (
          <>
            <p class={`jt-scenario__rating jt-scenario__rating--${node.ending.rating}`}>{RATING_LABEL[node.ending.rating]}</p>
            <h2 class="jt-scenario__title" tabIndex={-1} ref={headingRef}>
              {node.ending.title}
            </h2>
            <Paragraphs text={node.text} />
            <h3>Nabespreking</h3>
            <Paragraphs text={node.ending.debrief} />

            {Studio ? (
              <Studio
                scenario={scenario}
                machine={machine}
                path={path}
                endingId={node.id}
                bestPath={bestPath}
                moduleId={moduleId}
                onReplay={replayFrom}
              />
            ) : (
              <p class="jt-scenario__loading" role="status">
                {studioFailed
                  ? 'De nabespreking kon niet worden geladen. Laad de pagina opnieuw; uw route is bewaard.'
                  : 'De nabespreking wordt geladen…'}
              </p>
            )}

            <div class="jt-scenario__actions">
              <button type="button" class="nl-button nl-button--primary" onClick={restartRun}>
                Opnieuw beginnen
              </button>
            </div>
          </>
        )}

        {position.phase !== 'ending' && path.length > 0 && (
          <div class="jt-scenario__secondary">
            <button type="button" class="nl-button nl-button--subtle" onClick={undo}>
              Vorige keuze ongedaan maken
            </button>
            <button type="button" class="nl-button nl-button--subtle" onClick={restartRun}>
              Opnieuw beginnen
            </button>
          </div>
        )}
      </div>
    </div>
  );
}

function diff(step: PathStep): Record<string, number> {
  return Object.fromEntries(Object.keys(step.after).map((id) => [id, (step.after[id] ?? 0) - (step.before[id] ?? 0)]));
}
