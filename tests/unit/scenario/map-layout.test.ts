import { describe, expect, it } from 'vitest';
import { ScenarioSchema, type ScenarioInput } from '../../../src/lib/schemas/scenario';
import { createScenarioMachine } from '../../../src/lib/scenario/create-scenario-machine';
import { findBestPath } from '../../../src/lib/scenario/find-best-path';
import { layoutScenarioMap, wrapTitle, type ScenarioMapLayout } from '../../../src/lib/scenario/map-layout';
import { moduleFolders, readYaml } from '../../support/content-files';

const fixture = ScenarioSchema.parse(readYaml('tests/fixtures/scenarios/design-valid.yaml') as ScenarioInput);
const real = moduleFolders().map((folder) => ScenarioSchema.parse(readYaml(`modules/${folder}/scenario.yaml`)));

function overlaps(layout: ScenarioMapLayout): string[] {
  const found: string[] = [];
  layout.nodes.forEach((a, i) => {
    for (const b of layout.nodes.slice(i + 1)) {
      const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
      if (!apart) found.push(`${a.id} × ${b.id}`);
    }
  });
  return found;
}

describe.each([fixture, ...real].map((s) => [s.id, s] as const))('the map of %s', (_id, scenario) => {
  const bestPath = findBestPath(scenario, createScenarioMachine(scenario)) ?? [];
  const layout = layoutScenarioMap(scenario, bestPath);

  it('places every node and route once, inside the drawing', () => {
    const ids = layout.nodes.map((n) => n.id).sort();
    expect(ids).toEqual([...scenario.nodes.map((n) => n.id), ...scenario.routes.map((r) => r.id)].sort());
    for (const node of layout.nodes) {
      expect(node.x).toBeGreaterThanOrEqual(0);
      expect(node.y).toBeGreaterThanOrEqual(0);
      expect(node.x + node.width).toBeLessThanOrEqual(layout.width);
      expect(node.y + node.height).toBeLessThanOrEqual(layout.height);
    }
  });

  it('draws no box over another', () => {
    expect(overlaps(layout)).toEqual([]);
  });

  it('draws a line for every choice, from its decision to what follows', () => {
    const boxes = new Map(layout.nodes.map((n) => [n.id, n]));
    for (const node of scenario.nodes) {
      for (const choice of node.choices ?? []) {
        const edge = layout.edges.find((e) => e.choiceId === choice.id)!;
        expect(edge, choice.id).toBeDefined();
        expect([edge.from, edge.to]).toEqual([node.id, choice.next]);
        expect(edge.points.length).toBeGreaterThanOrEqual(2);
        // The line ends at the target box's edge.
        const end = edge.points.at(-1)!;
        const target = boxes.get(choice.next)!;
        expect(end.x).toBeGreaterThanOrEqual(target.x - 1);
        expect(end.x).toBeLessThanOrEqual(target.x + target.width + 1);
      }
    }
  });

  it('marks the best route from the start to the best ending', () => {
    const best = scenario.nodes.find((n) => n.ending?.rating === 'best')!;
    expect(layout.nodes.find((n) => n.id === best.id)?.best).toBe(true);
    expect(layout.nodes.find((n) => n.id === scenario.start)?.best).toBe(true);
    expect(layout.edges.filter((e) => e.best && e.choiceId).map((e) => e.choiceId)).toEqual(expect.arrayContaining(bestPath));
  });

  it('is the same every time', () => {
    expect(layoutScenarioMap(scenario, bestPath)).toEqual(layout);
  });
});

describe('the map of a scenario with a route', () => {
  const layout = layoutScenarioMap(fixture, ['open-gesprek', 'uitleg-geven']);

  it('draws the route as its own box with a line to every outcome', () => {
    for (const route of fixture.routes) {
      expect(layout.nodes.find((n) => n.id === route.id)?.kind).toBe('route');
      const targets = layout.edges.filter((e) => e.from === route.id).map((e) => e.to);
      expect(new Set(targets)).toEqual(new Set([...route.rules.map((r) => r.next), route.otherwise]));
    }
  });

  it('carries the reason of a core mistake on its line', () => {
    expect(layout.edges.find((e) => e.choiceId === 'geld-beloven')?.coreMistake).toBe(
      'U belooft geld dat de raad nog niet heeft toegekend.',
    );
  });
});

describe('wrapTitle', () => {
  it('breaks at spaces and shortens what does not fit', () => {
    expect(wrapTitle('Het advies van de wijkraad', 12)).toEqual(['Het advies', 'van de', 'wijkraad']);
    expect(wrapTitle('een twee drie vier vijf zes zeven', 9, 2)).toEqual(['een twee', 'drie vie…']);
  });
});
