/**
 * A text outline of the graph, for screen readers and for reading: each stage, what it is
 * based on, what it uses and what uses it, and whether it is built. Data only; the UI words it.
 */
import type { GraphModel, StageNode } from './types.ts';

export interface OutlineRef {
  readonly id: string;
  /** A stage label or an image reference. */
  readonly label: string;
  readonly kind: 'stage' | 'image' | 'scratch';
}

export interface OutlineEntry {
  readonly stage: StageNode;
  readonly uses: readonly (OutlineRef & { readonly edge: 'copy' | 'mount' | 'onbuild' })[];
  readonly usedBy: readonly OutlineRef[];
}

export function outlineOf(graph: GraphModel): OutlineEntry[] {
  const refs = new Map<string, OutlineRef>();
  for (const n of graph.nodes) {
    refs.set(n.id, { id: n.id, kind: n.kind, label: n.kind === 'stage' ? n.label : n.kind === 'image' ? n.ref : 'scratch' });
  }
  return graph.nodes
    .filter((n): n is StageNode => n.kind === 'stage')
    .map((stage) => ({
      stage,
      uses: graph.edges
        .filter((e) => e.target === stage.id && e.kind !== 'base')
        .flatMap((e) => {
          const r = refs.get(e.source);
          return r && e.kind !== 'base' ? [{ ...r, edge: e.kind }] : [];
        }),
      usedBy: graph.edges
        .filter((e) => e.source === stage.id)
        .flatMap((e) => {
          const r = refs.get(e.target);
          return r ? [r] : [];
        }),
    }));
}
