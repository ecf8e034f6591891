/**
 * When the graph pane fits its view: on the first graph, and whenever the store asks (Fit view,
 * a new example, a new direction); again when ELK's final layout replaces the provisional one.
 * A fit waits until React Flow holds the nodes just derived (never in the same tick as setNodes).
 * It reports whether the view is settled, and whether the note about a partial view applies:
 * while the view stays where a fit that could not show the whole graph put it.
 */
import { useCallback, useEffect, useState, type RefObject } from 'react';
import { useReactFlow, useStore as useFlowStore } from '@xyflow/react';
import type { Viewport } from '../../core/graph/viewport.ts';
import { fitFlow } from './fit.ts';
import type { DepFlowEdge, FlowNode, PaneNode } from './flowTypes.ts';

type Transform = [number, number, number];

const sameViewport = ([x, y, zoom]: Transform, v: Viewport): boolean =>
  Math.abs(x - v.x) < 1 && Math.abs(y - v.y) < 1 && Math.abs(zoom - v.zoom) < 1e-3;

export interface FitState {
  /** The final layout is on screen and fitted. */
  readonly settled: boolean;
  /** The view shows part of the graph, as fitted (the person has not moved it since). */
  readonly partial: boolean;
}

export function useFit(
  pane: RefObject<HTMLDivElement | null>,
  request: number,
  shown: readonly PaneNode[],
  derived: readonly PaneNode[],
  final: boolean,
  focusId: string | null,
): FitState {
  const flow = useReactFlow<FlowNode, DepFlowEdge>();
  const [pending, setPending] = useState(true);
  const [partialFit, setPartialFit] = useState<Viewport | null>(null);
  const partial = useFlowStore(
    useCallback((st: { transform: Transform }) => partialFit !== null && sameViewport(st.transform, partialFit), [partialFit]),
  );

  useEffect(() => setPending(true), [request]);
  useEffect(() => {
    const applied = shown.length === derived.length && shown[0]?.id === derived[0]?.id;
    if (!pending || shown.length === 0 || !applied || !pane.current) return;
    void fitFlow(flow, pane.current, derived, focusId).then((fit) => {
      setPartialFit(fit && !fit.whole ? fit : null);
      if (final) setPending(false);
    });
  }, [shown, derived, final, flow, pending, pane, focusId]);

  return { settled: final && !pending, partial };
}
