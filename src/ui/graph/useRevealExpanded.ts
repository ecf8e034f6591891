/**
 * An instruction list just opened never runs off the pane: once the node is drawn at its new
 * size, the viewport moves as little as needed to show all of it (core/graph/reveal.ts).
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useReactFlow } from '@xyflow/react';
import { revealRect } from '../../core/graph/reveal.ts';
import type { FlowNode } from './flowTypes.ts';

export function useRevealExpanded(pane: RefObject<HTMLDivElement | null>, expanded: readonly number[], nodes: readonly FlowNode[], final: boolean): void {
  const flow = useReactFlow();
  const before = useRef(expanded);
  const [pending, setPending] = useState<string | null>(null);
  useEffect(() => {
    const opened = expanded.find((x) => !before.current.includes(x));
    before.current = expanded;
    if (opened !== undefined) setPending(`stage:${opened}`);
  }, [expanded]);
  useEffect(() => {
    if (pending === null || !final || !pane.current) return;
    const n = nodes.find((x) => x.id === pending);
    if (!n || n.type !== 'stage' || !n.data.expanded) return;
    setPending(null);
    const box = pane.current.getBoundingClientRect();
    const frame = requestAnimationFrame(() => {
      const rect = { x: n.position.x, y: n.position.y, width: n.width ?? 0, height: n.height ?? 0 };
      const next = revealRect(rect, flow.getViewport(), { width: box.width, height: box.height });
      const now = flow.getViewport();
      if (next.x !== now.x || next.y !== now.y || next.zoom !== now.zoom) void flow.setViewport(next, { duration: 200 });
    });
    return () => cancelAnimationFrame(frame);
  }, [pending, final, nodes, pane, flow]);
}
