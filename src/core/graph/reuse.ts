/**
 * Structural sharing between two graph models: unchanged nodes and edges keep their previous
 * object identity, so the UI re-renders only what an edit really changed.
 */
import { applyGraph, diffGraph } from './patch.ts';
import type { GraphModel } from './types.ts';

/** Returns `next`, with every node and edge equal to one in `prev` replaced by that one (`prev` itself when all are). */
export function reuseUnchanged(prev: GraphModel | null, next: GraphModel): GraphModel {
  return prev ? applyGraph(prev, diffGraph(prev, next)) : next;
}
