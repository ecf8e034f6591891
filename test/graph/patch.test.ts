import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze/analyze.ts';
import { buildGraph } from '../../src/core/graph/build.ts';
import { applyGraph, applyList, diffGraph, diffList } from '../../src/core/graph/patch.ts';

const graphOf = (text: string) => buildGraph(analyze(text, { target: null, buildArgs: {} }));
const FILE = 'FROM golang AS build\nRUN make\nFROM alpine\nCOPY --from=build /app /app\n';

describe('diffList / applyList', () => {
  it('unchanged entries travel as indexes and come back as the receiver\'s objects', () => {
    const prev = [{ id: 'a', v: 1 }, { id: 'b', v: 2 }, { id: 'c', v: 3 }];
    const next = [{ id: 'a', v: 1 }, { id: 'c', v: 30 }, { id: 'b', v: 2 }];
    const patch = diffList(prev, next, (x) => x.id);
    expect(patch).toEqual([0, { id: 'c', v: 30 }, 1]);
    const out = applyList(prev, patch);
    expect(out).toEqual(next);
    expect(out[0]).toBe(prev[0]);
    expect(out[2]).toBe(prev[1]);
  });

  it('no change gives back the previous array itself', () => {
    const prev = [{ id: 'a' }, { id: 'b' }];
    expect(applyList(prev, diffList(prev, structuredClone(prev), (x) => x.id))).toBe(prev);
  });

  it('a reordering is a change, even with every entry shared', () => {
    const prev = [{ id: 'a' }, { id: 'b' }];
    const out = applyList(prev, diffList(prev, [{ id: 'b' }, { id: 'a' }], (x) => x.id));
    expect(out).not.toBe(prev);
    expect(out[0]).toBe(prev[1]);
  });

  it('a patch naming an entry the receiver lacks is refused (the copies went out of step)', () => {
    expect(() => applyList([{ id: 'a' }], [3])).toThrow(/entry 3/);
  });

  it('property: apply(prev, diff(prev, next)) equals next, sharing every equal entry', () => {
    const entry = fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e'), v: fc.integer({ min: 0, max: 2 }) });
    const list = fc.uniqueArray(entry, { selector: (x) => x.id, maxLength: 5 });
    fc.assert(
      fc.property(list, list, (prev, next) => {
        const out = applyList(prev, diffList(prev, structuredClone(next), (x) => x.id));
        expect(out).toEqual(next);
        for (const x of out) {
          const old = prev.find((p) => p.id === x.id);
          if (old && old.v === x.v) expect(x).toBe(old);
        }
      }),
    );
  });
});

describe('diffGraph / applyGraph', () => {
  it('an edit inside one stage sends that node only; the edge and the other nodes stay the receiver\'s', () => {
    const prev = graphOf(FILE);
    const patch = diffGraph(prev, graphOf(FILE.replace('RUN make', 'RUN make all')));
    expect(patch.nodes.filter((x) => typeof x !== 'number')).toHaveLength(1);
    expect(patch.edges.every((x) => typeof x === 'number')).toBe(true);
    const next = applyGraph(structuredClone(prev), patch);
    expect(next).toEqual(graphOf(FILE.replace('RUN make', 'RUN make all')));
  });

  it('the same text again gives back the previous graph object', () => {
    const prev = graphOf(FILE);
    expect(applyGraph(prev, diffGraph(prev, graphOf(FILE)))).toBe(prev);
  });

  it('a patch survives structured cloning (the worker boundary) and is smaller than the graph', () => {
    const prev = graphOf(FILE);
    const patch = structuredClone(diffGraph(prev, graphOf(FILE.replace('RUN make', 'RUN make all'))));
    expect(applyGraph(prev, patch)).toEqual(graphOf(FILE.replace('RUN make', 'RUN make all')));
    expect(JSON.stringify(patch).length).toBeLessThan(JSON.stringify(prev).length);
  });
});
