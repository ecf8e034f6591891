/**
 * The stage search's results drop down over the graph, never over the pane's controls: the list's
 * max-height is the room left above the zoom buttons, the legend or the note below it (core/graph/room.ts),
 * measured on screen and given back in the list's own CSS pixels (the text-size control zooms the box).
 */
import { useLayoutEffect, useState, type RefObject } from 'react';
import { roomBelow } from '../../core/graph/room.ts';
import type { Rect } from '../../core/graph/viewport.ts';

const OBSTACLES = '.react-flow__controls, .react-flow__minimap, .legend, .graph-note';
const rect = (r: DOMRect): Rect => ({ x: r.left, y: r.top, width: r.width, height: r.height });

export function useListRoom(list: RefObject<HTMLElement | null>, open: boolean, rows: number): number | undefined {
  const [room, setRoom] = useState<number | undefined>(undefined);
  useLayoutEffect(() => {
    const el = list.current;
    const pane = el?.closest('.graph-pane');
    if (!open || !el || !pane) return;
    const box = el.getBoundingClientRect();
    const obstacles = [...pane.querySelectorAll(OBSTACLES)].map((o) => o.getBoundingClientRect()).filter((r) => r.width > 0).map(rect);
    const zoom = el.offsetWidth > 0 ? box.width / el.offsetWidth : 1;
    // The box around the list (its padding and border) must clear the obstacle too.
    const below = Math.max(0, (el.parentElement?.getBoundingClientRect().bottom ?? box.bottom) - box.bottom);
    const next = Math.floor(roomBelow(rect(box), obstacles, pane.getBoundingClientRect().bottom, 8 + below) / zoom);
    setRoom((r) => (r === next ? r : next));
  }, [list, open, rows]);
  return open ? room : undefined;
}
