/**
 * Positions for the current graph. A layout is keyed by the graph's structure (node ids and
 * sizes, edges, direction): edits that change only what nodes say reuse it as is. When the
 * structure changes, known nodes keep their place and new ones get a quick provisional spot
 * at once; ELK's layout (in its worker) then replaces it, unless a newer request superseded it.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { layoutGraph, type Point } from '../../core/graph/layout.ts';
import { quickLayout } from '../../core/graph/quick.ts';
import { nodeSize, type Size } from '../../core/graph/size.ts';
import type { Direction, GraphModel } from '../../core/graph/types.ts';
import { getElk } from './elk.ts';

export interface Layout {
  readonly key: string;
  readonly positions: Readonly<Record<string, Point>>;
  /** False while the positions are provisional (ELK has not answered yet). */
  readonly final: boolean;
}

function sizer(graph: GraphModel, expanded: ReadonlySet<number>): (id: string) => Size {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  return (id) => {
    const n = byId.get(id);
    return n ? nodeSize(n, n.kind === 'stage' && expanded.has(n.stage)) : { width: 1, height: 1 };
  };
}

function structureKey(graph: GraphModel, sizeOf: (id: string) => Size, direction: Direction): string {
  const nodes = graph.nodes.map((n) => {
    const s = sizeOf(n.id);
    return `${n.id}:${s.width}x${s.height}`;
  });
  return `${direction}|${nodes.join(',')}|${graph.edges.map((e) => `${e.source}>${e.target}`).join(',')}`;
}

export function useLayout(graph: GraphModel | null, expanded: ReadonlySet<number>, direction: Direction): Layout | null {
  const [done, setDone] = useState<Layout | null>(null);
  const shown = useRef<Layout | null>(null);
  const requested = useRef<string | null>(null);

  const wanted = useMemo(() => {
    if (!graph) return null;
    const sizeOf = sizer(graph, expanded);
    return { graph, sizeOf, key: structureKey(graph, sizeOf, direction) };
  }, [graph, expanded, direction]);

  // Provisional layout: previous positions where known, quick layout elsewhere.
  const layout = useMemo((): Layout | null => {
    if (!wanted) return null;
    if (done?.key === wanted.key) return done;
    const previous = shown.current?.positions ?? {};
    const quick = quickLayout(wanted.graph, wanted.sizeOf, direction);
    const sameDirection = shown.current?.key.startsWith(`${direction}|`) ?? false;
    const positions: Record<string, Point> = {};
    for (const n of wanted.graph.nodes) positions[n.id] = (sameDirection ? previous[n.id] : undefined) ?? quick[n.id] ?? { x: 0, y: 0 };
    return { key: wanted.key, positions, final: false };
  }, [wanted, done, direction]);
  shown.current = layout;

  useEffect(() => {
    if (!wanted || done?.key === wanted.key || requested.current === wanted.key) return;
    requested.current = wanted.key;
    const { graph: g, sizeOf, key } = wanted;
    layoutGraph(getElk(), g, sizeOf, direction).then(
      (r) => {
        // Staleness guard: only the latest structure's layout is committed.
        if (requested.current === key) setDone({ key, positions: r.positions, final: true });
      },
      () => {
        if (requested.current === key) setDone({ key, positions: quickLayout(g, sizeOf, direction), final: true });
      },
    );
  }, [wanted, done, direction]);

  return layout;
}
