/** React Flow node and edge types, with typed data per kind. */
import type { Edge, Node } from '@xyflow/react';
import type { Direction, GraphEdge, ImageNode, ScratchNode, StageNode } from '../../core/graph/types.ts';

/** The one-line status under a stage's facts: an i18n key. */
export type StatusKey =
  | 'node.notNeeded'
  | 'node.afterTarget'
  | 'node.classicNotNeeded'
  | 'node.classicAfterTarget'
  | 'node.classicOnly'
  | null;

export interface StageData extends Record<string, unknown> {
  readonly node: StageNode;
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
  readonly edge: GraphEdge;
  readonly dimmed: boolean;
  readonly hovered: boolean;
  readonly sourceLabel: string;
  readonly targetLabel: string;
}

export type StageFlowNode = Node<StageData, 'stage'>;
export type ImageFlowNode = Node<ImageData, 'image'>;
export type FlowNode = StageFlowNode | ImageFlowNode;
export type DepFlowEdge = Edge<DepData, 'dep'>;
