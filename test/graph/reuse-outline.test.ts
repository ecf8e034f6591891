import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/core/graph/build.ts';
import { outlineOf } from '../../src/core/graph/outline.ts';
import { reuseUnchanged } from '../../src/core/graph/reuse.ts';
import { analysisOf, copyEdge } from './fixtures.ts';

const two = (body: string[]) =>
  buildGraph(analysisOf([{ name: 'a', base: { kind: 'image', ref: 'alpine' } }, { base: { kind: 'stage', stage: 0 }, body }], [copyEdge(1, 0, 3, ['/x'], '/y')]));

describe('reuseUnchanged', () => {
  it('an identical graph comes back as the previous object', () => {
    const prev = two(['RUN a']);
    expect(reuseUnchanged(prev, two(['RUN a']))).toBe(prev);
  });

  it('an edit inside one stage keeps every other node and edge object', () => {
    const prev = two(['RUN a']);
    const next = reuseUnchanged(prev, two(['RUN b']));
    expect(next).not.toBe(prev);
    expect(next.nodes[0]).toBe(prev.nodes[0]);
    expect(next.nodes[1]).not.toBe(prev.nodes[1]);
    expect(next.edges).toEqual(prev.edges);
  });
});

describe('outlineOf', () => {
  it('lists what each stage uses and what uses it', () => {
    const o = outlineOf(two(['RUN a']));
    expect(o.map((e) => [e.stage.label, e.uses.map((u) => `${u.label}:${u.edge}`), e.usedBy.map((u) => u.label)])).toEqual([
      ['a', [], ['stage-1', 'stage-1']],
      ['stage-1', ['a:copy'], []],
    ]);
  });
});
