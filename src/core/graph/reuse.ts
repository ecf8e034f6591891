/**
 * Structural sharing between two graph models: unchanged nodes and edges keep their previous
 * object identity, so the UI re-renders only what an edit really changed.
 */
import type { GraphModel } from './types.ts';

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(rb, k) && deepEqual(ra[k], rb[k]));
}

/** Returns `next`, with every node and edge equal to one in `prev` replaced by that one. */
export function reuseUnchanged(prev: GraphModel | null, next: GraphModel): GraphModel {
  if (!prev) return next;
  const oldNodes = new Map(prev.nodes.map((n) => [n.id, n]));
  const oldEdges = new Map(prev.edges.map((e) => [e.id, e]));
  const nodes = next.nodes.map((n) => {
    const o = oldNodes.get(n.id);
    return o && deepEqual(o, n) ? o : n;
  });
  const edges = next.edges.map((e) => {
    const o = oldEdges.get(e.id);
    return o && deepEqual(o, e) ? o : e;
  });
  const same = nodes.length === prev.nodes.length && edges.length === prev.edges.length &&
    nodes.every((n, i) => n === prev.nodes[i]) && edges.every((e, i) => e === prev.edges[i]) && prev.target === next.target;
  return same ? prev : { nodes, edges, target: next.target };
}
