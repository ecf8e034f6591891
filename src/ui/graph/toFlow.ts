/**
 * Graph model + positions + view flags → React Flow nodes and edges.
 * A node or edge object is rebuilt only when something it shows changed (faces ignore line
 * numbers; a new position keeps the node's data), and the arrays themselves are reused when
 * nothing changed at all: React Flow then has nothing to adopt and no node re-renders. This is
 * what keeps a 1,000-stage graph responsive while typing.
 */
import { MarkerType } from '@xyflow/react';
import type { Point } from '../../core/graph/layout.ts';
import { nodeSize } from '../../core/graph/size.ts';
import type { Direction, EdgeItem, GraphEdge, GraphModel, GraphNode, InstructionLine, StageNode } from '../../core/graph/types.ts';
import { deepEqual } from '../../core/graph/equal.ts';
import type { DepFlowEdge, FlowNode, StageFace, StatusKey } from './flowTypes.ts';

export interface ViewInputs {
  readonly classic: boolean;
  readonly activeStage: number | null;
  readonly selectedNode: string | null;
  /** Edges whose details show (hovered or selected): only these carry their instructions. */
  readonly detailEdges: ReadonlySet<string>;
  readonly hoveredEdge: string | null;
  readonly expanded: ReadonlySet<number>;
  readonly direction: Direction;
  /** Accessible names, in the current language (part of the cache key through `language`). */
  readonly language: string;
  readonly nodeAria: (n: GraphNode) => string;
  readonly edgeAria: (kind: string, source: string, target: string, count: number) => string;
  /** A stage as the reader refers to it: its name, or "stage 0 (unnamed: use --from=0)". */
  readonly stageLabel: (n: StageNode) => string;
}

interface NodeEntry {
  readonly key: string;
  readonly src: GraphNode;
  readonly out: FlowNode;
}
interface EdgeEntry {
  readonly key: string;
  readonly out: DepFlowEdge;
}

export interface FlowCache {
  readonly nodes: Map<string, NodeEntry>;
  readonly edges: Map<string, EdgeEntry>;
  /** The arrays returned last, handed out again when no entry changed. */
  last: { nodes: FlowNode[]; edges: DepFlowEdge[] } | null;
}

export const newFlowCache = (): FlowCache => ({ nodes: new Map(), edges: new Map(), last: null });

const built = (n: StageNode, classic: boolean): boolean => (classic ? n.classicBuilt : n.reachable);

function statusOf(n: StageNode, classic: boolean): StatusKey {
  if (!classic) return n.unbuilt === 'notNeeded' ? 'node.notNeeded' : n.unbuilt === 'afterTarget' ? 'node.afterTarget' : null;
  if (n.classicUnbuilt) return n.classicUnbuilt === 'notNeeded' ? 'node.classicNotNeeded' : 'node.classicAfterTarget';
  return n.reachable ? null : 'node.classicOnly';
}

function labelOf(n: GraphNode | undefined, v: ViewInputs): string {
  if (!n) return '?';
  return n.kind === 'stage' ? v.stageLabel(n) : n.kind === 'image' ? n.ref : 'scratch';
}

const sameInstructions = (a: readonly InstructionLine[] | null, b: readonly InstructionLine[] | null): boolean =>
  a === b || (a !== null && b !== null && a.length === b.length && a.every((x, i) => x.line === b[i]!.line && x.keyword === b[i]!.keyword && x.text === b[i]!.text));

/** Does `face` show exactly what a face of `n` would? (Line numbers count only in an open list.) */
function sameFace(face: StageFace, n: StageNode, expanded: boolean): boolean {
  return (
    face.stage === n.stage && face.label === n.label && face.named === (n.name !== null) && face.platform === n.platform && face.layers === n.layers &&
    face.totalLayers === n.totalLayers && face.sizeBytes === (n.sizeBytes ?? null) && face.instructionCount === n.instructionCount && face.isTarget === n.isTarget &&
    deepEqual(face.base, n.base) && sameInstructions(face.instructions, expanded ? n.instructions : null) &&
    deepEqual(face.replacedBy, n.replacedBy) && face.description === n.description
  );
}

const faceOf = (n: StageNode, expanded: boolean): StageFace => ({
  stage: n.stage,
  label: n.label,
  named: n.name !== null,
  base: n.base,
  platform: n.platform,
  layers: n.layers,
  totalLayers: n.totalLayers,
  sizeBytes: n.sizeBytes ?? null,
  instructionCount: n.instructionCount,
  isTarget: n.isTarget,
  instructions: expanded ? n.instructions : null,
  ...(n.replacedBy ? { replacedBy: n.replacedBy } : {}),
  ...(n.description ? { description: n.description } : {}),
});

/** Does the cached node still show `n` (same kind, same face or same image)? */
function stillShows(out: FlowNode, n: GraphNode, expanded: boolean): boolean {
  if (out.type === 'stage') return n.kind === 'stage' && sameFace(out.data.face, n, expanded);
  return n.kind !== 'stage' && deepEqual(out.data.node, n);
}

/** What the Dockerfile wrote for a copy or mount edge (`--from=0`, `from=cache`), when every instruction wrote the same. */
function writtenAs(e: GraphEdge): string | null {
  if (e.kind !== 'copy' && e.kind !== 'mount') return null;
  const first = e.items[0]?.via;
  return first !== undefined && e.items.every((i) => i.via === first) ? first : null;
}

const sameItems = (a: readonly EdgeItem[] | null, b: readonly EdgeItem[] | null): boolean => a === b || deepEqual(a, b);

function buildNode(n: GraphNode, pos: Point, v: ViewInputs, usedSources: ReadonlySet<string>): FlowNode {
  const selected = v.selectedNode === n.id;
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
  return n.kind === 'stage'
    ? {
        ...common,
        type: 'stage',
        data: {
          face: faceOf(n, expanded),
          dimmed: !built(n, v.classic),
          status: statusOf(n, v.classic),
          active: v.activeStage === n.stage,
          expanded,
          direction: v.direction,
        },
      }
    : { ...common, type: 'image', data: { node: n, dimmed: !usedSources.has(n.id), direction: v.direction } };
}

function sameList<T>(a: readonly T[] | undefined, b: readonly T[]): boolean {
  return a !== undefined && a.length === b.length && a.every((x, i) => x === b[i]);
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
    const expanded = n.kind === 'stage' && v.expanded.has(n.stage);
    const key =
      n.kind === 'stage'
        ? `${built(n, v.classic)}|${statusOf(n, v.classic)}|${v.activeStage === n.stage}|${expanded}|${selected}|${v.direction}|${v.language}`
        : `${usedSources.has(n.id)}|${selected}|${v.direction}|${v.language}`;
    seenNodes.add(n.id);
    const hit = cache.nodes.get(n.id);
    let out: FlowNode;
    if (hit && hit.key === key && (hit.src === n || stillShows(hit.out, n, expanded))) {
      // Same picture: keep the object, or only move it (its data, and so its view, stay).
      const moved = hit.out.position.x !== pos.x || hit.out.position.y !== pos.y;
      out = moved ? ({ ...hit.out, position: pos } as FlowNode) : hit.out;
    } else {
      out = buildNode(n, pos, v, usedSources);
    }
    if (out !== hit?.out || hit.src !== n) cache.nodes.set(n.id, { key, src: n, out });
    nodes.push(out);
  }
  for (const id of cache.nodes.keys()) if (!seenNodes.has(id)) cache.nodes.delete(id);

  const edges: DepFlowEdge[] = [];
  const seenEdges = new Set<string>();
  for (const e of graph.edges) {
    const dimmed = !stageBuilt.get(e.target);
    const hovered = v.hoveredEdge === e.id;
    const items = v.detailEdges.has(e.id) ? e.items : null;
    const sourceLabel = labelOf(byId.get(e.source), v);
    const targetLabel = labelOf(byId.get(e.target), v);
    const via = writtenAs(e);
    const key = `${e.kind}|${e.count}|${dimmed}|${hovered}|${sourceLabel}|${targetLabel}|${via}|${v.language}`;
    seenEdges.add(e.id);
    const hit = cache.edges.get(e.id);
    let out: DepFlowEdge;
    if (hit && hit.key === key && hit.out.data && sameItems(hit.out.data.items, items)) out = hit.out;
    else {
      out = {
        id: e.id,
        type: 'dep',
        source: e.source,
        target: e.target,
        markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
        ariaLabel: v.edgeAria(e.kind, sourceLabel, targetLabel, e.count),
        data: { kind: e.kind, count: e.count, dimmed, hovered, sourceLabel, targetLabel, via, items },
      };
    }
    if (out !== hit?.out) cache.edges.set(e.id, { key, out });
    edges.push(out);
  }
  for (const id of cache.edges.keys()) if (!seenEdges.has(id)) cache.edges.delete(id);

  const last = cache.last;
  const result = {
    nodes: last && sameList(last.nodes, nodes) ? last.nodes : nodes,
    edges: last && sameList(last.edges, edges) ? last.edges : edges,
  };
  cache.last = result;
  return result;
}
