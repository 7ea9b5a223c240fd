/**
 * Structural checks on a scenario that a plain schema cannot express: dangling
 * references, unreachable nodes, dead ends, loops without a way out, unknown
 * meters and duplicate ids. Pure; the zod schema calls it so that the build and
 * the tests share one implementation. Messages are Dutch and name the scenario,
 * the node and the field, because authors read them in a failed build.
 */

/** The part of a scenario these checks read. */
export interface ScenarioGraphInput {
  id: string;
  /** Civil-servant scenarios measure attitude; council scenarios choose meters that fit an elected role. */
  audience?: string;
  start: string;
  meters: ReadonlyArray<{ id: string; min: number; max: number; start: number }>;
  nodes: ReadonlyArray<{
    id: string;
    ending?: { rating: string } | undefined;
    choices?:
      | ReadonlyArray<{
          id: string;
          next: string;
          effects: Readonly<Record<string, number>>;
          condition?: { meter: string } | { chose: string } | undefined;
        }>
      | undefined;
  }>;
  routes?: ReadonlyArray<{
    id: string;
    rules: ReadonlyArray<{
      when: {
        meters?: Readonly<Record<string, unknown>> | undefined;
        chose?: readonly string[] | undefined;
        notChose?: readonly string[] | undefined;
      };
      next: string;
    }>;
    otherwise: string;
  }>;
}

/** One problem: where it is (a zod-style path) and what is wrong, in Dutch. */
export interface GraphProblem {
  path: (string | number)[];
  message: string;
}

export function checkScenarioGraph(scenario: ScenarioGraphInput): GraphProblem[] {
  const problems: GraphProblem[] = [];
  const where = (nodeId?: string, choiceId?: string) =>
    `Scenario "${scenario.id}"` + (nodeId ? `, stap "${nodeId}"` : '') + (choiceId ? `, keuze "${choiceId}"` : '');
  const add = (path: GraphProblem['path'], message: string) => problems.push({ path, message });

  // Meters.
  const meterIds = new Set<string>();
  scenario.meters.forEach((meter, i) => {
    if (meterIds.has(meter.id)) add(['meters', i, 'id'], `${where()}: meter "${meter.id}" komt twee keer voor.`);
    meterIds.add(meter.id);
    if (meter.min >= meter.max)
      add(['meters', i, 'max'], `${where()}: meter "${meter.id}" heeft max (${meter.max}) niet groter dan min (${meter.min}).`);
    if (meter.start < meter.min || meter.start > meter.max)
      add(['meters', i, 'start'], `${where()}: meter "${meter.id}" start op ${meter.start}, buiten ${meter.min} tot ${meter.max}.`);
  });
  if (scenario.meters.length < 2 || scenario.meters.length > 4) {
    add(['meters'], `${where()}: kies twee tot vier meters, nu ${scenario.meters.length}.`);
  }
  if (scenario.audience !== 'bestuurder' && !meterIds.has('houding')) {
    add(
      ['meters'],
      `${where()}: de meter "houding" ontbreekt; een scenario voor ambtenaren meet de houding van "nee, maar" naar "ja, tenzij".`,
    );
  }

  // Node and choice ids.
  const nodeIndex = new Map<string, number>();
  const choiceIds = new Set<string>();
  scenario.nodes.forEach((node, i) => {
    if (nodeIndex.has(node.id)) add(['nodes', i, 'id'], `${where(node.id)}: deze stap-id komt twee keer voor.`);
    else nodeIndex.set(node.id, i);
    node.choices?.forEach((choice, j) => {
      if (choiceIds.has(choice.id))
        add(['nodes', i, 'choices', j, 'id'], `${where(node.id, choice.id)}: deze keuze-id komt twee keer voor in het scenario.`);
      choiceIds.add(choice.id);
    });
  });
  if (!nodeIndex.has(scenario.start)) add(['start'], `${where()}: de start "${scenario.start}" is geen bestaande stap.`);

  // Routes: invisible steps that send a run on by rules. They lead to nodes only, so they cannot loop.
  const routes = scenario.routes ?? [];
  const routeIndex = new Map<string, number>();
  routes.forEach((route, i) => {
    if (nodeIndex.has(route.id) || routeIndex.has(route.id))
      add(['routes', i, 'id'], `${where(route.id)}: deze id komt al voor als stap of route.`);
    else routeIndex.set(route.id, i);
  });
  routes.forEach((route, i) => {
    const targets = [
      ...route.rules.map((rule, j) => ({ next: rule.next, path: ['routes', i, 'rules', j, 'next'] })),
      { next: route.otherwise, path: ['routes', i, 'otherwise'] },
    ];
    for (const target of targets) {
      if (!nodeIndex.has(target.next))
        add(target.path, `${where(route.id)}: route verwijst naar "${target.next}", maar die stap bestaat niet.`);
    }
    route.rules.forEach((rule, j) => {
      for (const meter of Object.keys(rule.when.meters ?? {})) {
        if (!meterIds.has(meter))
          add(['routes', i, 'rules', j, 'when', 'meters', meter], `${where(route.id)}: regel op onbekende meter "${meter}".`);
      }
      for (const key of ['chose', 'notChose'] as const) {
        for (const choice of rule.when[key] ?? []) {
          if (!choiceIds.has(choice))
            add(['routes', i, 'rules', j, 'when', key], `${where(route.id)}: regel op onbekende keuze "${choice}".`);
        }
      }
    });
  });
  const isTarget = (id: string) => nodeIndex.has(id) || routeIndex.has(id);

  // Choices: targets, meters, conditions, counts.
  scenario.nodes.forEach((node, i) => {
    if (node.ending) return;
    const choices = node.choices ?? [];
    if (choices.length < 2)
      add(['nodes', i, 'choices'], `${where(node.id)}: een stap zonder einde heeft minstens twee keuzes nodig, nu ${choices.length}.`);
    if (choices.length > 0 && choices.every((c) => c.condition)) {
      add(
        ['nodes', i, 'choices'],
        `${where(node.id)}: alle keuzes hebben een voorwaarde; geef minstens één keuze zonder voorwaarde, anders kan de speler vastlopen.`,
      );
    }
    choices.forEach((choice, j) => {
      if (!isTarget(choice.next)) {
        add(
          ['nodes', i, 'choices', j, 'next'],
          `${where(node.id, choice.id)}: verwijst naar "${choice.next}", maar die stap bestaat niet.`,
        );
      }
      for (const meter of Object.keys(choice.effects)) {
        if (!meterIds.has(meter))
          add(['nodes', i, 'choices', j, 'effects', meter], `${where(node.id, choice.id)}: effect op onbekende meter "${meter}".`);
      }
      const condition = choice.condition;
      if (condition && 'meter' in condition && !meterIds.has(condition.meter)) {
        add(
          ['nodes', i, 'choices', j, 'condition', 'meter'],
          `${where(node.id, choice.id)}: voorwaarde op onbekende meter "${condition.meter}".`,
        );
      }
      if (condition && 'chose' in condition && !choiceIds.has(condition.chose)) {
        add(
          ['nodes', i, 'choices', j, 'condition', 'chose'],
          `${where(node.id, choice.id)}: voorwaarde op onbekende keuze "${condition.chose}".`,
        );
      }
    });
  });

  // Endings.
  const endings = scenario.nodes.filter((n) => n.ending);
  if (endings.length === 0) add(['nodes'], `${where()}: er is geen einde; geef minstens één stap een "ending".`);
  const best = endings.filter((n) => n.ending?.rating === 'best').length;
  if (endings.length > 0 && best !== 1) add(['nodes'], `${where()}: precies één einde heeft rating "best", nu ${best}.`);

  // Reachability from the start, following every choice and every route (conditions and rules ignored: they only narrow).
  const throughRoute = (id: string): string[] => {
    const route = routes[routeIndex.get(id) ?? -1];
    return route ? [...route.rules.map((r) => r.next), route.otherwise] : [id];
  };
  const successors = (id: string) =>
    (scenario.nodes[nodeIndex.get(id) ?? -1]?.choices ?? []).flatMap((c) => throughRoute(c.next)).filter((next) => nodeIndex.has(next));
  const reachable = new Set<string>();
  if (nodeIndex.has(scenario.start)) {
    const queue = [scenario.start];
    while (queue.length) {
      const id = queue.pop()!;
      if (reachable.has(id)) continue;
      reachable.add(id);
      queue.push(...successors(id));
    }
  }
  scenario.nodes.forEach((node, i) => {
    if (nodeIndex.get(node.id) === i && nodeIndex.has(scenario.start) && !reachable.has(node.id)) {
      add(['nodes', i, 'id'], `${where(node.id)}: deze stap is vanaf de start niet bereikbaar.`);
    }
  });

  // A way out: from every reachable node some ending must be reachable.
  const canEnd = new Set(scenario.nodes.filter((n) => n.ending).map((n) => n.id));
  let grew = true;
  while (grew) {
    grew = false;
    for (const node of scenario.nodes) {
      if (!canEnd.has(node.id) && successors(node.id).some((next) => canEnd.has(next))) {
        canEnd.add(node.id);
        grew = true;
      }
    }
  }
  scenario.nodes.forEach((node, i) => {
    if (reachable.has(node.id) && !canEnd.has(node.id) && nodeIndex.get(node.id) === i && !node.ending) {
      add(['nodes', i], `${where(node.id)}: vanuit deze stap is geen einde bereikbaar (een lus zonder uitweg).`);
    }
  });

  return problems;
}
