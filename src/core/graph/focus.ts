/**
 * Dense graphs (moby/moby has 59 stages): what a reader can take in at once.
 *
 * - `focusGraph` keeps the target's own subgraph (the stages the builder being shown builds, and
 *   the images and edges they use) and counts the rest, which the view folds into one
 *   "+N stages not built" node.
 * - `relativesOf` is a node with its ancestors (what it is built from) and descendants (what uses it),
 *   for highlighting on hover.
 * - `searchStages` lists the stages whose name (or `#index`) contains what was typed, best first.
 *
 * Pure: graph model in, graph model (or ids) out; the input is never changed.
 */
import type { GraphModel, StageNode } from './types.ts';

export interface Focused {
  readonly graph: GraphModel;
  /** Indexes of the stages left out (not built for the target), in file order. */
  readonly folded: readonly number[];
}

const builtBy = (n: StageNode, classic: boolean): boolean => (classic ? n.classicBuilt : n.reachable);

/**
 * The target's own subgraph. Without a target, or when every stage is built, the graph comes back
 * as it is (the same object), with nothing folded.
 */
export function focusGraph(graph: GraphModel, classic: boolean): Focused {
  const stages = graph.nodes.filter((n): n is StageNode => n.kind === 'stage');
  const folded = stages.filter((n) => !builtBy(n, classic)).map((n) => n.stage);
  if (graph.target === null || folded.length === 0) return { graph, folded: [] };
  const kept = new Set(stages.filter((n) => builtBy(n, classic)).map((n) => n.id));
  const edges = graph.edges.filter((e) => kept.has(e.target));
  const used = new Set(edges.map((e) => e.source));
  const nodes = graph.nodes.filter((n) => (n.kind === 'stage' ? kept.has(n.id) : used.has(n.id)));
  return { graph: { nodes, edges, target: graph.target }, folded };
}

/** `id` with everything it is built from and everything built from it (edges followed both ways). */
export function relativesOf(graph: GraphModel, id: string): Set<string> {
  const up = new Map<string, string[]>();
  const down = new Map<string, string[]>();
  for (const e of graph.edges) {
    (up.get(e.target) ?? up.set(e.target, []).get(e.target)!).push(e.source);
    (down.get(e.source) ?? down.set(e.source, []).get(e.source)!).push(e.target);
  }
  const out = new Set<string>([id]);
  for (const links of [up, down]) {
    const todo = [id];
    while (todo.length > 0) {
      for (const next of links.get(todo.pop()!) ?? []) {
        if (!out.has(next)) {
          out.add(next);
          todo.push(next);
        }
      }
    }
  }
  return out;
}

/**
 * Stages matching `query` (case-insensitive): an exact name or `#index` first, then names that
 * start with it, then names that contain it; file order within each group.
 */
export function searchStages(graph: GraphModel, query: string, limit = 8): StageNode[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [];
  const rank = (n: StageNode): number => {
    const name = n.label.toLowerCase();
    if (name === q || `#${n.stage}` === q || String(n.stage) === q) return 0;
    if (name.startsWith(q)) return 1;
    if (name.includes(q)) return 2;
    return 3;
  };
  return graph.nodes
    .filter((n): n is StageNode => n.kind === 'stage')
    .map((n) => ({ n, r: rank(n) }))
    .filter((x) => x.r < 3)
    .sort((a, b) => a.r - b.r || a.n.stage - b.n.stage)
    .slice(0, limit)
    .map((x) => x.n);
}
