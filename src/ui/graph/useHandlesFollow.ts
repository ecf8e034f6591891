/**
 * Nodes carry their measured size (React Flow does not re-measure them), so when the layout
 * direction changes, their handles (top/bottom ⇄ left/right) must be re-measured explicitly:
 * otherwise edges keep leaving from the old sides until a reload.
 */
import { useEffect, useRef } from 'react';
import { useUpdateNodeInternals } from '@xyflow/react';
import type { Direction } from '../../core/graph/types.ts';
import type { FlowNode } from './flowTypes.ts';

export function useHandlesFollow(direction: Direction, nodes: readonly FlowNode[]): void {
  const update = useUpdateNodeInternals();
  const measuredFor = useRef(direction);
  useEffect(() => {
    if (measuredFor.current === direction || nodes.length === 0) return;
    // Only once React Flow holds nodes drawn for the new direction, and after they are painted.
    if (!nodes.every((n) => n.data.direction === direction)) return;
    const ids = nodes.map((n) => n.id);
    let second = 0;
    const first = requestAnimationFrame(() => {
      second = requestAnimationFrame(() => {
        measuredFor.current = direction;
        update(ids);
      });
    });
    return () => {
      cancelAnimationFrame(first);
      cancelAnimationFrame(second);
    };
  }, [direction, nodes, update]);
}
