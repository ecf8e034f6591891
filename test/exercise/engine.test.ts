/** The exercise engine: answers computed from the Dockerfile, checks, and the built-in set. */
import { describe, expect, it } from 'vitest';
import { BUILTIN_EXERCISES } from '../../src/core/exercise/builtin.ts';
import { isRight, solve, type Solved } from '../../src/core/exercise/engine.ts';
import { readExample } from '../support/examples.ts';

const ok = (s: Solved) => {
  if (!s.ok) throw new Error(`no answer: ${s.problem.key}`);
  return s;
};
const CHAIN = readExample('seed003-stage-chain', 'Dockerfile');

describe('solve', () => {
  it('targetBuilds --target build1 on the stage chain: builder and build1', () => {
    expect(ok(solve(CHAIN, { kind: 'targetBuilds', target: 'build1' })).expected).toEqual({ kind: 'targetBuilds', stages: [0, 1] });
  });
  it('targetBuilds with a target that does not exist: a problem, not a throw', () => {
    const s = solve(CHAIN, { kind: 'targetBuilds', target: 'nope' });
    expect(s.ok ? null : s.problem.key).toBe('ex.problem.noTarget');
  });
  it('copySource on seed000 line 9 (COPY --from=0): stage 0', () => {
    expect(ok(solve(readExample('seed000-go-scratch', 'Dockerfile'), { kind: 'copySource', line: 9 })).expected).toEqual({ kind: 'copySource', choice: 'stage:0' });
  });
  it('copySource on a line without COPY --from', () => {
    expect(solve(CHAIN, { kind: 'copySource', line: 3 }).ok).toBe(false);
  });
  it('layerCount total of an unknown base: a problem', () => {
    expect(solve('FROM example.com/x\nRUN a\n', { kind: 'layerCount', stage: 0, scope: 'total' }).ok).toBe(false);
  });
  it('buildingLine of builder (default target build2): line 9, FROM builder AS build2', () => {
    expect(ok(solve(CHAIN, { kind: 'buildingLine', stage: 0 })).expected).toEqual({ kind: 'buildingLine', lines: [9] });
  });
  it('buildingLine of the target itself, or of a stage not built: problems', () => {
    expect(solve(CHAIN, { kind: 'buildingLine', stage: 2 }).ok).toBe(false);
    expect(solve(CHAIN, { kind: 'buildingLine', stage: 1 }).ok).toBe(false);
  });
  it('expand ${V:-x} where the stage did not re-declare V', () => {
    const s = ok(solve('ARG V=1\nFROM alpine\nRUN echo ${V:-x}\n', { kind: 'expand', line: 3, variable: 'V' }));
    expect(s.expected).toEqual({ kind: 'expand', value: 'x' });
    expect(s.why.map((w) => w.key)).toContain('var.metaNotRedeclared');
  });
  it('expand with a build arg', () => {
    const s = ok(solve('FROM alpine\nARG V=1\nRUN echo $V\n', { kind: 'expand', line: 3, variable: 'V' }, { buildArgs: { V: '7' } }));
    expect(s.expected).toEqual({ kind: 'expand', value: '7' });
  });
});

describe('isRight', () => {
  it('stage sets compare as sets', () => {
    expect(isRight({ kind: 'targetBuilds', stages: [0, 2] }, { kind: 'targetBuilds', stages: [2, 0] })).toBe(true);
    expect(isRight({ kind: 'targetBuilds', stages: [0, 2] }, { kind: 'targetBuilds', stages: [0, 1, 2] })).toBe(false);
  });
  it('any line that makes the stage build is right', () => {
    expect(isRight({ kind: 'buildingLine', lines: [4, 9] }, { kind: 'buildingLine', line: 9 })).toBe(true);
    expect(isRight({ kind: 'buildingLine', lines: [4, 9] }, { kind: 'buildingLine', line: 5 })).toBe(false);
  });
  it('a text answer may be quoted or padded', () => {
    expect(isRight({ kind: 'expand', value: 'library' }, { kind: 'expand', value: ' "library" ' })).toBe(true);
    expect(isRight({ kind: 'expand', value: '' }, { kind: 'expand', value: '' })).toBe(true);
    expect(isRight({ kind: 'expand', value: 'library' }, { kind: 'expand', value: 'Library' })).toBe(false);
  });
});

describe('built-in exercises', () => {
  const want: Record<string, unknown> = {
    'scratch-copy-from-0': { kind: 'copySource', choice: 'stage:0' },
    'scratch-layers': { kind: 'layerCount', count: 1 },
    'nginx-copy-from-image': { kind: 'copySource', choice: 'image:nginx:latest' },
    'http-server-default-target': { kind: 'targetBuilds', stages: [0, 1] },
    'chain-target-build2': { kind: 'targetBuilds', stages: [0, 2] },
    'chain-building-line': { kind: 'buildingLine', lines: [9] },
    'arg-scope-expand': { kind: 'expand', value: 'library' },
    'href-counter-layers': { kind: 'layerCount', count: 4 },
    'http-server-rerun': { kind: 'cacheRerun', lines: [3, 4, 7] },
  };
  it.each(BUILTIN_EXERCISES.map((b) => [b.id, b] as const))('%s has the answer the tutorial teaches', (id, b) => {
    expect(ok(solve(readExample(b.path), b.spec)).expected).toEqual(want[id]);
  });
});
