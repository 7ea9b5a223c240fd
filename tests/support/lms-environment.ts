import type { BridgeEnvironment } from '../../src/lib/lms/bridge';
import type { WindowLike } from '../../src/lib/lms/discovery';
import { createProgressClient, type ProgressClient } from '../../src/lib/progress/client';
import { createProgressStore } from '../../src/lib/progress/progress-store';
import type { ProgressStore } from '../../src/lib/progress/store-types';
import { FakeStorage, steppingClock } from './fake-storage';
import { contentModules, resolveNext, scenarioStarts } from './lms-content';

export const PACKAGE_ROOT = 'https://lms.example/pluginfile/42/pakket/';

/** A page of a package inside an LMS, for the bridge: fake windows, a real store on fake storage, page events by hand. */
export interface FakePage {
  env: BridgeEnvironment;
  store: ProgressStore;
  client: ProgressClient;
  /** Texts shown to the learner. */
  notices: string[];
  /** Where the bridge sent the page. */
  wentTo: string[];
  /** Fire the page events. */
  hide(): void;
  leave(): void;
  /** Run the timers the bridge set. */
  runTimers(): void;
}

/** Options of `fakePage`. */
export interface FakePageOptions {
  /** The path of the page under the package root, e.g. "modules/burgerkracht-en-loslaten/"; may hold a query. */
  path?: string;
  /** Properties of the LMS window, e.g. `{ API: new Scorm12API() }`; null: no LMS at all. */
  lms?: Record<string, unknown> | null;
  /** The learner's browser storage (shared between pages of one browser). */
  local?: FakeStorage;
  /** The tab's sessionStorage (shared between pages of one tab). */
  session?: FakeStorage | null;
  fetch?: typeof fetch;
  now?: () => number;
}

export function fakePage(options: FakePageOptions = {}): FakePage {
  const store = createProgressStore({ storage: options.local ?? new FakeStorage(), events: null, now: steppingClock(), persist: null });
  const client = createProgressClient(() => Promise.resolve(store));
  const lmsWindow: Record<string, unknown> = { ...(options.lms ?? {}) };
  lmsWindow['parent'] = lmsWindow;
  lmsWindow['top'] = lmsWindow;
  const frame: WindowLike =
    options.lms === null ? { parent: null, top: null } : { parent: lmsWindow as WindowLike, top: lmsWindow as WindowLike };
  const hides: (() => void)[] = [];
  const leaves: (() => void)[] = [];
  const timers: (() => void)[] = [];
  const notices: string[] = [];
  const wentTo: string[] = [];
  let clock = Date.UTC(2026, 11, 6, 10, 0, 0);
  const env: BridgeEnvironment = {
    window: frame,
    pageUrl: new URL(options.path ?? 'modules/burgerkracht-en-loslaten/', PACKAGE_ROOT).href,
    packageRoot: PACKAGE_ROOT,
    go: (url) => wentTo.push(url),
    session: options.session === undefined ? new FakeStorage() : options.session,
    progress: client,
    modules: contentModules().map((m) => m.parts),
    scenarioStarts: scenarioStarts(),
    show: (text) => notices.push(text),
    lifecycle: { onHide: (l) => hides.push(l), onLeave: (l) => leaves.push(l) },
    now: options.now ?? (() => (clock += 60_000)),
    fetch: options.fetch ?? (() => Promise.reject(new TypeError('no network in this test'))),
    // The package has no "main" for Node's resolver; the browser build resolves its "module" field.
    loadCmi5: () =>
      import('@xapi/cmi5/dist/Cmi5.esm.js').then(
        (m: { default: BridgeEnvironment['loadCmi5'] extends () => Promise<infer C> ? C : never }) => m.default,
      ),
    later: (run) => timers.push(run),
  };
  return {
    env,
    store,
    client,
    notices,
    wentTo,
    hide: () => hides.forEach((l) => l()),
    leave: () => leaves.forEach((l) => l()),
    runTimers: () => timers.splice(0).forEach((run) => run()),
  };
}

/**
 * Plays a module as a learner does in the site: reads every section, answers every question
 * (right unless named in `wrong`), plays the longest walk through the scenario saving after
 * every move as the player does, and writes a reflection and a worksheet holding `secret`.
 */
export function playModule(store: ProgressStore, moduleId: string, secret: string, wrong: readonly string[] = []) {
  const m = contentModules().find((c) => c.parts.id === moduleId)!;
  for (const slug of m.parts.sectionSlugs) store.markSectionRead(moduleId, slug);
  for (const q of m.parts.questionIds) store.saveCheckAnswer(moduleId, q, wrong.includes(q) ? 'z' : m.rightOptions[q]!, !wrong.includes(q));
  if (m.scenario) {
    const byId = new Map(m.scenario.nodes.map((n) => [n.id, n]));
    let node = m.scenario.start;
    const choices: string[] = [];
    const meters = { houding: 5 };
    for (let step = 0; step < 100; step++) {
      const choice = byId.get(node)?.choices?.[0];
      if (!choice) break;
      choices.push(choice.id);
      // Feedback on the choice, at the decision node; then the next node.
      store.saveScenarioRun(m.scenario.id, { choices: [...choices], currentNodeId: node, outcomeNodeId: null, meters });
      node = resolveNext(m.scenario, choice.next);
      const ending = !byId.get(node)?.choices?.length;
      store.saveScenarioRun(m.scenario.id, { choices: [...choices], currentNodeId: node, outcomeNodeId: ending ? node : null, meters });
    }
  }
  const prompt = m.parts.reflections[0];
  if (prompt) store.saveReflection({ id: prompt.id, moduleId, prompt: 'Wat neemt u mee?', text: `${secret}: dit blijft van mij.` });
  // A worksheet is private too.
  store.saveWorksheet({
    id: `ja-tenzij-toets:${moduleId}`,
    kind: 'ja-tenzij-toets',
    title: `${secret} plantsoen`,
    values: { 'bezwaar.1.regel': `${secret} in een werkblad` },
  });
}
