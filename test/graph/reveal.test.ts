import { describe, expect, it } from 'vitest';
import { revealRect } from '../../src/core/graph/reveal.ts';

const pane = { width: 800, height: 600 };
const node = (y: number, height = 300) => ({ x: 100, y, width: 264, height });

describe('revealRect', () => {
  it('a node already inside the pane leaves the viewport as it is', () => {
    const v = { x: 0, y: 0, zoom: 1 };
    expect(revealRect(node(100), v, pane)).toEqual(v);
  });

  it('a node running off the bottom pans up just enough', () => {
    const v = revealRect(node(500), { x: 0, y: 0, zoom: 1 }, pane);
    expect(v).toEqual({ x: 0, y: 600 - 16 - 800, zoom: 1 });
  });

  it('a node above the top pans down to show its name', () => {
    expect(revealRect(node(-200), { x: 0, y: 0, zoom: 1 }, pane).y).toBe(216);
  });

  it('a node taller than the pane zooms out to fit, no further than the minimum zoom', () => {
    const v = revealRect(node(0, 1136), { x: 0, y: 0, zoom: 1 }, pane);
    expect(v.zoom).toBeCloseTo(0.5);
    const tall = revealRect(node(0, 5000), { x: 0, y: 0, zoom: 1 }, pane);
    expect(tall.zoom).toBe(0.5);
    // Too tall even then: its top (the name) stays on screen.
    expect(0 * tall.zoom + tall.y).toBeGreaterThanOrEqual(16);
  });

  it('a node off the right edge at zoom 2 pans left and keeps the zoom', () => {
    const v = revealRect({ x: 300, y: 0, width: 264, height: 100 }, { x: 0, y: 20, zoom: 2 }, pane);
    expect(v.zoom).toBe(2);
    expect(300 * 2 + v.x + 264 * 2).toBe(800 - 16);
  });
});

describe('revealRect with overlays in the node\'s columns', () => {
  it('zoom buttons 120 px high at the bottom → the node ends above them', () => {
    const v = revealRect(node(300), { x: 0, y: 0, zoom: 1 }, pane, 16, 0.5, { bottom: 120 });
    expect(300 + 300 + v.y).toBe(600 - 120);
  });
  it('a share bar 90 px deep at the top → the node starts below it', () => {
    expect(revealRect(node(-200), { x: 0, y: 0, zoom: 1 }, pane, 16, 0.5, { top: 90 }).y).toBe(290);
  });
  it('an inset smaller than the margin → the margin holds', () => {
    expect(revealRect(node(500), { x: 0, y: 0, zoom: 1 }, pane, 16, 0.5, { bottom: 4 })).toEqual(revealRect(node(500), { x: 0, y: 0, zoom: 1 }, pane));
  });
  it('a node taller than the room between the insets → zoomed out to fit between them', () => {
    const v = revealRect(node(0, 500), { x: 0, y: 0, zoom: 1 }, pane, 16, 0.5, { top: 100, bottom: 100 });
    expect(v.zoom).toBeCloseTo(400 / 500);
    expect(0 * v.zoom + v.y).toBeGreaterThanOrEqual(100 - 1e-9);
    expect(500 * v.zoom + v.y).toBeLessThanOrEqual(500 + 1e-9);
  });
});
