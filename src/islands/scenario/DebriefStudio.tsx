import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Scenario } from '../../lib/schemas/scenario';
import type { ScenarioMachine } from '../../lib/scenario/create-scenario-machine';
import type { PathStep } from '../../lib/scenario/scenario-types';
import { firstCoreMistake } from '../../lib/scenario/core-mistake';
import { whatIfAt } from '../../lib/scenario/what-if';
import { runMarks, splitNode } from '../../lib/scenario/run-marks';
import { borrowMap, findScenarioMap, markRun, markSplit } from '../../lib/browser/scenario-map';
import { finishedRuns, type FinishedRun } from '../../lib/learner/scenario-history';
import { useProgress } from '../../lib/hooks/use-progress';
import { describeChanges } from '../shared/MeterList';
import { DebriefReflection } from './DebriefReflection';
import { MeterCharts } from './MeterCharts';
import { RunComparison, defaultPair } from './RunComparison';
import { SelfDebrief } from './SelfDebrief';
import { WhatIfPanel } from './WhatIfPanel';

export interface DebriefStudioProps {
  scenario: Scenario;
  machine: ScenarioMachine;
  path: PathStep[];
  endingId: string;
  /** Choice ids of the shortest route to the best ending. */
  bestPath: string[];
  moduleId: string;
  /** Restarts the run from these choices; `then` takes one more choice and shows its feedback. */
  onReplay: (choices: string[], then?: string) => void;
}

const NO_RUNS: readonly FinishedRun[] = [];
const sameRun = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, i) => b[i] === id);

/**
 * The debrief at the end of a run, loaded only then: the map with this run (and a compared one), the
 * route with "Wat als…" at every decision, the meters over time, earlier runs, and the self-debrief.
 */
export function DebriefStudio({ scenario, machine, path, endingId, bestPath, moduleId, onReplay }: DebriefStudioProps) {
  const nodes = useMemo(() => new Map(scenario.nodes.map((n) => [n.id, n])), [scenario]);
  const labels = useMemo(() => new Map(scenario.nodes.flatMap((n) => (n.choices ?? []).map((c) => [c.id, c.label] as const))), [scenario]);
  const choices = path.map((s) => s.choiceId);
  const routeKey = choices.join(' ');
  const ending = nodes.get(endingId)!.ending!;
  const closing = firstCoreMistake(scenario, choices);
  const divergeAt = bestPath.findIndex((id, i) => choices[i] !== id);
  const runs = useProgress((state) => finishedRuns(state, scenario.id)) ?? NO_RUNS;
  const [picked, setPicked] = useState<[number, number] | null>(null);
  const pair = defaultPair(runs.length, picked);
  const compared = runs.length > 1 ? [runs[pair[0]], runs[pair[1]]].find((run) => run && !sameRun(run.choices, choices)) : undefined;

  const [open, setOpen] = useState<number | null>(null);
  const whatIf = useMemo(() => (open === null ? null : whatIfAt(scenario, machine, choices, open)), [open, routeKey]);
  const focusPanel = useRef(false);
  const mapSlot = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<HTMLElement | null>(null);
  const id = `debrief-${scenario.id}`;

  // The server-rendered map moves into the debrief and comes back when the learner leaves the ending.
  useEffect(() => {
    const found = findScenarioMap(scenario.id);
    if (!found || !mapSlot.current) return;
    const giveBack = borrowMap(found, mapSlot.current);
    setMap(found);
    return () => {
      markRun(found, 'own', null);
      markRun(found, 'compare', null);
      markSplit(found, null);
      giveBack();
    };
  }, []);

  useEffect(() => {
    if (!map) return;
    markRun(map, 'own', runMarks(scenario, choices, endingId));
    // Where the run left the best route, unless it reached the best ending by a route of its own.
    markSplit(map, ending.rating === 'best' ? null : splitNode(scenario, choices, bestPath));
  }, [map, routeKey, endingId]);

  useEffect(() => {
    if (!map) return;
    markRun(map, 'compare', compared ? runMarks(scenario, compared.choices, compared.outcomeNodeId) : null);
  }, [map, compared]);

  // A box of this run on the map opens "Wat als…" for that step; other boxes lead to the map's text.
  useEffect(() => {
    if (!map) return;
    const onClick = (event: MouseEvent) => {
      const box = (event.target as Element).closest('.jt-map__link')?.closest<SVGElement>('[data-node]');
      const index = box ? path.findIndex((s) => s.nodeId === box.dataset.node) : -1;
      if (index === -1) return;
      event.preventDefault();
      focusPanel.current = true;
      setOpen(index);
    };
    map.addEventListener('click', onClick);
    return () => map.removeEventListener('click', onClick);
  }, [map, routeKey]);

  useEffect(() => {
    if (!focusPanel.current || open === null) return;
    focusPanel.current = false;
    document.getElementById(`${id}-watals-${open}-titel`)?.focus();
  }, [open]);

  return (
    <div class="jt-debrief">
      {closing && (
        <div class="jt-debrief__closing jt-box">
          <h3>Hier ging de beste uitkomst dicht</h3>
          <p>
            Bij stap {choices.indexOf(closing.choiceId) + 1} koos u: <strong>{closing.label}</strong>. Dat is een kernfout: {closing.reason}{' '}
            Daarna was de beste uitkomst niet meer te halen.
          </p>
        </div>
      )}

      <div class="jt-debrief__map" ref={mapSlot} />

      <h3 id={`${id}-route`}>Uw route</h3>
      <p>Kies bij een stap ‘Wat als…’ om te zien waar de andere keuzes heen hadden geleid. Daarna kunt u vanaf die stap verder spelen.</p>
      <ol class="jt-route" aria-labelledby={`${id}-route`}>
        {path.map((step, i) => (
          <li key={`${i}-${step.choiceId}`}>
            <span class="jt-route__node">{nodes.get(step.nodeId)?.title}</span>
            <span class="jt-route__choice">U koos: {labels.get(step.choiceId)}</span>
            <span class="jt-route__effect">Effect: {describeChanges(scenario.meters, step.before, step.after)}.</span>
            <span class="jt-route__buttons">
              <button
                type="button"
                class="nl-button nl-button--secondary"
                aria-expanded={open === i}
                aria-controls={`${id}-watals-${i}`}
                onClick={() => setOpen(open === i ? null : i)}
              >
                Wat als u hier anders had gekozen?<span class="jt-visually-hidden"> (stap {i + 1})</span>
              </button>
              <button type="button" class="nl-button nl-button--subtle jt-route__retry" onClick={() => onReplay(choices.slice(0, i))}>
                Terug naar stap {i + 1}
              </button>
            </span>
            {open === i && whatIf && (
              <WhatIfPanel
                whatIf={whatIf}
                meters={scenario.meters}
                id={`${id}-watals-${i}`}
                onPlay={(choiceId) => onReplay(choices.slice(0, i), choiceId)}
              />
            )}
          </li>
        ))}
      </ol>

      <h3>Vergelijk met de beste route</h3>
      {ending.rating === 'best' && divergeAt === -1 ? (
        <p>U volgde de kortste route naar de beste uitkomst.</p>
      ) : ending.rating === 'best' ? (
        <p>
          U bereikte de beste uitkomst langs een eigen route. De kortste route naar de beste uitkomst staat op de kaart met een brede rand.
        </p>
      ) : (
        <>
          <p>
            {divergeAt <= 0
              ? 'De beste route begint al bij de eerste stap anders.'
              : `U volgde de beste route tot en met stap ${divergeAt}. Daarna ging de beste route zo verder:`}
          </p>
          <ol class="jt-route jt-route--best">
            {bestPath.map((choiceId, i) => {
              const differs = i >= Math.max(divergeAt, 0);
              const node = scenario.nodes.find((n) => n.choices?.some((c) => c.id === choiceId));
              return (
                <li key={choiceId} class={differs ? 'jt-route__differs' : undefined}>
                  <span class="jt-route__node">{node?.title}</span>
                  <span class="jt-route__choice">
                    {differs ? 'Beste keuze (anders dan u): ' : 'Beste keuze (net als u): '}
                    {labels.get(choiceId)}
                  </span>
                </li>
              );
            })}
          </ol>
        </>
      )}

      <h3>De meters tijdens uw route</h3>
      <MeterCharts meters={scenario.meters} path={path} idPrefix={`${id}-meter`} />

      <h3>Vergelijk uw rondes</h3>
      <RunComparison scenario={scenario} runs={runs} idPrefix={`${id}-vergelijk`} pair={pair} onPick={setPicked} />

      <h3>Om over na te denken</h3>
      {nodes.get(endingId)!.ending!.reflection.map((q, i) => (
        <DebriefReflection
          key={`${endingId}-${i}`}
          id={`scenario:${scenario.id}:${endingId}:${i}`}
          moduleId={moduleId}
          prompt={q}
          fieldId={`reflectie-${scenario.id}-${endingId}-${i}`}
        />
      ))}

      <SelfDebrief scenarioId={scenario.id} moduleId={moduleId} title={scenario.title} />
    </div>
  );
}
