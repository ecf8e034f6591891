/**
 * Where to look when fitting a graph into a pane that overlays partly cover (share bar, legend,
 * minimap, zoom buttons). Pure geometry: the pane and the overlays in screen pixels (overlays
 * relative to the pane), the graph's bounds in graph units.
 *
 * Each overlay keeps the graph away either sideways (from the nearer left/right edge) or
 * vertically (from the nearer top/bottom edge); of all these choices the one that lets the
 * graph be largest wins. A tall graph thus keeps clear of corner overlays sideways, where the
 * pane has room to spare, and a wide one above and below them.
 *
 * When even the best choice needs a zoom below `minZoom` (a deep graph, fitted, would be specks),
 * the view stays at `minZoom` around `focus` (the target stage), showing as much graph as the
 * free area holds: `whole` is then false.
 */

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Viewport {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
}

export interface Fit extends Viewport {
  /** The whole graph is in view. */
  readonly whole: boolean;
}

export interface FitRequest {
  readonly pane: { readonly width: number; readonly height: number };
  readonly overlays: readonly Rect[];
  readonly bounds: Rect;
  readonly focus: Rect | null;
  readonly minZoom: number;
  readonly maxZoom: number;
  /** Free space kept around the graph, in pixels. */
  readonly margin: number;
}

/** A free area narrower or lower than this is no place for a graph: the overlays are ignored then. */
const MIN_FREE = 120;
/** Overlays beyond this many are all kept clear of the same way (2^n choices are tried). */
const MAX_CHOICES = 6;

/** Bounding box of rectangles (graph units); null for none. */
export function boundsOf(rects: readonly Rect[]): Rect | null {
  if (rects.length === 0) return null;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const r of rects) {
    x0 = Math.min(x0, r.x);
    y0 = Math.min(y0, r.y);
    x1 = Math.max(x1, r.x + r.width);
    y1 = Math.max(y1, r.y + r.height);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** The free areas of the pane, one per way of keeping clear of the overlays (largest area first on ties). */
function freeAreas(req: FitRequest): Rect[] {
  const { pane, margin } = req;
  const overlays = req.overlays.filter((o) => o.width > 0 && o.height > 0);
  const n = overlays.length;
  const choices = n <= MAX_CHOICES ? 1 << n : 0;
  const masks = choices > 0 ? Array.from({ length: choices }, (_, i) => i) : [0, (1 << n) - 1];
  const out: Rect[] = [];
  for (const mask of masks) {
    let left = 0;
    let right = 0;
    let top = 0;
    let bottom = 0;
    overlays.forEach((o, i) => {
      const sideways = (mask & (1 << i)) !== 0;
      if (sideways) {
        if (o.x + o.width / 2 < pane.width / 2) left = Math.max(left, o.x + o.width);
        else right = Math.max(right, pane.width - o.x);
      } else if (o.y + o.height / 2 < pane.height / 2) top = Math.max(top, o.y + o.height);
      else bottom = Math.max(bottom, pane.height - o.y);
    });
    const r = { x: left + margin, y: top + margin, width: pane.width - left - right - 2 * margin, height: pane.height - top - bottom - 2 * margin };
    if (r.width >= MIN_FREE && r.height >= MIN_FREE) out.push(r);
  }
  if (out.length === 0) out.push({ x: margin, y: margin, width: Math.max(1, pane.width - 2 * margin), height: Math.max(1, pane.height - 2 * margin) });
  return out;
}

const zoomFor = (free: Rect, b: Rect): number => Math.min(free.width / Math.max(1, b.width), free.height / Math.max(1, b.height));

/** Translation on one axis that centres `lo..lo+size` (graph units) in `start..start+room` (pixels). */
const centre = (start: number, room: number, lo: number, size: number, zoom: number): number => start + (room - size * zoom) / 2 - lo * zoom;

/**
 * Translation on one axis that brings `focus` (graph units) as near the middle of
 * `start..start+room` as the graph allows: a graph larger than the room still covers it
 * (no empty band beside it), a smaller one stays wholly inside it.
 */
function around(start: number, room: number, lo: number, size: number, zoom: number, focus: number): number {
  const wanted = start + room / 2 - focus * zoom;
  const a = start - lo * zoom; // the graph's near edge at the room's near edge
  const b = start + room - (lo + size) * zoom; // the graph's far edge at the room's far edge
  return Math.min(Math.max(a, b), Math.max(Math.min(a, b), wanted));
}

export function fitViewport(req: FitRequest): Fit {
  const b = req.bounds;
  const areas = freeAreas(req);
  let best = areas[0]!;
  for (const a of areas) if (zoomFor(a, b) > zoomFor(best, b)) best = a;
  const zoom = Math.min(req.maxZoom, zoomFor(best, b));
  if (zoom >= req.minZoom) {
    return { x: centre(best.x, best.width, b.x, b.width, zoom), y: centre(best.y, best.height, b.y, b.height, zoom), zoom, whole: true };
  }
  // Too large to fit: the largest free area, at minZoom, around the focus.
  let room = areas[0]!;
  for (const a of areas) if (a.width * a.height > room.width * room.height) room = a;
  const z = req.minZoom;
  const f = req.focus ?? b;
  return {
    x: around(room.x, room.width, b.x, b.width, z, f.x + f.width / 2),
    y: around(room.y, room.height, b.y, b.height, z, f.y + f.height / 2),
    zoom: z,
    whole: false,
  };
}
