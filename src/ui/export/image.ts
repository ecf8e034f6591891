/**
 * SVG and PNG of the whole graph (not just what is on screen), after React Flow's "download image"
 * example: fit the node bounds into an image of their own size, then render the viewport element
 * with that transform. PNG is drawn at 2× for crisp slides, optionally without a background.
 */
import { getNodesBounds, getViewportForBounds, type Node } from '@xyflow/react';

export type ImageFormat = 'svg' | 'png';

export interface ImageRequest {
  readonly format: ImageFormat;
  readonly nodes: readonly Node[];
  /** CSS colour, or null for a transparent background (PNG only; SVG always gets the colour). */
  readonly background: string | null;
}

/** Margin around the nodes, in graph pixels. */
const PADDING = 24;
export const PNG_PIXEL_RATIO = 2;

/** The image's CSS size for a set of nodes (the PNG is this times PNG_PIXEL_RATIO). */
export function imageSize(nodes: readonly Node[]): { width: number; height: number } {
  const b = getNodesBounds([...nodes]);
  return { width: Math.ceil(b.width + 2 * PADDING), height: Math.ceil(b.height + 2 * PADDING) };
}

/**
 * The computed-style properties to inline, without `d`: html-to-image ≥ 1.11.12 rewrites a path's `d`
 * as an unquoted `path(...)`, which drops every edge from the image (bubkoo/html-to-image#516).
 */
function styleProperties(): string[] {
  // Custom properties are left out: computed values already resolve var(), and Monaco alone
  // defines ~1,500 of them, which made every element's inlined style megabytes long.
  return Array.from(getComputedStyle(document.documentElement)).filter((p) => p !== 'd' && !p.startsWith('--'));
}

/** The SVG paint properties CSS gives the edges; the image has no stylesheet, so they are inlined. */
const SVG_PAINT = ['stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'stroke-linecap', 'fill', 'fill-opacity', 'opacity', 'visibility'];

/**
 * html-to-image copies an <svg> subtree as-is (only the <svg> element gets computed styles), so the
 * class-based stroke of every edge path would be lost. Inline it for the export; returns the undo.
 */
function inlineSvgPaint(root: HTMLElement): () => void {
  const saved: [SVGElement, string | null][] = [];
  root.querySelectorAll<SVGElement>('svg *').forEach((el) => {
    const cs = getComputedStyle(el);
    saved.push([el, el.getAttribute('style')]);
    for (const p of SVG_PAINT) el.style.setProperty(p, cs.getPropertyValue(p));
  });
  return () => {
    for (const [el, style] of saved) {
      if (style === null) el.removeAttribute('style');
      else el.setAttribute('style', style);
    }
  };
}

/** Returns a data: URL, or null when there is nothing to draw. */
export async function renderImage(req: ImageRequest): Promise<string | null> {
  const viewportEl = document.querySelector<HTMLElement>('.react-flow__viewport');
  if (!viewportEl || req.nodes.length === 0) return null;
  // Loaded on the first export (nothing the first screen needs), before the graph is touched.
  const { toPng, toSvg } = await import('html-to-image');
  const { width, height } = imageSize(req.nodes);
  const vp = getViewportForBounds(getNodesBounds([...req.nodes]), width, height, 1, 1, `${PADDING}px`);
  const options = {
    width,
    height,
    // Fonts are the system's; skipping the web-font pass keeps Monaco's icon font out of the image.
    skipFonts: true,
    includeStyleProperties: styleProperties(),
    // Interactive controls inside nodes ("Show instructions") mean nothing in a picture.
    filter: (n: HTMLElement) => !(n instanceof HTMLElement && n.classList.contains('stage-toggle')),
    style: { width: `${width}px`, height: `${height}px`, transform: `translate(${vp.x}px, ${vp.y}px) scale(${vp.zoom})` },
  };
  const undo = inlineSvgPaint(viewportEl);
  try {
    if (req.format === 'svg') return await toSvg(viewportEl, { ...options, backgroundColor: req.background ?? undefined });
    return await toPng(viewportEl, {
      ...options,
      pixelRatio: PNG_PIXEL_RATIO,
      ...(req.background === null ? {} : { backgroundColor: req.background }),
    });
  } finally {
    undo();
  }
}

/** The page's background colour (the theme's), for opaque exports. */
export function themeBackground(): string {
  const v = getComputedStyle(document.documentElement).getPropertyValue('--bg').trim();
  return v === '' ? '#ffffff' : v;
}
