/**
 * An instruction list just opened never runs off the pane: once the node is drawn at its new
 * size, the viewport moves as little as needed to show all of it (core/graph/reveal.ts).
 *
 * The stage waiting to be revealed is a ref, not state: clearing a state would re-render and
 * cancel the animation frame that moves the view before it ran (the list then stayed cut off).
 * It is cleared only inside that frame, so a frame cancelled by a re-render is scheduled again.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { useReactFlow } from '@xyflow/react';
import { revealRect, type RevealInsets } from '../../core/graph/reveal.ts';
import type { Viewport } from '../../core/graph/viewport.ts';
import { OVERLAYS, overlaysOver } from './fit.ts';
import type { FlowNode } from './flowTypes.ts';

/**
 * How far the overlays in the node's columns reach into the pane: those in its upper half from the
 * top (share bar, legend, tools box), the others from the bottom (zoom buttons, minimap, note).
 */
function insetsFor(pane: HTMLElement, n: FlowNode, view: Viewport): RevealInsets {
  const x0 = n.position.x * view.zoom + view.x;
  const x1 = x0 + (n.width ?? 0) * view.zoom;
  const h = pane.clientHeight;
  let top = 0;
  let bottom = 0;
  for (const o of overlaysOver(pane, `${OVERLAYS}, .graph-note`)) {
    if (o.x >= x1 || o.x + o.width <= x0) continue;
    if (o.y + o.height / 2 < h / 2) top = Math.max(top, o.y + o.height + 8);
    else bottom = Math.max(bottom, h - o.y + 8);
  }
  return { top, bottom };
}

export function useRevealExpanded(pane: RefObject<HTMLDivElement | null>, expanded: readonly number[], nodes: readonly FlowNode[], final: boolean): void {
  const flow = useReactFlow();
  const before = useRef(expanded);
  const pending = useRef<string | null>(null);
  useEffect(() => {
    const opened = expanded.find((x) => !before.current.includes(x));
    before.current = expanded;
    if (opened !== undefined) pending.current = `stage:${opened}`;
    else if (pending.current !== null && !expanded.some((x) => `stage:${x}` === pending.current)) pending.current = null; // closed again
  }, [expanded]);
  useEffect(() => {
    const id = pending.current;
    if (id === null || !final || !pane.current) return;
    const n = nodes.find((x) => x.id === id);
    if (!n || n.type !== 'stage' || !n.data.expanded) return;
    const el = pane.current;
    const box = { width: el.clientWidth, height: el.clientHeight };
    // After React Flow has adopted the node's new size and position.
    const frame = requestAnimationFrame(() => {
      pending.current = null;
      const rect = { x: n.position.x, y: n.position.y, width: n.width ?? 0, height: n.height ?? 0 };
      const now = flow.getViewport();
      const next = revealRect(rect, now, box, 16, 0.5, insetsFor(el, n, now));
      if (next.x !== now.x || next.y !== now.y || next.zoom !== now.zoom) void flow.setViewport(next, { duration: 200 });
    });
    return () => cancelAnimationFrame(frame);
  }, [expanded, final, nodes, pane, flow]);
}
