/**
 * What the graph must not draw while an exercise is unanswered, because drawing it would give the
 * answer away: "which stage does this COPY --from copy from?" is answered by the copy edge that
 * ends at its stage, and by an image node that is there only for that copy. Pure: it reads the
 * graph model (core/graph) and names edges and nodes by their ids; the page leaves them out of the
 * picture (layout unchanged, so nothing moves when they come back) until the answer is revealed.
 * Labels, counts and dimming are kept back by the page's styles (ui/explain/explain.css).
 */
import type { GraphModel } from '../graph/types.ts';
import type { ExerciseSpec } from './types.ts';

export interface Concealed {
  readonly edges: ReadonlySet<string>;
  readonly nodes: ReadonlySet<string>;
}

export const NOTHING_CONCEALED: Concealed = { edges: new Set(), nodes: new Set() };

/** The edges and nodes of `graph` that give away the answer of `spec`. */
export function concealedBy(graph: GraphModel, spec: ExerciseSpec): Concealed {
  if (spec.kind !== 'copySource') return NOTHING_CONCEALED;
  // Every edge the asked line contributes to (merged edges carry several lines: the whole edge goes).
  const edges = new Set(graph.edges.filter((e) => e.kind === 'copy' && e.items.some((i) => i.line === spec.line)).map((e) => e.id));
  if (edges.size === 0) return NOTHING_CONCEALED;
  // An image drawn only because of the hidden edges would stand alone and point at the answer.
  const nodes = new Set(
    graph.nodes
      .filter((n) => n.kind === 'image' && graph.edges.some((e) => e.source === n.id && edges.has(e.id)) && graph.edges.every((e) => e.source !== n.id || edges.has(e.id)))
      .map((n) => n.id),
  );
  return { edges, nodes };
}

/** `graph` without what `c` conceals (for what is computed from the drawn edges, such as a node's relatives). */
export function withoutConcealed(graph: GraphModel, c: Concealed): GraphModel {
  if (c.edges.size === 0 && c.nodes.size === 0) return graph;
  return { ...graph, nodes: graph.nodes.filter((n) => !c.nodes.has(n.id)), edges: graph.edges.filter((e) => !c.edges.has(e.id)) };
}
