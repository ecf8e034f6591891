import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/core/graph/build.ts';
import { analysisOf, copyEdge } from './fixtures.ts';

describe('buildGraph', () => {
  it('FROM golang:1.13 … FROM alpine … COPY --from=0: two stages, two images, three edges', () => {
    const g = buildGraph(
      analysisOf(
        [{ base: { kind: 'image', ref: 'golang:1.13' }, body: ['RUN go build'] }, { base: { kind: 'image', ref: 'alpine:latest' }, body: ['COPY --from=0 /app .'] }],
        [copyEdge(1, 0, 4, ['/app'], '.')],
      ),
    );
    expect(g.nodes.map((n) => n.id)).toEqual(['stage:0', 'stage:1', 'image:golang:1.13', 'image:alpine:latest']);
    expect(g.edges.map((e) => `${e.kind} ${e.source}->${e.target}`)).toEqual([
      'base image:golang:1.13->stage:0',
      'base image:alpine:latest->stage:1',
      'copy stage:0->stage:1',
    ]);
    expect(g.target).toBe(1);
  });

  it('FROM scratch twice: one scratch node', () => {
    const g = buildGraph(analysisOf([{ base: { kind: 'scratch' } }, { base: { kind: 'scratch' } }]));
    expect(g.nodes.filter((n) => n.kind === 'scratch')).toHaveLength(1);
    expect(g.edges.filter((e) => e.source === 'scratch')).toHaveLength(2);
  });

  it('the same image as base and COPY --from source: one image node, two edges', () => {
    const g = buildGraph(analysisOf([{ base: { kind: 'image', ref: 'nginx:latest' } }, { base: { kind: 'image', ref: 'alpine' } }], [copyEdge(1, 'nginx:latest', 3, ['/etc/nginx/nginx.conf'], '/nginx.conf')]));
    expect(g.nodes.filter((n) => n.kind === 'image').map((n) => n.id)).toEqual(['image:nginx:latest', 'image:alpine']);
    expect(g.edges.filter((e) => e.source === 'image:nginx:latest').map((e) => e.kind)).toEqual(['base', 'copy']);
  });

  it('two COPY --from the same stage: one edge with count 2, items in line order', () => {
    const g = buildGraph(analysisOf([{ name: 'a', base: { kind: 'image', ref: 'alpine' } }, { base: { kind: 'image', ref: 'alpine' } }], [copyEdge(1, 0, 5, ['/y'], '/z'), copyEdge(1, 0, 4, ['/x'], '/x')]));
    const copy = g.edges.find((e) => e.kind === 'copy');
    expect(copy?.count).toBe(2);
    expect(copy?.items.map((i) => i.line)).toEqual([4, 5]);
    expect(copy?.items[0]?.paths).toEqual({ sources: ['/x'], dest: '/x' });
  });

  it('FROM builder AS build1: a base edge from the stage, labelled with its name', () => {
    const g = buildGraph(analysisOf([{ name: 'builder', base: { kind: 'image', ref: 'alpine:latest' } }, { name: 'build1', base: { kind: 'stage', stage: 0 } }]));
    const build1 = g.nodes.find((n) => n.id === 'stage:1');
    expect(build1?.kind === 'stage' && build1.base).toEqual({ kind: 'stage', stage: 0, label: 'builder' });
    expect(g.edges.map((e) => e.id)).toContain('base:stage:0->stage:1');
  });

  it('unbuilt stages carry their reason: before the target (not needed) or after it', () => {
    const g = buildGraph(
      analysisOf(
        [
          { name: 'a', base: { kind: 'image', ref: 'alpine' } },
          { name: 'b', base: { kind: 'image', ref: 'alpine' }, reachable: false },
          { name: 'c', base: { kind: 'stage', stage: 0 } },
          { name: 'd', base: { kind: 'image', ref: 'alpine' }, reachable: false, classicBuilt: false },
        ],
        [],
        2,
      ),
    );
    const why = g.nodes.flatMap((n) => (n.kind === 'stage' ? [[n.label, n.unbuilt, n.classicUnbuilt, n.isTarget]] : []));
    expect(why).toEqual([
      ['a', null, null, false],
      ['b', 'notNeeded', null, false],
      ['c', null, null, true],
      ['d', 'afterTarget', 'afterTarget', false],
    ]);
  });

  it('a copy edge from an unresolved stage reference adds no dangling edge', () => {
    const g = buildGraph(analysisOf([{ base: { kind: 'image', ref: 'alpine' } }], [copyEdge(0, 7, 2, ['/x'], '/x')].map((e) => ({ ...e, source: { kind: 'stage' as const, stage: 7 } }))));
    expect(g.edges.map((e) => e.kind)).toEqual(['base']);
  });

  it('long instruction texts are shortened for display', () => {
    const g = buildGraph(analysisOf([{ base: { kind: 'image', ref: 'alpine' }, body: [`RUN ${'x'.repeat(500)}`] }]));
    const s = g.nodes[0];
    expect(s?.kind === 'stage' && s.instructions[1]?.text.length).toBe(160);
  });
});
