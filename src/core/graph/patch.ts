/**
 * Structural sharing across a boundary (the analysis worker → the page), and between two
 * analyses on one side of it. The sender diffs the new list against the one it sent before; the
 * receiver rebuilds the new list from its own copy of that one. Unchanged entries are sent as an
 * index and come back as the receiver's existing object: never cloned, never re-rendered.
 *
 * Invariants, for prev and next lists of plain data:
 * - applyList(prev, diffList(prev, next, key)) deep-equals next;
 * - every entry of the result that equals an entry of prev with the same key IS that entry;
 * - when nothing changed (same entries in the same order) the result IS prev.
 */
import { deepEqual } from './equal.ts';
import type { GraphModel, GraphNode, GraphEdge } from './types.ts';

/** Per entry of the new list: the entry itself when new or changed, else its index in the previous list. */
export type ListPatch<T extends object> = readonly (T | number)[];

export function diffList<T extends object>(prev: readonly T[] | null, next: readonly T[], keyOf: (x: T) => string): ListPatch<T> {
  if (!prev || prev.length === 0) return next;
  const at = new Map<string, number>();
  prev.forEach((x, i) => at.set(keyOf(x), i));
  return next.map((x) => {
    const i = at.get(keyOf(x));
    return i !== undefined && deepEqual(prev[i], x) ? i : x;
  });
}

export function applyList<T extends object>(prev: readonly T[] | null, patch: ListPatch<T>): readonly T[] {
  let same = prev !== null && prev.length === patch.length;
  const out = patch.map((x, i) => {
    if (typeof x !== 'number') {
      same = false;
      return x;
    }
    const old = prev?.[x];
    // A patch always refers to the list it was diffed against: a missing entry is a protocol bug.
    if (old === undefined) throw new Error(`list patch refers to entry ${x} of a list of ${prev?.length ?? 0}`);
    if (x !== i) same = false;
    return old;
  });
  return same && prev ? prev : out;
}

export interface GraphPatch {
  readonly nodes: ListPatch<GraphNode>;
  readonly edges: ListPatch<GraphEdge>;
  readonly target: number | null;
}

const byId = (x: { readonly id: string }): string => x.id;

export function diffGraph(prev: GraphModel | null, next: GraphModel): GraphPatch {
  return { nodes: diffList(prev?.nodes ?? null, next.nodes, byId), edges: diffList(prev?.edges ?? null, next.edges, byId), target: next.target };
}

export function applyGraph(prev: GraphModel | null, patch: GraphPatch): GraphModel {
  const nodes = applyList(prev?.nodes ?? null, patch.nodes);
  const edges = applyList(prev?.edges ?? null, patch.edges);
  if (prev && nodes === prev.nodes && edges === prev.edges && prev.target === patch.target) return prev;
  return { nodes, edges, target: patch.target };
}
