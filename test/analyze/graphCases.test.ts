/**
 * BuildKit's stage-graph reference cases (../shared/data/buildkit/graph-cases),
 * as one table test over graph-cases.json. Where the builders differ, the
 * `buildkit_*` expectation is ours and `classic_*` is checked against classicBuilt.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze/analyze.ts';
import { runChecks } from '../../src/core/checks/index.ts';
import type { Analysis, Edge } from '../../src/core/model.ts';
import { readShared } from '../support/shared.ts';

type To = number | { image: string };
interface ExpectedEdge { from: number; to: To; kind: string; via?: string }
interface Expect {
  ok?: boolean; buildkit_ok?: boolean;
  error_contains?: string; error_equals?: string; buildkit_error_contains?: string;
  stages?: { index: number; name?: string | null; base?: { image?: string; stage?: number } }[];
  edges?: ExpectedEdge[]; not_edges?: { from: number; to: To }[];
  reachable?: number[]; buildkit_reachable?: number[]; classic_built?: number[];
  buildkit_lint?: { rule: string; line: number; message: string }[];
  with_build_args_ok?: Record<string, string>;
}
interface Case { file: string; target: string | null; build_args: Record<string, string>; expect: Expect }

const data = JSON.parse(readShared('buildkit', 'graph-cases', 'graph-cases.json')) as { cases: Case[] };
let passed = 0;

const errors = (a: Analysis) => a.diagnostics.filter((d) => d.severity === 'error');

/** Our edge in the reference's vocabulary: onbuild triggers are `onbuild-copy` / `onbuild-mount`. */
function refKind(e: Edge): string {
  return e.kind === 'onbuild' ? `onbuild-${e.trigger?.kind ?? 'copy'}` : e.kind;
}
function key(from: number, to: To, kind: string): string {
  return `${from}->${typeof to === 'number' ? to : `image:${to.image}`}:${kind}`;
}

describe('graph cases', () => {
  afterAll(() => console.log(`graph cases: ${passed}/${data.cases.length} pass`));

  for (const c of data.cases) {
    it(c.file, () => {
      const text = readShared('buildkit', 'graph-cases', c.file);
      const a = analyze(text, { target: c.target, buildArgs: c.build_args });
      const x = c.expect;
      const ok = x.ok ?? x.buildkit_ok;
      const wanted = x.error_contains ?? x.buildkit_error_contains;
      if (ok === true) expect(errors(a).map((d) => d.message)).toEqual([]);
      if (ok === false || wanted || x.error_equals) {
        const messages = errors(a).map((d) => d.message);
        expect(messages.length).toBeGreaterThan(0);
        if (wanted) expect(messages.some((m) => m.includes(wanted)), `${JSON.stringify(messages)} ∌ ${wanted}`).toBe(true);
        // BuildKit's whole message, then (after a full stop) our explanation.
        if (x.error_equals) expect(messages.some((m) => m === x.error_equals || m.startsWith(`${x.error_equals}.`))).toBe(true);
      }
      for (const s of x.stages ?? []) {
        const got = a.stages[s.index];
        expect(got, `stage ${s.index}`).toBeDefined();
        if (s.name !== undefined) expect(got?.name).toBe(s.name);
        if (s.base?.stage !== undefined) expect(got?.base).toEqual({ kind: 'stage', stage: s.base.stage });
        if (s.base?.image !== undefined) {
          expect(got?.base).toEqual(s.base.image === 'scratch' ? { kind: 'scratch' } : { kind: 'image', ref: s.base.image });
        }
      }
      if (x.edges) {
        // A FROM <image> is the stage's base, not an edge in our model: check it there.
        const imageBases = x.edges.filter((e) => e.kind === 'base' && typeof e.to !== 'number');
        for (const e of imageBases) expect(a.stages[e.from]?.base).toEqual({ kind: 'image', ref: (e.to as { image: string }).image });
        const want = x.edges.filter((e) => !imageBases.includes(e)).map((e) => key(e.from, e.to, e.kind)).sort();
        const got = a.edges.map((e) => key(e.stage, e.source.kind === 'stage' ? e.source.stage : { image: e.source.ref }, refKind(e))).sort();
        expect(got).toEqual(want);
        for (const e of x.edges.filter((v) => v.via)) {
          expect(a.edges.some((g) => g.stage === e.from && g.via === e.via), `via ${e.via}`).toBe(true);
        }
      }
      for (const n of x.not_edges ?? []) {
        expect(a.edges.some((e) => e.stage === n.from && e.source.kind === 'stage' && e.source.stage === n.to)).toBe(false);
      }
      const reach = x.reachable ?? x.buildkit_reachable;
      if (reach) expect(a.stages.filter((s) => s.reachable).map((s) => s.index)).toEqual(reach);
      if (x.classic_built) expect(a.stages.filter((s) => s.classicBuilt).map((s) => s.index)).toEqual(x.classic_built);
      const lint = x.buildkit_lint ? runChecks(text, a, { mode: 'build', target: c.target, buildArgs: c.build_args }).findings : [];
      for (const l of x.buildkit_lint ?? []) {
        expect(lint.some((f) => f.ruleName === l.rule && f.range.start.line === l.line && f.detail === l.message)).toBe(true);
      }
      if (x.with_build_args_ok) {
        expect(errors(analyze(text, { target: c.target, buildArgs: x.with_build_args_ok }))).toEqual([]);
      }
      passed++;
    });
  }
});
