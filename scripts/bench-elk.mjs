#!/usr/bin/env node
// ELK benchmark: time and quality of the final layout for moby/moby and the generated
// 200- and 1,000-stage files, per option set (the shipped ELK_OPTIONS first). ELK runs
// in-process here (the page runs the same code in ELK's Web Worker). Figures only.
// Time is the process's CPU time (user + system), which other work on a shared machine barely
// changes; wall time is printed beside it. Quality: edge crossings (straight segments between
// the handles), the drawing's width × height and the total edge length, in graph units; lower
// is better for all three.
// Usage: node scripts/bench-elk.mjs [--sizes moby,200,1000] [--variants 'shipped|model order|…' | all] [--runs N]
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import ELK from 'elkjs/lib/elk.bundled.js';
import { generated } from './bench-generated.mjs';

const root = resolve(import.meta.dirname, '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const out = mkdtempSync(resolve(tmpdir(), 'stagecraft-bench-elk-'));
await build({
  stdin: {
    contents: `export { analyze } from './src/core/analyze/analyze.ts';
      export { buildGraph, layoutGraph, nodeSize, quickLayout } from './src/core/graph/index.ts';`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true, format: 'esm', platform: 'neutral', outfile: resolve(out, 'core.js'), logLevel: 'error',
});
const core = await import(pathToFileURL(resolve(out, 'core.js')).href);

/**
 * Option sets to compare; each is merged over the shipped options for a graph of that size
 * (so 'shipped' is what the page uses; 'before' is the option set shipped until model order).
 */
const VARIANTS = {
  shipped: {},
  before: { 'elk.layered.considerModelOrder.strategy': 'NONE', 'elk.layered.thoroughness': '3' },
  'quick layout': {},
  'network-simplex placement': { 'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX' },
  'thoroughness 1': { 'elk.layered.thoroughness': '1' },
  'thoroughness 7': { 'elk.layered.thoroughness': '7' },
  'longest-path layering': { 'elk.layered.layering.strategy': 'LONGEST_PATH' },
  'model order': { 'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES' },
  'linear segments': { 'elk.layered.nodePlacement.strategy': 'LINEAR_SEGMENTS' },
  'no greedy switch': { 'elk.layered.crossingMinimization.greedySwitch.type': 'OFF' },
  'model order, thoroughness 1': { 'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES', 'elk.layered.thoroughness': '1' },
  'model order, no crossing minimisation': {
    'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    'elk.layered.crossingMinimization.strategy': 'NONE',
  },
  'merge edges': { 'elk.layered.mergeEdges': 'true' },
  'model order + merge edges': { 'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES', 'elk.layered.mergeEdges': 'true' },
  'simple placement': { 'elk.layered.nodePlacement.strategy': 'SIMPLE' },
  'BK + longest path + model order': {
    'elk.layered.layering.strategy': 'LONGEST_PATH',
    'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  },
};

function quality(graph, positions, sizeOf) {
  const segs = [];
  let length = 0;
  let maxX = 0;
  let maxY = 0;
  for (const n of graph.nodes) {
    const p = positions[n.id];
    const s = sizeOf(n.id);
    maxX = Math.max(maxX, p.x + s.width);
    maxY = Math.max(maxY, p.y + s.height);
  }
  for (const e of graph.edges) {
    const a = positions[e.source];
    const b = positions[e.target];
    const sa = sizeOf(e.source);
    const sb = sizeOf(e.target);
    const seg = [a.x + sa.width / 2, a.y + sa.height, b.x + sb.width / 2, b.y];
    length += Math.hypot(seg[2] - seg[0], seg[3] - seg[1]);
    segs.push({ seg, ends: [e.source, e.target] });
  }
  const ccw = (ax, ay, bx, by, cx, cy) => (cy - ay) * (bx - ax) - (by - ay) * (cx - ax);
  let crossings = 0;
  for (let i = 0; i < segs.length; i++) {
    const [x1, y1, x2, y2] = segs[i].seg;
    for (let j = i + 1; j < segs.length; j++) {
      if (segs[j].ends.some((x) => segs[i].ends.includes(x))) continue; // edges sharing a node touch, never cross
      const [x3, y3, x4, y4] = segs[j].seg;
      const d1 = ccw(x3, y3, x4, y4, x1, y1);
      const d2 = ccw(x3, y3, x4, y4, x2, y2);
      const d3 = ccw(x1, y1, x2, y2, x3, y3);
      const d4 = ccw(x1, y1, x2, y2, x4, y4);
      if (d1 * d2 < 0 && d3 * d4 < 0) crossings++;
    }
  }
  return { crossings, width: Math.round(maxX), height: Math.round(maxY), length: Math.round(length) };
}

const inputs = [];
const sizes = arg('--sizes', 'moby,200,1000').split(',');
for (const s of sizes) {
  const text = s === 'moby' ? readFileSync(resolve(root, 'src/ui/examples/corpus/moby__moby__Dockerfile.Dockerfile'), 'utf8') : generated(Number(s));
  inputs.push({ label: s === 'moby' ? 'moby/moby' : `${s} stages`, graph: core.buildGraph(core.analyze(text, { target: null, buildArgs: {} })) });
}
// By default: what the page ships, what it shipped before, and the instant placeholder layout.
const wanted = (arg('--variants', null) === 'all' ? Object.keys(VARIANTS).join('|') : arg('--variants', 'shipped|before|quick layout')).split('|');
const runs = Number(arg('--runs', '1'));
const elk = new ELK();
// Warm-up, so the first figure is not the JIT's.
{
  const g = inputs[0].graph;
  const byId = new Map(g.nodes.map((n) => [n.id, n]));
  await core.layoutGraph(elk, g, (id) => core.nodeSize(byId.get(id), false), 'DOWN');
}
console.log('ELK final layout, in-process (median of %d), DOWN', runs);
for (const { label, graph } of inputs) {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const sizeOf = (id) => core.nodeSize(byId.get(id), false);
  for (const v of wanted) {
    const cpu = [];
    const wall = [];
    let q;
    for (let r = 0; r < runs; r++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      // 'quick layout' is the page's instant placeholder layout, measured the same way for comparison.
      const res =
        v === 'quick layout'
          ? { positions: core.quickLayout(graph, sizeOf, 'DOWN') }
          : await core.layoutGraph({ layout: (g) => elk.layout({ ...g, layoutOptions: { ...g.layoutOptions, ...VARIANTS[v] } }) }, graph, sizeOf, 'DOWN');
      wall.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
      q = quality(graph, res.positions, sizeOf);
    }
    const med = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] / 1000;
    console.log(`  ${label.padEnd(11)} ${String(graph.nodes.length).padStart(5)} nodes  ${v.padEnd(38)} CPU ${med(cpu).toFixed(2).padStart(6)} s (wall ${med(wall).toFixed(1)} s)   crossings ${String(q.crossings).padStart(5)}   ${q.width} × ${q.height}   edge length ${q.length}`);
  }
}
