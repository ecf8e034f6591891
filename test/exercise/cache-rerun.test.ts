/** The cacheRerun kind: which steps re-run when context files change (core/schedule's what-if). */
import { describe, expect, it } from 'vitest';
import { readExercise, toCompactExercise } from '../../src/core/exercise/compact.ts';
import { isRight, solve, type Solved } from '../../src/core/exercise/engine.ts';
import { readExample } from '../support/examples.ts';

const ok = (s: Solved) => {
  if (!s.ok) throw new Error(`no answer: ${s.problem.key}`);
  return s;
};
const HTTP = readExample('seed002-multistage', 'Dockerfile');
const CHAIN = readExample('seed003-stage-chain', 'Dockerfile');
const NODE = 'FROM node:20\nWORKDIR /app\nCOPY package.json .\nRUN npm ci\nCOPY src/ src/\nRUN npm test\n';

describe('solve cacheRerun', () => {
  it('seed002 main.go changed: COPY main.go, the RUN after it and the COPY --from of the last stage', () => {
    const s = ok(solve(HTTP, { kind: 'cacheRerun', paths: ['main.go'] }));
    expect(s.expected).toEqual({ kind: 'cacheRerun', lines: [3, 4, 7] });
    expect(s.choices.map((c) => c.id)).toEqual(['line:2', 'line:3', 'line:4', 'line:6', 'line:7']);
  });
  it('seed002 main.go changed: every step explained with the cache reason', () => {
    const s = ok(solve(HTTP, { kind: 'cacheRerun', paths: ['main.go'] }));
    expect(s.why[0]).toEqual({ key: 'ex.why.cacheLines', params: { lines: ['3', '4', '7'] } });
    const byStep = new Map(s.why.slice(1).map((w) => [w.params?.step, w.key]));
    expect(byStep.get(2)).toBe('ex.cache.unchanged');
    expect(byStep.get(3)).toBe('ex.cache.contextChanged');
    expect(byStep.get(4)).toBe('ex.cache.previousReran');
    expect(byStep.get(7)).toBe('ex.cache.sourceStageReran');
  });
  it('node ordering: src/app.js changed re-runs COPY src/ and npm test, not npm ci', () => {
    expect(ok(solve(NODE, { kind: 'cacheRerun', paths: ['src/app.js'] })).expected).toEqual({ kind: 'cacheRerun', lines: [5, 6] });
  });
  it('node ordering: package.json changed re-runs from line 3 on', () => {
    expect(ok(solve(NODE, { kind: 'cacheRerun', paths: ['package.json'] })).expected).toEqual({ kind: 'cacheRerun', lines: [3, 4, 5, 6] });
  });
  it('stage chain, default target build2, source1.cpp changed: nothing re-runs (build1 is not built)', () => {
    const s = ok(solve(CHAIN, { kind: 'cacheRerun', paths: ['source1.cpp'] }));
    expect(s.expected).toEqual({ kind: 'cacheRerun', lines: [] });
    expect(s.why[0]!.key).toBe('ex.why.cacheNone');
  });
  it('stage chain with --target build1, source1.cpp changed: lines 6 and 7', () => {
    expect(ok(solve(CHAIN, { kind: 'cacheRerun', paths: ['source1.cpp'] }, { target: 'build1' })).expected).toEqual({ kind: 'cacheRerun', lines: [6, 7] });
  });
  it('an empty file: a problem, not a throw', () => {
    expect(solve('', { kind: 'cacheRerun', paths: ['x'] }).ok).toBe(false);
  });
});

describe('isRight cacheRerun', () => {
  const expected = { kind: 'cacheRerun', lines: [3, 4, 7] } as const;
  it('lines compare as sets', () => {
    expect(isRight(expected, { kind: 'cacheRerun', lines: [7, 3, 4, 4] })).toBe(true);
  });
  it('a missing or an extra line is wrong', () => {
    expect(isRight(expected, { kind: 'cacheRerun', lines: [3, 4] })).toBe(false);
    expect(isRight(expected, { kind: 'cacheRerun', lines: [2, 3, 4, 7] })).toBe(false);
  });
  it('nothing re-runs: the empty answer is right', () => {
    expect(isRight({ kind: 'cacheRerun', lines: [] }, { kind: 'cacheRerun', lines: [] })).toBe(true);
  });
});

describe('the link field x for cacheRerun', () => {
  it('round-trips as {k, p}', () => {
    const c = toCompactExercise({ kind: 'cacheRerun', paths: ['src/app.js', 'package.json'], hint: 'look' });
    expect(c).toEqual({ k: 'cacheRerun', p: ['src/app.js', 'package.json'], h: 'look' });
    expect(readExercise(JSON.parse(JSON.stringify(c)))).toEqual({ ok: true, exercise: { kind: 'cacheRerun', paths: ['src/app.js', 'package.json'], hint: 'look' } });
  });
  it.each([
    ['no p', { k: 'cacheRerun' }],
    ['empty p', { k: 'cacheRerun', p: [] }],
    ['p not an array', { k: 'cacheRerun', p: 'src/app.js' }],
    ['a blank path', { k: 'cacheRerun', p: [' '] }],
    ['a number path', { k: 'cacheRerun', p: [1] }],
    ['21 paths', { k: 'cacheRerun', p: Array.from({ length: 21 }, (_, i) => `f${i}`) }],
    ['an unknown key', { k: 'cacheRerun', p: ['a'], l: 1 }],
  ])('rejects %s', (_name, x) => {
    expect(readExercise(x).ok).toBe(false);
  });
  it('the older kinds still read back', () => {
    expect(readExercise({ k: 'copySource', l: 9 })).toEqual({ ok: true, exercise: { kind: 'copySource', line: 9 } });
  });
});
