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

function push<T>(m: Map<string, T[]>, key: string, value: T): void {
  const list = m.get(key);
  if (list) list.push(value);
  else m.set(key, [value]);
}

/** The outline, in stage order. Linear in nodes + edges (a 1,000-stage file is outlined on every edit). */
export function outlineOf(graph: GraphModel): OutlineEntry[] {
  const refs = new Map<string, OutlineRef>();
  for (const n of graph.nodes) {
    refs.set(n.id, { id: n.id, kind: n.kind, label: n.kind === 'stage' ? n.label : n.kind === 'image' ? n.ref : 'scratch' });
  }
  const uses = new Map<string, (OutlineRef & { readonly edge: 'copy' | 'mount' | 'onbuild' })[]>();
  const usedBy = new Map<string, OutlineRef[]>();
  // Edges in graph order, so each list keeps the order the edges have.
  for (const e of graph.edges) {
    const source = refs.get(e.source);
    if (e.kind !== 'base' && source) push(uses, e.target, { ...source, edge: e.kind });
    const target = refs.get(e.target);
    if (target) push(usedBy, e.source, target);
  }
  return graph.nodes
    .filter((n): n is StageNode => n.kind === 'stage')
    .map((stage) => ({ stage, uses: uses.get(stage.id) ?? [], usedBy: usedBy.get(stage.id) ?? [] }));
}
