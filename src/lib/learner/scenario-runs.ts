import type { ProgressStore } from '../progress/store-types';
import type { ScenarioProgressDetail } from '../../islands/ScenarioPlayer';

type ProgressWindow = Window & { jtScenarioProgress?: ScenarioProgressDetail };

/**
 * Saves scenario runs and hands a saved run back to the player. The player only
 * raises events (jt:scenario-ready, jt:scenario-progress), so the store stays out
 * of its bundle. The player hydrates before this code loads: a player that is
 * already ready is answered at once, and a move made before now is saved first
 * (and then not overwritten by an older saved run).
 */
export function bindScenarioRuns(store: ProgressStore) {
  const save = (detail: ScenarioProgressDetail) =>
    store.saveScenarioRun(detail.scenarioId, {
      choices: detail.choices,
      currentNodeId: detail.nodeId,
      outcomeNodeId: detail.outcome ?? null,
      meters: detail.meters,
    });
  const restore = (scenarioId: string) => {
    const run = store.getState().scenarios[scenarioId];
    if (run && run.choices.length > 0) {
      window.dispatchEvent(new CustomEvent('jt:scenario-restore', { detail: { scenarioId, choices: run.choices } }));
    }
  };

  const early = (window as ProgressWindow).jtScenarioProgress;
  if (early) save(early);
  window.addEventListener('jt:scenario-progress', (event) => save((event as CustomEvent<ScenarioProgressDetail>).detail));
  window.addEventListener('jt:scenario-ready', (event) => restore((event as CustomEvent<{ scenarioId: string }>).detail.scenarioId));
  for (const player of document.querySelectorAll<HTMLElement>('.jt-scenario[data-ready][data-scenario-id]')) {
    const scenarioId = player.dataset['scenarioId']!;
    if (early?.scenarioId !== scenarioId) restore(scenarioId);
  }
}
