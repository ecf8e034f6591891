import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/core/graph/build.ts';
import { layoutGraph, type ElkLike } from '../../src/core/graph/layout.ts';
import { quickLayout } from '../../src/core/graph/quick.ts';
import { nodeSize } from '../../src/core/graph/size.ts';
import type { GraphModel } from '../../src/core/graph/types.ts';
import { analysisOf, copyEdge, generatedAnalysis } from './fixtures.ts';

const elk: ElkLike = new ELK();
const sizer = (g: GraphModel) => {
  const byId = new Map(g.nodes.map((n) => [n.id, n]));
  return (id: string) => nodeSize(byId.get(id)!, false);
};

const chain = buildGraph(
  analysisOf(
    [{ name: 'builder', base: { kind: 'image', ref: 'golang:1.13' } }, { base: { kind: 'image', ref: 'alpine' } }],
    [copyEdge(1, 0, 3, ['/app'], '/app')],
  ),
);

describe('layoutGraph (ELK, injected)', () => {
  it('DOWN: every edge points downwards', async () => {
    const { positions } = await layoutGraph(elk, chain, sizer(chain), 'DOWN');
    expect(Object.keys(positions).sort()).toEqual(chain.nodes.map((n) => n.id).sort());
    for (const e of chain.edges) expect(positions[e.target]!.y).toBeGreaterThan(positions[e.source]!.y);
  });

  it('RIGHT: every edge points rightwards', async () => {
    const { positions } = await layoutGraph(elk, chain, sizer(chain), 'RIGHT');
    for (const e of chain.edges) expect(positions[e.target]!.x).toBeGreaterThan(positions[e.source]!.x);
  });

  it('nodes never overlap (100 generated stages)', async () => {
    const g = buildGraph(generatedAnalysis(100, 1));
    const size = sizer(g);
    const { positions } = await layoutGraph(elk, g, size, 'DOWN');
    const boxes = g.nodes.map((n) => ({ ...positions[n.id]!, ...size(n.id) }));
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        expect(overlap).toBe(false);
      }
  });

  it('uses only the ELK instance it is given', async () => {
    const calls: string[] = [];
    const fake: ElkLike = { layout: async (graph) => (calls.push(graph.id), { ...graph, width: 1, height: 1, children: graph.children?.map((c) => ({ ...c, x: 5, y: 6 })) }) };
    const r = await layoutGraph(fake, chain, sizer(chain), 'DOWN');
    expect(calls).toEqual(['root']);
    expect(r.positions['stage:0']).toEqual({ x: 5, y: 6 });
  });
});

describe('quickLayout', () => {
  it('places images above their first user and stages below their sources', () => {
    const p = quickLayout(chain, sizer(chain), 'DOWN');
    expect(p['image:golang:1.13']!.y).toBeLessThan(p['stage:0']!.y);
    expect(p['stage:0']!.y).toBeLessThan(p['stage:1']!.y);
  });
});
