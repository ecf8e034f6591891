/**
 * The smallest viewport move that brings a node fully into the pane (an instruction list just
 * opened must not run off the bottom): pan only as far as needed, and zoom out only when the node
 * is taller or wider than the pane at the current zoom (never below `minZoom`).
 */
import type { Rect, Viewport } from './viewport.ts';

export function revealRect(node: Rect, view: Viewport, pane: { readonly width: number; readonly height: number }, margin = 16, minZoom = 0.5): Viewport {
  const fitZoom = Math.min((pane.width - 2 * margin) / node.width, (pane.height - 2 * margin) / node.height);
  const zoom = fitZoom < view.zoom ? Math.max(minZoom, fitZoom) : view.zoom;
  const axis = (pos: number, size: number, offset: number, room: number): number => {
    const start = pos * zoom + offset;
    const end = start + size * zoom;
    if (end > room - margin) offset -= end - (room - margin);
    const start2 = pos * zoom + offset;
    if (start2 < margin) offset += margin - start2; // the top (the node's name) wins over the bottom
    return offset;
  };
  // Keep the node's centre where it was on screen when zooming.
  const scale = zoom / view.zoom;
  const cx = (node.x + node.width / 2) * view.zoom + view.x;
  const cy = (node.y + node.height / 2) * view.zoom + view.y;
  const x0 = scale === 1 ? view.x : cx - (node.x + node.width / 2) * zoom;
  const y0 = scale === 1 ? view.y : cy - (node.y + node.height / 2) * zoom;
  return { x: axis(node.x, node.width, x0, pane.width), y: axis(node.y, node.height, y0, pane.height), zoom };
}
