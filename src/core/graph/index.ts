/** Graph building and layout: pure functions from an Analysis to positioned graph data. */
export * from './types.ts';
export { buildGraph, stageId, imageId, SCRATCH_ID, MAX_INSTRUCTION_TEXT } from './build.ts';
export { nodeSize, STAGE_WIDTH, MAX_VISIBLE_INSTRUCTIONS, INSTRUCTION_ROW_HEIGHT } from './size.ts';
export type { Size } from './size.ts';
export { layoutGraph, ELK_OPTIONS, LARGE_GRAPH_NODES, LARGE_GRAPH_OPTIONS, elkOptionsFor } from './layout.ts';
export type { ElkLike, Point, LayoutResult } from './layout.ts';
export { quickLayout } from './quick.ts';
export { reuseUnchanged } from './reuse.ts';
export { applyGraph, applyList, diffGraph, diffList } from './patch.ts';
export type { GraphPatch, ListPatch } from './patch.ts';
export { deepEqual } from './equal.ts';
export { outlineOf } from './outline.ts';
export { fitViewport, boundsOf } from './viewport.ts';
export type { Fit, FitRequest, Rect, Viewport } from './viewport.ts';
export type { OutlineEntry, OutlineRef } from './outline.ts';
export { focusGraph, relativesOf, searchStages } from './focus.ts';
export type { Focused } from './focus.ts';
