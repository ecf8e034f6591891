/**
 * Positions for the current graph. A layout is keyed by the graph's structure (node ids and
 * sizes, edges, direction): edits that change only what nodes say reuse it as is, found by an
 * allocation-free comparison with the previous graph (no key is rebuilt while typing). When the
 * structure changes, known nodes keep their place and new ones get a quick provisional spot at
 * once; ELK's layout (in its worker) then replaces it, unless a newer request superseded it.
 * The last few finished layouts are kept, so undoing a structural edit snaps back at once.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { layoutGraph, type Point } from '../../core/graph/layout.ts';
import { quickLayout } from '../../core/graph/quick.ts';
import { nodeSize, type Size } from '../../core/graph/size.ts';
import type { Direction, GraphModel, GraphNode } from '../../core/graph/types.ts';
import { getElk } from './elk.ts';

export interface Layout {
  readonly key: string;
  readonly positions: Readonly<Record<string, Point>>;
  /** False while the positions are provisional (ELK has not answered yet). */
  readonly final: boolean;
}

/** Finished layouts kept for structures seen recently. */
const KEPT_LAYOUTS = 4;

const sizeOfNode = (n: GraphNode, expanded: ReadonlySet<number>): Size => nodeSize(n, n.kind === 'stage' && expanded.has(n.stage));

function sizer(graph: GraphModel, expanded: ReadonlySet<number>): (id: string) => Size {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  return (id) => {
    const n = byId.get(id);
    return n ? sizeOfNode(n, expanded) : { width: 1, height: 1 };
  };
}

function structureKey(graph: GraphModel, sizeOf: (id: string) => Size, direction: Direction): string {
  const nodes = graph.nodes.map((n) => {
    const s = sizeOf(n.id);
    return `${n.id}:${s.width}x${s.height}`;
  });
  return `${direction}|${nodes.join(',')}|${graph.edges.map((e) => `${e.source}>${e.target}`).join(',')}`;
}

interface Wanted {
  readonly graph: GraphModel;
  readonly expanded: ReadonlySet<number>;
  readonly direction: Direction;
  readonly sizeOf: (id: string) => Size;
  readonly key: string;
}

/** Same layout input as `prev`? Nodes and edges that kept their identity are not looked into. */
function sameStructure(prev: Wanted, graph: GraphModel, expanded: ReadonlySet<number>, direction: Direction): boolean {
  if (prev.direction !== direction || prev.expanded !== expanded) return false;
  const a = prev.graph;
  if (a === graph) return true;
  if (a.nodes.length !== graph.nodes.length || a.edges.length !== graph.edges.length) return false;
  for (let i = 0; i < graph.nodes.length; i++) {
    const m = a.nodes[i]!;
    const n = graph.nodes[i]!;
    if (m === n) continue;
    if (m.id !== n.id) return false;
    const sm = sizeOfNode(m, expanded);
    const sn = sizeOfNode(n, expanded);
    if (sm.width !== sn.width || sm.height !== sn.height) return false;
  }
  for (let i = 0; i < graph.edges.length; i++) {
    const d = a.edges[i]!;
    const e = graph.edges[i]!;
    if (d !== e && (d.source !== e.source || d.target !== e.target)) return false;
  }
  return true;
}

export function useLayout(graph: GraphModel | null, expanded: ReadonlySet<number>, direction: Direction): Layout | null {
  const [done, setDone] = useState<Layout | null>(null);
  const kept = useRef<Layout[]>([]);
  const shown = useRef<Layout | null>(null);
  const requested = useRef<string | null>(null);
  const lastWanted = useRef<Wanted | null>(null);

  const wanted = useMemo((): Wanted | null => {
    if (!graph) return null;
    const prev = lastWanted.current;
    // Same structure: keep the key (and the sizer, which only reads ids and sizes) of the previous graph.
    const w =
      prev && sameStructure(prev, graph, expanded, direction)
        ? { ...prev, graph }
        : (() => {
            const sizeOf = sizer(graph, expanded);
            return { graph, expanded, direction, sizeOf, key: structureKey(graph, sizeOf, direction) };
          })();
    lastWanted.current = w;
    return w;
  }, [graph, expanded, direction]);

  // Provisional layout: previous positions where known, quick layout elsewhere.
  const layout = useMemo((): Layout | null => {
    if (!wanted) return null;
    if (done?.key === wanted.key) return done;
    const known = kept.current.find((l) => l.key === wanted.key);
    if (known) return known;
    const previous = shown.current?.positions ?? {};
    const quick = quickLayout(wanted.graph, wanted.sizeOf, direction);
    const sameDirection = shown.current?.key.startsWith(`${direction}|`) ?? false;
    const positions: Record<string, Point> = {};
    for (const n of wanted.graph.nodes) positions[n.id] = (sameDirection ? previous[n.id] : undefined) ?? quick[n.id] ?? { x: 0, y: 0 };
    return { key: wanted.key, positions, final: false };
  }, [wanted, done, direction]);
  shown.current = layout;

  useEffect(() => {
    if (!wanted || layout?.final || requested.current === wanted.key) return;
    requested.current = wanted.key;
    const { graph: g, sizeOf, key } = wanted;
    const finish = (positions: Readonly<Record<string, Point>>): void => {
      const l: Layout = { key, positions, final: true };
      kept.current = [l, ...kept.current.filter((x) => x.key !== key)].slice(0, KEPT_LAYOUTS);
      // Staleness guard: only the latest structure's layout is committed.
      if (requested.current === key) setDone(l);
    };
    layoutGraph(getElk(), g, sizeOf, direction).then(
      (r) => finish(r.positions),
      () => finish(quickLayout(g, sizeOf, direction)),
    );
  }, [wanted, layout, direction]);

  return layout;
}
