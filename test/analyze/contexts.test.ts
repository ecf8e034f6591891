/**
 * Named build contexts (--build-context NAME=VALUE): one row per input, each naming
 * the BuildKit function it follows (dockerui Client.NamedContext, convert.go
 * buildDispatchStates / resolveBaseImage).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze/analyze.ts';
import { contextKind, findContext, parseContextWord } from '../../src/core/analyze/contexts.ts';
import { formatText } from '../../src/core/format/text.ts';
import { buildGraph } from '../../src/core/graph/build.ts';
import type { Analysis } from '../../src/core/model.ts';

const codes = (a: Analysis) => a.diagnostics.map((d) => `${d.severity}:${d.code}@${d.range.start.line}`);
const built = (a: Analysis) => a.stages.filter((s) => s.reachable).map((s) => s.index);
const errors = (a: Analysis) => a.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);

describe('context value kinds (buildx)', () => {
  const kinds: Record<string, string> = {
    'docker-image://alpine:3.20': 'docker-image',
    'oci-layout:///tmp/layout:v1': 'oci-layout',
    'https://github.com/moby/buildkit.git#v0.15.0': 'git',
    'git@github.com:moby/buildkit.git': 'git',
    'github.com/moby/buildkit': 'git',
    'https://example.com/src.tar.gz': 'url',
    'target:base': 'target',
    './vendor': 'local',
    '/abs/path': 'local',
  };
  for (const [value, kind] of Object.entries(kinds)) it(value, () => expect(contextKind(value)).toBe(kind));
});

describe('NamedContext lookup', () => {
  const rows: [string, Record<string, string>, string | null, string | null][] = [
    ['docker.io/library/alpine:latest finds "alpine"', { alpine: 'docker-image://alpine:3.20' }, null, 'alpine'],
    ['alpine:3.19 does not find "alpine"', { alpine: 'x' }, null, null],
    ['alpine on linux/arm64 finds "alpine::linux/arm64" first', { alpine: 'a', 'alpine::linux/arm64': 'b' }, 'linux/arm64', 'alpine::linux/arm64'],
    ['alpine with no platform finds "alpine::linux/amd64" (the target platform)', { 'alpine::linux/amd64': 'b' }, null, 'alpine::linux/amd64'],
  ];
  for (const [name, contexts, platform, want] of rows) {
    it(name, () => {
      const ref = name.split(' ')[0] ?? '';
      expect(findContext(contexts, ref, platform)?.name ?? null).toBe(want);
    });
  }
  it('NAME=VALUE words', () => {
    expect(parseContextWord('base=docker-image://alpine')).toEqual({ name: 'base', value: 'docker-image://alpine' });
    expect(parseContextWord('=x')).toBeNull();
    expect(parseContextWord('base=')).toBeNull();
    expect(parseContextWord('base')).toBeNull();
  });
});

describe('named contexts in the engine', () => {
  const stageReplaced = 'FROM golang AS builder\nRUN go build\nFROM alpine AS app\nCOPY --from=builder /out /bin/app\n';
  it('a context replaces a stage that another stage copies from (buildDispatchStates: ds.namedContext)', () => {
    const a = analyze(stageReplaced, { buildContexts: { builder: 'docker-image://ghcr.io/org/prebuilt:1' } });
    expect(a.stages[0]?.replacedBy).toEqual({ name: 'builder', value: 'docker-image://ghcr.io/org/prebuilt:1', kind: 'docker-image' });
    expect(a.edges.filter((e) => e.kind === 'copy').map((e) => e.source)).toEqual([{ kind: 'stage', stage: 0 }]);
    expect(built(a)).toEqual([0, 1]);
    expect(codes(a)).toContain('info:BuildContextReplacesStage@1');
    const g = buildGraph(a);
    expect(g.edges.some((e) => e.kind === 'base' && e.target === 'stage:0')).toBe(false);
    expect(g.nodes.find((n) => n.id === 'stage:0')).toMatchObject({ replacedBy: { kind: 'docker-image' } });
  });
  it('a local directory replacing a stage other stages build on drops its base edge and ONBUILD triggers (addState: base reset)', () => {
    const text = 'FROM alpine AS base\nONBUILD COPY --from=$X a b\nFROM base AS deps\nFROM deps AS app\n';
    const a = analyze(text, { buildContexts: { deps: './deps' } });
    expect(a.edges.filter((e) => e.kind === 'base').map((e) => `${e.stage}<-${e.source.kind === 'stage' ? e.source.stage : ''}`)).toEqual(['2<-1']);
    expect(built(a)).toEqual([1, 2]);
    expect(errors(a)).toEqual([]);
    expect(a.stages[1]?.replacedBy?.kind).toBe('local');
  });
  it('a git URL replacing a FROM image (resolveBaseImage → namedContext)', () => {
    const a = analyze('FROM golang:1.22 AS build\n', { buildContexts: { 'golang:1.22': 'https://github.com/org/go.git#main' } });
    expect(a.stages[0]?.baseContext).toEqual({ name: 'golang:1.22', value: 'https://github.com/org/go.git#main', kind: 'git' });
    expect(a.stages[0]?.layerInfo.baseLayers).toBeNull();
    const g = buildGraph(a);
    expect(g.nodes.find((n) => n.id === 'image:golang:1.22')).toMatchObject({ context: { kind: 'git' } });
  });
  it('an oci-layout path replacing a COPY --from image and a mount source (unregistered states resolve like FROM)', () => {
    const text = 'FROM alpine\nCOPY --from=tonistiigi/xx / /\nRUN --mount=from=tonistiigi/xx,target=/xx true\n';
    const a = analyze(text, { buildContexts: { 'tonistiigi/xx': 'oci-layout:///srv/xx@sha256:abc' } });
    expect(a.edges.filter((e) => e.kind !== 'base').map((e) => e.sourceContext?.kind)).toEqual(['oci-layout', 'oci-layout']);
  });
  it("bake's target:<other> replacing a stage", () => {
    const a = analyze('FROM php:8 AS php-base\nFROM php-base\n', { buildContexts: { 'php-base': 'target:php-base-image' } });
    expect(a.stages[0]?.replacedBy?.kind).toBe('target');
  });
  it('a stage named scratch or context is never replaced (namedContextFunc)', () => {
    const a = analyze('FROM alpine AS context\nFROM context\n', { buildContexts: { context: './ctx' } });
    expect(a.stages[0]?.replacedBy).toBeUndefined();
    expect(codes(a)).toContain('info:BuildContextUnused@1');
  });
  it('a context that names nothing is reported as unused', () => {
    const a = analyze('FROM alpine\n', { buildContexts: { nothing: './x' } });
    expect(codes(a)).toContain('info:BuildContextUnused@1');
  });
  it('FROM alpine AS foo- fails NamedContext in a real build: invalid context name', () => {
    const a = analyze('FROM alpine AS foo-\n');
    expect(errors(a)).toEqual([
      'invalid context name foo-: invalid reference format. In a real build BuildKit looks up a named build context for every stage name, so a stage name must also be a valid image name.',
    ]);
  });
});

describe('named contexts in the text format', () => {
  it('a replaced stage and a replaced FROM image say what replaced them', () => {
    const a = analyze('# builder compiles it\nFROM golang AS builder\nFROM alpine\nCOPY --from=builder /a /b\n', { buildContexts: { builder: './prebuilt', alpine: 'docker-image://alpine:3.20' } });
    const text = formatText(a);
    expect(text).toContain('from build context builder=./prebuilt (replaces the whole stage)');
    expect(text).toContain('from build context alpine=docker-image://alpine:3.20 (replaces image alpine)');
    expect(text).toContain('     compiles it');
  });
});
