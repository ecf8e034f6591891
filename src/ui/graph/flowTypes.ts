/**
 * React Flow node and edge types, with typed data per kind.
 *
 * Node and edge data hold what the view SHOWS, never line numbers it does not show: a new line
 * typed near the top of a file shifts every line below it, and must not rebuild (or re-render)
 * the nodes and edges below. Clicks read lines from the current graph (see GraphActions).
 */
import type { Edge, Node } from '@xyflow/react';
import type { EdgeKind } from '../../core/model.ts';
import type { Direction, EdgeItem, ImageNode, InstructionLine, ScratchNode, StageNode } from '../../core/graph/types.ts';

/** The one-line status under a stage's facts: an i18n key. */
export type StatusKey =
  | 'node.notNeeded'
  | 'node.afterTarget'
  | 'node.classicNotNeeded'
  | 'node.classicAfterTarget'
  | 'node.classicOnly'
  | null;

/** What a stage node shows of its StageNode. */
export interface StageFace {
  readonly stage: number;
  readonly label: string;
  /** False for a stage without AS: it is referred to by its index (`--from=0`). */
  readonly named: boolean;
  readonly base: StageNode['base'];
  readonly platform: string | null;
  readonly layers: number;
  readonly totalLayers: number | null;
  /** Estimated image size in bytes (catalogue), null when unknown. */
  readonly sizeBytes: number | null;
  readonly instructionCount: number;
  readonly isTarget: boolean;
  /** The instruction list (its rows show line numbers), only while it is open. */
  readonly instructions: readonly InstructionLine[] | null;
  /** The named build context that replaces the stage, if any. */
  readonly replacedBy?: StageNode['replacedBy'];
  /** The comment above FROM (buildx's description), if any. */
  readonly description?: string;
}

export interface StageData extends Record<string, unknown> {
  readonly face: StageFace;
  readonly dimmed: boolean;
  readonly status: StatusKey;
  /** The editor's cursor is inside this stage. */
  readonly active: boolean;
  readonly expanded: boolean;
  readonly direction: Direction;
}

export interface ImageData extends Record<string, unknown> {
  readonly node: ImageNode | ScratchNode;
  readonly dimmed: boolean;
  readonly direction: Direction;
}

export interface DepData extends Record<string, unknown> {
  readonly kind: EdgeKind;
  /** Instructions merged into the edge. */
  readonly count: number;
  readonly dimmed: boolean;
  readonly hovered: boolean;
  readonly sourceLabel: string;
  readonly targetLabel: string;
  /** What the Dockerfile wrote for this copy or mount (`--from=0`), when every instruction wrote the same. */
  readonly via: string | null;
  /** The instructions behind the edge (with their lines), only while its details show. */
  readonly items: readonly EdgeItem[] | null;
}

export type StageFlowNode = Node<StageData, 'stage'>;
export type ImageFlowNode = Node<ImageData, 'image'>;
export type FlowNode = StageFlowNode | ImageFlowNode;
export type DepFlowEdge = Edge<DepData, 'dep'>;

/** Dense graphs in focus mode: the stages not built for the target, folded into one node. */
export interface FoldData extends Record<string, unknown> {
  readonly count: number;
  readonly direction: Direction;
}
export type FoldFlowNode = Node<FoldData, 'folded'>;
/** What the pane hands React Flow: the graph's nodes, and the fold node in focus mode. */
export type PaneNode = FlowNode | FoldFlowNode;
