/**
 * Graph model + positions + view flags → React Flow nodes and edges.
 * A node or edge object is rebuilt only when something it shows changed, so React Flow
 * re-renders just those (this is what keeps a 1,000-stage graph responsive while typing).
 */
import { MarkerType } from '@xyflow/react';
import type { Point } from '../../core/graph/layout.ts';
import { nodeSize } from '../../core/graph/size.ts';
import type { Direction, GraphModel, GraphNode, StageNode } from '../../core/graph/types.ts';
import type { DepFlowEdge, FlowNode, StatusKey } from './flowTypes.ts';

export interface ViewInputs {
  readonly classic: boolean;
  readonly activeStage: number | null;
  readonly selectedNode: string | null;
  readonly expanded: ReadonlySet<number>;
  readonly direction: Direction;
  readonly hoveredEdge: string | null;
  /** Accessible names, in the current language (part of the cache key through `language`). */
  readonly language: string;
  readonly nodeAria: (n: GraphNode) => string;
  readonly edgeAria: (kind: string, source: string, target: string, count: number) => string;
}

export interface FlowCache {
  readonly nodes: Map<string, { key: string; src: GraphNode; pos: Point; out: FlowNode }>;
  readonly edges: Map<string, { key: string; src: unknown; out: DepFlowEdge }>;
}

export const newFlowCache = (): FlowCache => ({ nodes: new Map(), edges: new Map() });

const built = (n: StageNode, classic: boolean): boolean => (classic ? n.classicBuilt : n.reachable);

function statusOf(n: StageNode, classic: boolean): StatusKey {
  if (!classic) return n.unbuilt === 'notNeeded' ? 'node.notNeeded' : n.unbuilt === 'afterTarget' ? 'node.afterTarget' : null;
  if (n.classicUnbuilt) return n.classicUnbuilt === 'notNeeded' ? 'node.classicNotNeeded' : 'node.classicAfterTarget';
  return n.reachable ? null : 'node.classicOnly';
}

function labelOf(n: GraphNode | undefined): string {
  if (!n) return '?';
  return n.kind === 'stage' ? n.label : n.kind === 'image' ? n.ref : 'scratch';
}

export function toFlow(
  graph: GraphModel,
  positions: Readonly<Record<string, Point>>,
  v: ViewInputs,
  cache: FlowCache,
): { nodes: FlowNode[]; edges: DepFlowEdge[] } {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const stageBuilt = new Map<string, boolean>();
  for (const n of graph.nodes) if (n.kind === 'stage') stageBuilt.set(n.id, built(n, v.classic));
  const usedSources = new Set(graph.edges.filter((e) => stageBuilt.get(e.target)).map((e) => e.source));

  const nodes: FlowNode[] = [];
  const seenNodes = new Set<string>();
  for (const n of graph.nodes) {
    const pos = positions[n.id] ?? { x: 0, y: 0 };
    const selected = v.selectedNode === n.id;
    let key: string;
    if (n.kind === 'stage') {
      const expanded = v.expanded.has(n.stage);
      key = `${built(n, v.classic)}|${statusOf(n, v.classic)}|${v.activeStage === n.stage}|${expanded}|${selected}|${v.direction}|${v.language}`;
    } else {
      key = `${usedSources.has(n.id)}|${selected}|${v.direction}|${v.language}`;
    }
    const hit = cache.nodes.get(n.id);
    seenNodes.add(n.id);
    if (hit && hit.key === key && hit.src === n && hit.pos.x === pos.x && hit.pos.y === pos.y) {
      nodes.push(hit.out);
      continue;
    }
    const expanded = n.kind === 'stage' && v.expanded.has(n.stage);
    const size = nodeSize(n, expanded);
    const common = {
      id: n.id,
      position: pos,
      width: size.width,
      height: size.height,
      // Known sizes: React Flow keeps the measured handles instead of re-measuring every node.
      measured: { width: size.width, height: size.height },
      ...(selected ? { className: 'is-picked' } : {}),
      ariaLabel: v.nodeAria(n),
    };
    const out: FlowNode =
      n.kind === 'stage'
        ? {
            ...common,
            type: 'stage',
            data: {
              node: n,
              dimmed: !built(n, v.classic),
              status: statusOf(n, v.classic),
              active: v.activeStage === n.stage,
              expanded,
              direction: v.direction,
            },
          }
        : { ...common, type: 'image', data: { node: n, dimmed: !usedSources.has(n.id), direction: v.direction } };
    cache.nodes.set(n.id, { key, src: n, pos, out });
    nodes.push(out);
  }
  for (const id of cache.nodes.keys()) if (!seenNodes.has(id)) cache.nodes.delete(id);

  const edges: DepFlowEdge[] = [];
  const seenEdges = new Set<string>();
  for (const e of graph.edges) {
    const dimmed = !stageBuilt.get(e.target);
    const hovered = v.hoveredEdge === e.id;
    const sourceLabel = labelOf(byId.get(e.source));
    const targetLabel = labelOf(byId.get(e.target));
    const key = `${dimmed}|${hovered}|${sourceLabel}|${targetLabel}|${v.language}`;
    const hit = cache.edges.get(e.id);
    seenEdges.add(e.id);
    if (hit && hit.key === key && hit.src === e) {
      edges.push(hit.out);
      continue;
    }
    const out: DepFlowEdge = {
      id: e.id,
      type: 'dep',
      source: e.source,
      target: e.target,
      markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
      ariaLabel: v.edgeAria(e.kind, sourceLabel, targetLabel, e.count),
      data: { edge: e, dimmed, hovered, sourceLabel, targetLabel },
    };
    cache.edges.set(e.id, { key, src: e, out });
    edges.push(out);
  }
  for (const id of cache.edges.keys()) if (!seenEdges.has(id)) cache.edges.delete(id);
  return { nodes, edges };
}
