/** Presentation steps in build order, skipping what the target does not build unless asked. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze/analyze.ts';
import { buildGraph } from '../../src/core/graph/build.ts';
import type { StageNode } from '../../src/core/graph/types.ts';
import { buildCommand, buildOrder } from '../../src/ui/present/buildOrder.ts';

const graphOf = (text: string, target: string | null = null) => buildGraph(analyze(text, { target, buildArgs: {} }));
const order = (text: string, includeUnbuilt = false, target: string | null = null) =>
  buildOrder(graphOf(text, target), { includeUnbuilt, classic: false }).map((s) => (s.built ? s.stage : `(${s.stage})`));

describe('build order', () => {
  it.each([
    ['FROM a AS x\nFROM b AS y\nCOPY --from=x / /\n', false, null, [0, 1]],
    ['FROM a AS late\nCOPY --from=early / /\nFROM b AS early\n', false, 'late', [1, 0]],
    ['FROM alpine AS builder\nFROM builder AS build1\nFROM builder AS build2\n', false, null, [0, 2]],
    ['FROM alpine AS builder\nFROM builder AS build1\nFROM builder AS build2\n', true, null, [0, '(1)', 2]],
  ] as const)('%j (unbuilt shown: %s, target %s)', (text, all, target, expected) => {
    expect(order(text, all, target)).toEqual(expected);
  });

  it('a cycle does not stop the steps', () => {
    expect(order('FROM a AS x\nCOPY --from=y / /\nFROM b AS y\nCOPY --from=x / /\n', true)).toHaveLength(2);
  });
});

describe('the command for a step', () => {
  const stages = graphOf('FROM golang AS build\nFROM alpine\nCOPY --from=build / /\n').nodes.filter((n): n is StageNode => n.kind === 'stage');
  it.each([
    [0, false, false, 'docker build --target build .'],
    [1, true, false, 'docker build .'],
    [0, false, true, 'DOCKER_BUILDKIT=0 docker build --target build .'],
  ] as const)('stage %i (last: %s, classic: %s) → %s', (i, last, classic, expected) => {
    expect(buildCommand(stages[i]!, last, classic)).toBe(expected);
  });
  it('an unnamed earlier stage cannot be a target', () => {
    const unnamed = graphOf('FROM golang\nFROM alpine\n').nodes.find((n): n is StageNode => n.kind === 'stage' && n.stage === 0)!;
    expect(buildCommand(unnamed, false, false)).toBeNull();
  });
});
