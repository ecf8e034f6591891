import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze/analyze.ts';
import { buildGraph } from '../../src/core/graph/build.ts';
import { focusGraph, relativesOf, searchStages } from '../../src/core/graph/focus.ts';

const graphOf = (text: string, target?: string) => buildGraph(analyze(text, target ? { target } : {}));

const FORK = ['FROM alpine AS base', 'FROM base AS left', 'RUN a', 'FROM golang:1.22 AS unused', 'RUN b', 'FROM base AS final', 'COPY --from=left /a /a'].join('\n');

describe('focusGraph', () => {
  it('a fork with an unused stage keeps the target subgraph and folds one stage', () => {
    const g = graphOf(FORK);
    const f = focusGraph(g, false);
    expect(f.folded).toEqual([2]);
    expect(f.graph.nodes.map((n) => n.id)).toEqual(g.nodes.filter((n) => n.id !== 'stage:2' && !(n.kind === 'image' && n.ref.startsWith('golang'))).map((n) => n.id));
    expect(f.graph.edges.every((e) => e.target !== 'stage:2')).toBe(true);
    expect(f.graph.target).toBe(3);
  });

  it('the image only a folded stage uses is left out too', () => {
    const f = focusGraph(graphOf(FORK), false);
    expect(f.graph.nodes.some((n) => n.kind === 'image' && n.ref.startsWith('golang'))).toBe(false);
    expect(f.graph.nodes.some((n) => n.kind === 'image' && n.ref.startsWith('alpine'))).toBe(true);
  });

  it('every stage built comes back as the same object, nothing folded', () => {
    const g = graphOf('FROM alpine AS a\nFROM a AS b\n');
    expect(focusGraph(g, false)).toEqual({ graph: g, folded: [] });
    expect(focusGraph(g, false).graph).toBe(g);
  });

  it('the classic builder keeps every stage up to the target', () => {
    const g = graphOf(FORK, 'left');
    expect(focusGraph(g, false).folded).toEqual([2, 3]);
    // The classic builder builds 0..1 (everything up to the target) and nothing after it.
    expect(focusGraph(g, true).folded).toEqual([2, 3]);
    expect(focusGraph(graphOf(FORK), true).folded).toEqual([]);
  });

  it('moby/moby (59 stages) folds most of its stages for its last stage', () => {
    const text = readFileSync(new URL('../../src/ui/examples/corpus/moby__moby__Dockerfile.Dockerfile', import.meta.url), 'utf8');
    const g = graphOf(text);
    const f = focusGraph(g, false);
    const stages = g.nodes.filter((n) => n.kind === 'stage').length;
    const kept = f.graph.nodes.filter((n) => n.kind === 'stage').length;
    expect(kept + f.folded.length).toBe(stages);
    expect(f.folded.length).toBeGreaterThan(0);
    // Every kept edge joins two kept nodes.
    const ids = new Set(f.graph.nodes.map((n) => n.id));
    expect(f.graph.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
  });
});

describe('relativesOf', () => {
  it('a middle stage reaches its base image, its base stage and the stage that copies from it', () => {
    const g = graphOf(FORK);
    const r = relativesOf(g, 'stage:1');
    expect([...r].sort()).toEqual(['stage:0', 'stage:1', 'stage:3', ...g.nodes.filter((n) => n.kind === 'image' && n.ref.startsWith('alpine')).map((n) => n.id)].sort());
  });

  it('an unused stage has only its own image', () => {
    const g = graphOf(FORK);
    expect(relativesOf(g, 'stage:2').size).toBe(2);
  });

  it('an id with no edges is its own only relative', () => {
    expect([...relativesOf(graphOf('FROM scratch\n'), 'nowhere')]).toEqual(['nowhere']);
  });
});

describe('searchStages', () => {
  const g = graphOf(FORK);
  it('"base" ranks the exact name first', () => {
    expect(searchStages(g, 'base').map((n) => n.label)).toEqual(['base']);
  });
  it('"FT" (any case) finds left', () => {
    expect(searchStages(g, 'FT').map((n) => n.label)).toEqual(['left']);
  });
  it('"#2" finds stage 2 by its index', () => {
    expect(searchStages(g, '#2').map((n) => n.stage)).toEqual([2]);
  });
  it('"l" lists names starting with l before names containing l', () => {
    expect(searchStages(g, 'l').map((n) => n.label)).toEqual(['left', 'final']);
  });
  it('blank finds nothing', () => {
    expect(searchStages(g, '  ')).toEqual([]);
  });
});
