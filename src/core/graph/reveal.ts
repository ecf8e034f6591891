/**
 * The smallest viewport move that brings a node fully into the pane (an instruction list just
 * opened must not run off the bottom): pan only as far as needed, and zoom out only when the node
 * is taller or wider than the pane at the current zoom (never below `minZoom`).
 *
 * `insets` keep the node clear of what floats over the pane's top and bottom in the node's columns
 * (share bar, legend, tools box above; zoom buttons, minimap, note below): the node must fit
 * between them, each at least `margin` from the edge.
 */
import type { Rect, Viewport } from './viewport.ts';

export interface RevealInsets {
  readonly top?: number;
  readonly bottom?: number;
}

export function revealRect(
  node: Rect,
  view: Viewport,
  pane: { readonly width: number; readonly height: number },
  margin = 16,
  minZoom = 0.5,
  insets: RevealInsets = {},
): Viewport {
  const top = Math.max(margin, insets.top ?? 0);
  const bottom = Math.max(margin, insets.bottom ?? 0);
  const fitZoom = Math.min((pane.width - 2 * margin) / node.width, (pane.height - top - bottom) / node.height);
  const zoom = fitZoom < view.zoom ? Math.max(minZoom, fitZoom) : view.zoom;
  const axis = (pos: number, size: number, offset: number, room: number, lo: number, hi: number): number => {
    const start = pos * zoom + offset;
    const end = start + size * zoom;
    if (end > room - hi) offset -= end - (room - hi);
    const start2 = pos * zoom + offset;
    if (start2 < lo) offset += lo - start2; // the top (the node's name) wins over the bottom
    return offset;
  };
  // Keep the node's centre where it was on screen when zooming.
  const scale = zoom / view.zoom;
  const cx = (node.x + node.width / 2) * view.zoom + view.x;
  const cy = (node.y + node.height / 2) * view.zoom + view.y;
  const x0 = scale === 1 ? view.x : cx - (node.x + node.width / 2) * zoom;
  const y0 = scale === 1 ? view.y : cy - (node.y + node.height / 2) * zoom;
  return {
    x: axis(node.x, node.width, x0, pane.width, margin, margin),
    y: axis(node.y, node.height, y0, pane.height, top, bottom),
    zoom,
  };
}
