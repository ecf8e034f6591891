import { describe, expect, it } from 'vitest';
import { boundsOf, fitViewport, type FitRequest, type Rect } from '../../src/core/graph/viewport.ts';

const pane = { width: 800, height: 400 };
const base: FitRequest = { pane, overlays: [], bounds: { x: 0, y: 0, width: 400, height: 200 }, focus: null, minZoom: 0.3, maxZoom: 1.2, margin: 10 };

/** The graph's screen rectangle for a viewport. */
const onScreen = (b: Rect, v: { x: number; y: number; zoom: number }): Rect => ({ x: b.x * v.zoom + v.x, y: b.y * v.zoom + v.y, width: b.width * v.zoom, height: b.height * v.zoom });
const overlap = (a: Rect, b: Rect): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('fitViewport', () => {
  it('no overlays: the graph is centred, as large as the margins allow (never beyond maxZoom)', () => {
    const v = fitViewport(base);
    expect(v.whole).toBe(true);
    expect(v.zoom).toBeCloseTo(1.2);
    const r = onScreen(base.bounds, v);
    expect(r.x + r.width / 2).toBeCloseTo(400);
    expect(r.y + r.height / 2).toBeCloseTo(200);
  });

  it('a tall graph keeps clear of corner overlays sideways, losing no height', () => {
    const overlays = [{ x: 620, y: 10, width: 170, height: 120 }, { x: 640, y: 290, width: 150, height: 100 }, { x: 10, y: 300, width: 30, height: 90 }];
    const tall = { x: 0, y: 0, width: 100, height: 2000 };
    const v = fitViewport({ ...base, overlays, bounds: tall, minZoom: 0.1 });
    expect(v.zoom).toBeCloseTo((400 - 20) / 2000);
    for (const o of overlays) expect(overlap(onScreen(tall, v), o)).toBe(false);
  });

  it('a wide graph keeps clear of the same overlays above and below', () => {
    const overlays = [{ x: 620, y: 10, width: 170, height: 60 }, { x: 10, y: 340, width: 100, height: 50 }];
    const wide = { x: 0, y: 0, width: 4000, height: 100 };
    const v = fitViewport({ ...base, overlays, bounds: wide, minZoom: 0.05 });
    expect(v.zoom).toBeCloseTo((800 - 20) / 4000);
    for (const o of overlays) expect(overlap(onScreen(wide, v), o)).toBe(false);
  });

  it('too large to read when fitted: minZoom, the focus in view, and no empty band beside the graph', () => {
    const deep = { x: 0, y: 0, width: 300, height: 20_000 };
    const focus = { x: 0, y: 19_878, width: 264, height: 122 };
    const v = fitViewport({ ...base, bounds: deep, focus });
    expect(v.whole).toBe(false);
    expect(v.zoom).toBe(0.3);
    const f = onScreen(focus, v);
    expect(f.y).toBeGreaterThanOrEqual(10);
    expect(f.y + f.height).toBeLessThanOrEqual(390 + 1e-9);
    // The graph's bottom edge sits at the free area's bottom edge, not higher.
    expect(onScreen(deep, v).y + onScreen(deep, v).height).toBeCloseTo(390);
  });

  it('too large on one axis only: on the other the graph stays whole, the focus as near the middle as that allows', () => {
    const wide = { x: 0, y: 0, width: 20_000, height: 800 };
    const focus = { x: 19_700, y: 0, width: 264, height: 122 };
    const v = fitViewport({ ...base, bounds: wide, focus });
    expect(v.whole).toBe(false);
    const g = onScreen(wide, v);
    expect(g.y).toBeGreaterThanOrEqual(10 - 1e-9);
    expect(g.y + g.height).toBeLessThanOrEqual(390 + 1e-9);
    // The focus is at the graph's top: the graph goes as low as it may (its bottom at the free area's bottom).
    expect(g.y + g.height).toBeCloseTo(390);
    const f = onScreen(focus, v);
    expect(f.x + f.width).toBeLessThanOrEqual(790 + 1e-9);
  });

  it('boundsOf: the box around rectangles, null for none', () => {
    expect(boundsOf([])).toBeNull();
    expect(boundsOf([{ x: 10, y: 5, width: 10, height: 10 }, { x: -5, y: 0, width: 5, height: 40 }])).toEqual({ x: -5, y: 0, width: 25, height: 40 });
  });
});
