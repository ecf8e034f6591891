/**
 * How far a drop-down list may reach down before it would cover something: the top of the first
 * obstacle below the list's top that shares some of its columns (the zoom buttons, the legend, a
 * note), else the floor (the pane's bottom), less a gap. Screen pixels in, screen pixels out;
 * never less than `min`, so a list always shows a few rows (scrolling the rest).
 */
import type { Rect } from './viewport.ts';

export function roomBelow(list: Rect, obstacles: readonly Rect[], floor: number, gap = 8, min = 72): number {
  let limit = floor;
  for (const o of obstacles) {
    const sharesColumns = o.x < list.x + list.width && list.x < o.x + o.width;
    if (sharesColumns && o.y + o.height > list.y && o.y < limit) limit = Math.max(list.y, o.y);
  }
  return Math.max(min, limit - gap - list.y);
}
