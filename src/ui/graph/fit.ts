/**
 * Fits the view: measures the pane and what floats over it, then asks viewport.ts where to look.
 * The overlays are found by their classes: ours (legend), React Flow's (minimap, zoom buttons)
 * and the share bar that the graph section lays over the pane's top-left corner.
 */
import type { ReactFlowInstance } from '@xyflow/react';
import { boundsOf, fitViewport, type Fit, type FitRequest, type Rect } from '../../core/graph/viewport.ts';
import type { DepFlowEdge, FlowNode, PaneNode } from './flowTypes.ts';
import { FIT_MIN_ZOOM } from './lod.ts';
import { fitZooms, textSize } from '../state/textSize.ts';

export const OVERLAYS = '.legend, .react-flow__minimap, .react-flow__controls, .sc-sharebar, .dense-tools';
/** Free space around a fitted graph, in pixels. */
const MARGIN = 12;
/** Fitting never enlarges beyond this (a two-node graph would fill the screen). */
const FIT_MAX_ZOOM = 1.2;
/**
 * When the graph is shown only in part, a note says so at the bottom centre (.graph-note): this
 * much of the pane's height (two lines of it, and its margin) is kept clear for it.
 */
const NOTE_BAND = 56;

/** Rectangles of the visible overlays (or of `selector`'s), relative to the pane and clipped to it. */
export function overlaysOver(pane: HTMLElement, selector: string = OVERLAYS): Rect[] {
  const p = pane.getBoundingClientRect();
  const scope = pane.parentElement ?? pane;
  const out: Rect[] = [];
  for (const el of scope.querySelectorAll<HTMLElement>(selector)) {
    const r = el.getBoundingClientRect();
    const x0 = Math.max(r.left, p.left);
    const y0 = Math.max(r.top, p.top);
    const x1 = Math.min(r.right, p.right);
    const y1 = Math.min(r.bottom, p.bottom);
    if (x1 > x0 && y1 > y0) out.push({ x: x0 - p.left, y: y0 - p.top, width: x1 - x0, height: y1 - y0 });
  }
  return out;
}

const rectOf = (n: PaneNode): Rect => ({ x: n.position.x, y: n.position.y, width: n.width ?? 0, height: n.height ?? 0 });

/**
 * Moves the view to show `nodes` (at their derived positions and sizes), or, when they cannot be
 * shown whole at a readable size, the node `focusId` (else the last stage) and its surroundings,
 * clear of the note that then says so. Resolves to the viewport chosen.
 */
export async function fitFlow(
  flow: ReactFlowInstance<FlowNode, DepFlowEdge>,
  pane: HTMLElement,
  nodes: readonly PaneNode[],
  focusId: string | null,
): Promise<Fit | null> {
  const bounds = boundsOf(nodes.map(rectOf));
  if (!bounds) return null;
  const focusNode = (focusId ? nodes.find((n) => n.id === focusId) : undefined) ?? nodes.findLast((n) => n.type === 'stage');
  const width = pane.clientWidth;
  const height = pane.clientHeight;
  const request: FitRequest = {
    pane: { width, height },
    overlays: overlaysOver(pane),
    bounds,
    focus: focusNode ? rectOf(focusNode) : null,
    // A larger text size keeps the graph's text large too (shown around the target if need be).
    minZoom: fitZooms(textSize(), { min: FIT_MIN_ZOOM, max: FIT_MAX_ZOOM }).min,
    maxZoom: fitZooms(textSize(), { min: FIT_MIN_ZOOM, max: FIT_MAX_ZOOM }).max,
    margin: MARGIN,
  };
  let fit = fitViewport(request);
  if (!fit.whole) fit = fitViewport({ ...request, overlays: [...request.overlays, { x: 0, y: height - NOTE_BAND, width, height: NOTE_BAND }] });
  await flow.setViewport({ x: fit.x, y: fit.y, zoom: fit.zoom });
  return fit;
}
