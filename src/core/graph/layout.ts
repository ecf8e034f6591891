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
 * Options chosen for speed on large graphs (1,000 stages) while keeping layers readable:
 * Brandes-Köpf placement, and edges drawn by React Flow (ELK routes nothing we use).
 */
export const ELK_OPTIONS: Readonly<Record<string, string>> = {
  'elk.algorithm': 'layered',
  'elk.layered.spacing.nodeNodeBetweenLayers': '56',
  'elk.spacing.nodeNode': '28',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
  'elk.layered.thoroughness': '3',
  'elk.edgeRouting': 'POLYLINE',
  'elk.separateConnectedComponents': 'true',
  'elk.spacing.componentComponent': '48',
};

/** Lays out the graph; `sizeOf` gives each node's drawn size. */
export async function layoutGraph(
  elk: ElkLike,
  graph: GraphModel,
  sizeOf: (id: string) => Size,
  direction: Direction,
): Promise<LayoutResult> {
  const root: ElkNode = {
    id: 'root',
    layoutOptions: { ...ELK_OPTIONS, 'elk.direction': direction },
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
