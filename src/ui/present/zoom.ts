/**
 * Presentation mode's camera: the viewport that shows one stage node as large as the pane allows
 * (a margin all round, at most `maxZoom`: the graph's own limit), centred. Pure.
 */

import type { Rect, Viewport } from '../../core/graph/viewport.ts';

export type { Rect, Viewport };

export interface StageZoomOptions {
  /** Screen pixels kept clear on every side of the node. */
  readonly margin: number;
  readonly minZoom: number;
  readonly maxZoom: number;
}

/** The viewport centring `node` (graph units) in a `pane` (screen pixels), zoomed to fill it. */
export function zoomToStage(node: Rect, pane: { readonly width: number; readonly height: number }, o: StageZoomOptions): Viewport | null {
  if (!(node.width > 0 && node.height > 0 && pane.width > 0 && pane.height > 0)) return null;
  const room = (px: number) => Math.max(px - 2 * o.margin, px / 2);
  const fill = Math.min(room(pane.width) / node.width, room(pane.height) / node.height);
  const zoom = Math.min(o.maxZoom, Math.max(o.minZoom, fill));
  const cx = node.x + node.width / 2;
  const cy = node.y + node.height / 2;
  return { x: pane.width / 2 - cx * zoom, y: pane.height / 2 - cy * zoom, zoom };
}
