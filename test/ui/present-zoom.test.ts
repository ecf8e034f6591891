/** Presentation mode zooms the graph to the current stage: centred, as large as the pane allows. */
import { describe, expect, it } from 'vitest';
import { zoomToStage } from '../../src/ui/present/zoom.ts';

const o = { margin: 24, minZoom: 0.3, maxZoom: 2 };

describe('zoomToStage', () => {
  it.each([
    // name, node, pane, zoom
    ['a 220x90 node in a 1280x430 pane: capped at the graph\'s 2x', { x: 0, y: 0, width: 220, height: 90 }, { width: 1280, height: 430 }, 2],
    ['a 600x400 node in a 1280x430 pane: the height decides', { x: 100, y: 50, width: 600, height: 400 }, { width: 1280, height: 430 }, (430 - 48) / 400],
    ['a 2000x100 node in a 1280x430 pane: the width decides', { x: 0, y: 0, width: 2000, height: 100 }, { width: 1280, height: 430 }, (1280 - 48) / 2000],
    ['a huge node: never below minZoom', { x: 0, y: 0, width: 100_000, height: 100_000 }, { width: 1280, height: 430 }, 0.3],
    ['a pane smaller than two margins: half the pane is used', { x: 0, y: 0, width: 10, height: 10 }, { width: 40, height: 40 }, 2],
  ])('%s', (_name, node, pane, zoom) => {
    const v = zoomToStage(node, pane, o)!;
    expect(v.zoom).toBeCloseTo(zoom, 6);
    // The node's centre lands on the pane's centre.
    expect(v.x + (node.x + node.width / 2) * v.zoom).toBeCloseTo(pane.width / 2, 6);
    expect(v.y + (node.y + node.height / 2) * v.zoom).toBeCloseTo(pane.height / 2, 6);
  });

  it.each([
    ['an unmeasured node', { x: 0, y: 0, width: 0, height: 0 }, { width: 1280, height: 430 }],
    ['a hidden pane', { x: 0, y: 0, width: 200, height: 80 }, { width: 0, height: 0 }],
    ['NaN sizes', { x: 0, y: 0, width: Number.NaN, height: 80 }, { width: 1280, height: 430 }],
  ])('%s: no viewport', (_name, node, pane) => {
    expect(zoomToStage(node, pane, o)).toBeNull();
  });
});
