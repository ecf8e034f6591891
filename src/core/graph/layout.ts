/**
 * ELK layered layout of a graph model: a pure async function of (graph, sizes, direction).
 * The ELK instance is injected, so the page runs it in ELK's Web Worker and tests run it in-process.
 * Each call builds a fresh ELK graph: no state survives between layouts.
 */
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import type { Size } from './size.ts';
import type { Direction, GraphModel } from './types.ts';

/** The one method of elkjs's ELK class that layout needs. */
export interface ElkLike {
  layout(graph: ElkNode): Promise<ElkNode>;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface LayoutResult {
  /** Top-left corner of each node, by node id. */
  readonly positions: Readonly<Record<string, Point>>;
  readonly width: number;
  readonly height: number;
}

/**
 * ELK layered options. Measured with scripts/bench-elk.mjs (medians; crossings of straight
 * edges between handles): keeping the file's order of stages and edges (model order) cuts
 * crossings by a third for moby/moby (94 → 61) and by four fifths for generated 200- and
 * 1,000-stage files (178 → 32, 2,609 → 595), and shrinks the drawing, for about 0.1 s more
 * (moby 0.1 → 0.2 s, 200 stages 0.5 → 0.6 s, in ELK's worker). Brandes-Köpf placement:
 * network simplex placement took 20 s for 200 stages. Edges are drawn by React Flow: ELK
 * routes nothing we use.
 */
export const ELK_OPTIONS: Readonly<Record<string, string>> = {
  'elk.algorithm': 'layered',
  'elk.layered.spacing.nodeNodeBetweenLayers': '56',
  'elk.spacing.nodeNode': '28',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.thoroughness': '3',
  'elk.edgeRouting': 'POLYLINE',
  'elk.separateConnectedComponents': 'true',
  'elk.spacing.componentComponent': '48',
};

/** From this many nodes on, crossing minimisation tries less (LARGE_GRAPH_OPTIONS). */
export const LARGE_GRAPH_NODES = 300;

/**
 * For large graphs: thoroughness 1 instead of 3. With model order it lost no quality there
 * (1,000 stages: the same 595 crossings, 12.7 s instead of 20 s of CPU; 400 stages: 146
 * crossings instead of 407, 1.8 s instead of 3.2 s). 1,000 stages now take 10.5 s of CPU
 * (8.7 s wall) against 14.2 s (16.3 s) with the options shipped before.
 */
export const LARGE_GRAPH_OPTIONS: Readonly<Record<string, string>> = { 'elk.layered.thoroughness': '1' };

/** The options for a graph of `nodes` nodes. */
export function elkOptionsFor(nodes: number): Readonly<Record<string, string>> {
  return nodes >= LARGE_GRAPH_NODES ? { ...ELK_OPTIONS, ...LARGE_GRAPH_OPTIONS } : ELK_OPTIONS;
}

/** Lays out the graph; `sizeOf` gives each node's drawn size. */
export async function layoutGraph(
  elk: ElkLike,
  graph: GraphModel,
  sizeOf: (id: string) => Size,
  direction: Direction,
): Promise<LayoutResult> {
  const root: ElkNode = {
    id: 'root',
    layoutOptions: { ...elkOptionsFor(graph.nodes.length), 'elk.direction': direction },
    children: graph.nodes.map((n) => ({ id: n.id, ...sizeOf(n.id) })),
    edges: graph.edges
      .filter((e) => e.source !== e.target)
      .map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  };
  const out = await elk.layout(root);
  const positions: Record<string, Point> = {};
  for (const c of out.children ?? []) positions[c.id] = { x: c.x ?? 0, y: c.y ?? 0 };
  return { positions, width: out.width ?? 0, height: out.height ?? 0 };
}
