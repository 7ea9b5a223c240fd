import dagre from '@dagrejs/dagre';
import type { EndingRating, Scenario } from '../schemas/scenario';
import { optionLetter } from './option-letter';

/** Size of the map's boxes and text, in SVG units (CSS px at 100 %). */
export const MAP_METRICS = {
  nodeWidth: 184,
  routeWidth: 132,
  lineHeight: 17,
  padding: 10,
  /** Characters per line in a box; the map's font is about 7 px per character at 13 px. */
  charsPerLine: 23,
  /** Lines of a title shown in a box; the full title is in the text alternative and the box's <title>. */
  maxLines: 3,
  nodesep: 28,
  ranksep: 56,
  margin: 16,
  /** Room above the top row for the "Hier week u af" note. */
  marginTop: 30,
} as const;

export type MapNodeKind = 'decision' | 'ending' | 'route';

/** A box on the map: a decision, an ending or a route (an invisible step decided by the whole run). */
export interface MapNode {
  id: string;
  kind: MapNodeKind;
  /** Top-left corner and size. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The title wrapped into lines for the box. */
  lines: string[];
  /** The full title. */
  title: string;
  rating?: EndingRating;
  /** On the shortest route to the best ending. */
  best: boolean;
}

/** A line on the map: a choice (from its decision to what follows) or a route's outcome. */
export interface MapEdge {
  /** The choice id, or "<routeId>><target>" for a route's outcome. */
  id: string;
  from: string;
  to: string;
  /** The choice this line stands for; absent on a route's outcome. */
  choiceId?: string;
  /** "A", "B", … in the order of the decision's options. */
  letter?: string;
  /** Polyline through dagre's points, ending at the target box. */
  points: { x: number; y: number }[];
  /** Where the letter sits. */
  label?: { x: number; y: number };
  best: boolean;
  /** The author's reason when this choice is a core mistake. */
  coreMistake?: string;
}

export interface ScenarioMapLayout {
  width: number;
  height: number;
  nodes: MapNode[];
  edges: MapEdge[];
}

/** Breaks a title into lines of at most `max` characters, at spaces; a long last line ends in "…". */
export function wrapTitle(title: string, max: number = MAP_METRICS.charsPerLine, maxLines: number = MAP_METRICS.maxLines): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of title.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= max || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] = `${last.length >= max ? last.slice(0, max - 1) : last}…`;
  return kept;
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Lays the whole scenario out as a top-to-bottom graph with dagre, at build time: the browser
 * gets positions, never layout code. Deterministic: the same scenario gives the same map, because
 * nodes and edges enter dagre in the authored order. Routes are small boxes of their own, so a
 * reader sees that the whole run decides what follows.
 */
export function layoutScenarioMap(scenario: Scenario, bestPath: readonly string[] = []): ScenarioMapLayout {
  const { nodeWidth, routeWidth, lineHeight, padding, nodesep, ranksep, margin } = MAP_METRICS;
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep, ranksep, edgesep: 12, marginx: margin, marginy: MAP_METRICS.marginTop });
  g.setDefaultEdgeLabel(() => ({}));

  const bestChoices = new Set(bestPath);
  const bestNodes = new Set<string>([scenario.start]);
  const nodeInfo = new Map<string, Omit<MapNode, 'x' | 'y'>>();
  for (const node of scenario.nodes) {
    const lines = wrapTitle(node.title);
    // An ending's box has a second part under the title: its rating.
    const extra = node.ending ? 1 : 0;
    const info = {
      id: node.id,
      kind: node.ending ? ('ending' as const) : ('decision' as const),
      width: nodeWidth,
      height: (lines.length + extra) * lineHeight + 2 * padding,
      lines,
      title: node.title,
      best: false,
      ...(node.ending ? { rating: node.ending.rating } : {}),
    };
    nodeInfo.set(node.id, info);
  }
  for (const route of scenario.routes) {
    const lines = ['Uw hele route beslist'];
    nodeInfo.set(route.id, {
      id: route.id,
      kind: 'route',
      width: routeWidth,
      height: lines.length * lineHeight + 2 * padding,
      lines,
      title: 'Uw hele route beslist wat volgt',
      best: false,
    });
  }
  for (const info of nodeInfo.values()) g.setNode(info.id, { width: info.width, height: info.height });

  const edges: Omit<MapEdge, 'points' | 'label'>[] = [];
  for (const node of scenario.nodes) {
    (node.choices ?? []).forEach((choice, i) => {
      const best = bestChoices.has(choice.id);
      if (best) bestNodes.add(choice.next);
      edges.push({
        id: choice.id,
        from: node.id,
        to: choice.next,
        choiceId: choice.id,
        letter: optionLetter(i),
        best,
        ...(choice.coreMistake ? { coreMistake: choice.coreMistake } : {}),
      });
    });
  }
  for (const route of scenario.routes) {
    const targets = [...new Set([...route.rules.map((r) => r.next), route.otherwise])];
    for (const target of targets) edges.push({ id: `${route.id}>${target}`, from: route.id, to: target, best: false });
  }
  for (const edge of edges) g.setEdge(edge.from, edge.to, { width: 18, height: 18, labelpos: 'c' }, edge.id);

  dagre.layout(g);

  // The best route passes through a route box: its outcome on that route is the best ending.
  const bestEnding = scenario.nodes.find((n) => n.ending?.rating === 'best')?.id;
  for (const edge of edges) {
    if (!edge.choiceId && bestNodes.has(edge.from) && edge.to === bestEnding) {
      edge.best = true;
      bestNodes.add(edge.to);
    }
  }

  const nodes: MapNode[] = [...nodeInfo.values()].map((info) => {
    const placed = g.node(info.id);
    return { ...info, x: round(placed.x! - info.width / 2), y: round(placed.y! - info.height / 2), best: bestNodes.has(info.id) };
  });
  const laidEdges: MapEdge[] = edges.map((edge) => {
    const placed = g.edge({ v: edge.from, w: edge.to, name: edge.id }) as { points?: { x: number; y: number }[]; x?: number; y?: number };
    const points = (placed.points ?? []).map((p) => ({ x: round(p.x), y: round(p.y) }));
    const label = placed.x !== undefined && placed.y !== undefined ? { x: round(placed.x), y: round(placed.y) } : undefined;
    return { ...edge, points, ...(label && edge.letter ? { label } : {}) };
  });
  const graph = g.graph();
  return { width: Math.ceil(graph.width ?? 0), height: Math.ceil(graph.height ?? 0), nodes, edges: laidEdges };
}

/** An SVG path through the points: straight segments, which stay readable when lines cross. */
export function edgePath(points: readonly { x: number; y: number }[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ');
}
