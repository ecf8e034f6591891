/** The graph's explanations, one row per input. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze/analyze.ts';
import { imageFacts, layerMakers, scratchFacts, statusFacts, totalFacts } from '../../src/core/explain/graph.ts';

const keys = (list: readonly { key: string }[]) => list.map((s) => s.key);

describe('layerMakers', () => {
  it('RUN, COPY, ADD and WORKDIR /app add layers; ENV and WORKDIR / do not', () => {
    const a = analyze('FROM alpine\nENV A=1\nWORKDIR /\nWORKDIR /app\nRUN true\nCOPY a b\nADD c d\nCMD x\n');
    expect(layerMakers(a, 0).map((m) => m.line)).toEqual([4, 5, 6, 7]);
    expect(a.stages[0]?.layerInfo.layers).toBe(4);
  });
  it('WORKDIR .. back to / in a child of a stage that set /app adds no layer', () => {
    const a = analyze('FROM alpine AS b\nWORKDIR /app\nFROM b\nWORKDIR ..\nRUN true\n');
    expect(layerMakers(a, 1).map((m) => m.line)).toEqual([5]);
    expect(a.stages[1]?.layerInfo.layers).toBe(1);
  });
  it('ONBUILD RUN of the base runs (and makes a layer) in the child', () => {
    const a = analyze('FROM alpine AS b\nONBUILD RUN make\nFROM b\nCOPY x y\n');
    expect(layerMakers(a, 1).map((m) => `${m.line}${m.trigger ? 't' : ''}`)).toEqual(['2t', '4']);
  });
});

describe('statusFacts', () => {
  const text = 'FROM golang:1.22 AS build\nRUN go build\nFROM alpine AS test\nCOPY --from=build /a /a\nFROM scratch AS final\nCOPY --from=build /a /a\n';
  it('default target final: test is unused, build is needed, final is the target', () => {
    const a = analyze(text);
    expect(keys(statusFacts(a, 1, false))).toEqual(['ctx.skipped', 'graph.unused', 'ctx.classicBuilds']);
    expect(keys(statusFacts(a, 0, false))).toEqual(['ctx.built']);
    expect(keys(statusFacts(a, 2, false))).toEqual(['ctx.target', 'graph.targetHow']);
  });
  it('--target test: final comes after it (classic) and build is needed', () => {
    const a = analyze(text, { target: 'test' });
    expect(keys(statusFacts(a, 2, true))).toEqual(['graph.classicAfterTarget']);
    expect(statusFacts(a, 2, false)[1]).toEqual({ key: 'graph.unused' });
  });
  it('a stage only an unbuilt stage uses', () => {
    const a = analyze('FROM alpine AS a\nFROM a AS b\nFROM scratch\n');
    expect(statusFacts(a, 0, false)[1]).toEqual({ key: 'graph.usedOnlyBy', params: { stages: ['b'] } });
  });
});

describe('totals, images, scratch', () => {
  it('golang:1.22 base: total from the catalogue, with its date and source', () => {
    const a = analyze('FROM golang:1.22\nRUN true\n');
    const f = totalFacts(a, 0);
    expect(keys(f)).toEqual(['graph.total', 'graph.estimate']);
    expect(f[1]?.params?.asOf).toMatch(/^\d{4}-\d{2}$/);
  });
  it('an unknown image: total unknown', () => expect(keys(totalFacts(analyze('FROM example.com/x:1\n'), 0))).toEqual(['graph.totalUnknown']));
  it('scratch: every layer is ours', () => expect(totalFacts(analyze('FROM scratch\nCOPY a b\n'), 0)).toEqual([{ key: 'graph.totalScratch', params: { count: 1 } }]));
  it('nginx copied from by stage-1', () => {
    const a = analyze('FROM alpine\nCOPY --from=nginx:1 /etc/nginx /etc/nginx\n');
    expect(imageFacts(a, 'nginx:1')).toContainEqual({ key: 'graph.imageCopied', params: { stages: ['0 (alpine)'] } });
  });
  it('scratch used by final', () => expect(scratchFacts(analyze('FROM scratch AS final\n'))[1]).toEqual({ key: 'graph.scratchUsedBy', params: { stages: ['final'] } }));
});
