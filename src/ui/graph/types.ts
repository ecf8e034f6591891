/** Node and edge renderers by type, defined once at module scope (never inside a component). */
import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import DepEdgeView from './DepEdgeView.tsx';
import ImageNodeView from './ImageNodeView.tsx';
import FoldNodeView from './FoldNodeView.tsx';
import StageNodeView from './StageNodeView.tsx';

export const NODE_TYPES: NodeTypes = { stage: StageNodeView, image: ImageNodeView, folded: FoldNodeView };
export const EDGE_TYPES: EdgeTypes = { dep: DepEdgeView };
