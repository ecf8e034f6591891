/** Each instruction row says what it adds, as layers.ts counts layers (WORKDIR included). */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze/analyze.ts';
import { buildGraph } from '../../src/core/graph/build.ts';

const adds = (text: string): (string | undefined)[] => {
  const node = buildGraph(analyze(text, { target: null, buildArgs: {} })).nodes.find((n) => n.kind === 'stage');
  return node?.kind === 'stage' ? node.instructions.map((i) => i.adds) : [];
};

describe('what an instruction adds', () => {
  it.each([
    ['FROM a\nRUN x\nCOPY a b\nADD c d\n', [undefined, 'layer', 'layer', 'layer']],
    ['FROM a\nENV A=1\nCMD ["x"]\nEXPOSE 80\n', [undefined, 'meta', 'meta', 'meta']],
    ['FROM a\nWORKDIR /app\n', [undefined, 'workdir']],
    ['FROM a\nWORKDIR /\nWORKDIR app/..\n', [undefined, 'meta', 'meta']],
    ['FROM a\nONBUILD RUN x\n', [undefined, undefined]],
  ])('%j', (text, expected) => {
    expect(adds(text)).toEqual(expected);
  });

  it('the marks add up to the layers the node shows', () => {
    const text = 'FROM alpine\nWORKDIR /root/\nRUN apk add x\nENV A=1\nCOPY a .\n';
    const node = buildGraph(analyze(text, { target: null, buildArgs: {} })).nodes.find((n) => n.kind === 'stage');
    if (node?.kind !== 'stage') throw new Error('no stage');
    expect(node.instructions.filter((i) => i.adds === 'layer' || i.adds === 'workdir')).toHaveLength(node.layers);
  });
});
