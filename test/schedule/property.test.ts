/**
 * Scheduler invariants on real and generated Dockerfiles (fast-check): no step starts before what it
 * waits for; the classic schedule is a strict sequence; BuildKit never takes more ticks than the
 * classic builder for the same target; the what-if never keeps a step cached whose parent re-ran.
 */
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze/analyze.ts';
import type { Analysis } from '../../src/core/model.ts';
import { cacheWhatIf, schedule, touches, type Schedule } from '../../src/core/schedule/index.ts';
import { generateDockerfile } from '../support/generate.ts';
import { readShared, sharedPath } from '../support/shared.ts';

function waitsHold(s: Schedule): void {
  for (const step of s.steps) {
    expect(step.end).toBeGreaterThan(step.start);
    for (const w of step.waitsFor) expect(s.steps[w]!.end).toBeLessThanOrEqual(step.start);
    for (const d of step.deps) if (s.builder === 'buildkit') expect(step.waitsFor).toContain(d.step);
  }
}

function strictSequence(s: Schedule): void {
  s.steps.forEach((step, i) => {
    expect(step.start).toBe(i === 0 ? 0 : s.steps[i - 1]!.end);
    expect(step.waitsFor).toEqual(i === 0 ? [] : [i - 1]);
  });
}

/** Analyses where BuildKit would build (no error: no cycle, no forward reference). */
function buildable(a: Analysis): boolean {
  return a.target !== null && !a.diagnostics.some((d) => d.severity === 'error');
}

function checkAll(a: Analysis, weights?: Record<number, number>): void {
  const bk = schedule(a, 'buildkit', { weights });
  const cl = schedule(a, 'classic', { weights });
  waitsHold(bk);
  waitsHold(cl);
  strictSequence(cl);
  if (buildable(a)) expect(bk.ticks).toBeLessThanOrEqual(cl.ticks);
}

const corpus = readdirSync(sharedPath('corpus')).filter((f) => f.endsWith('.Dockerfile'));

describe('schedule invariants', () => {
  it('hold for every corpus file and each of its stages as the target', () => {
    for (const f of corpus) {
      const text = readShared('corpus', f);
      const a = analyze(text);
      checkAll(a);
      for (const st of a.stages.slice(0, 6)) checkAll(analyze(text, { target: st.name ?? String(st.index) }));
    }
  });

  it('hold for generated graphs of any size, target and step weights', () => {
    const input = fc.record({ stages: fc.integer({ min: 1, max: 40 }), target: fc.nat(), weights: fc.dictionary(fc.integer({ min: 1, max: 400 }).map(String), fc.integer({ min: 1, max: 9 })) });
    fc.assert(
      fc.property(input, ({ stages, target, weights }) => {
        const a = analyze(generateDockerfile(stages), { target: `s${target % stages}` });
        checkAll(a, Object.fromEntries(Object.entries(weights).map(([k, v]) => [Number(k), v])));
      }),
      { numRuns: 150 },
    );
  });

  it('hold for random stage graphs (bases, COPY --from, mounts, images)', () => {
    const stage = (i: number) =>
      fc.record({
        from: fc.oneof(fc.constant('alpine'), fc.constant('scratch'), fc.integer({ min: 0, max: Math.max(0, i - 1) }).map((j) => (i === 0 ? 'alpine' : `s${j}`))),
        body: fc.array(fc.oneof(fc.constant('RUN x'), fc.constant('ENV A=1'), fc.constant('WORKDIR /w'), fc.constant('COPY --from=nginx /a /a'), fc.integer({ min: 0, max: 20 }).map((j) => (j < i ? `COPY --from=s${j} /a /a` : 'COPY . .')), fc.integer({ min: 0, max: 20 }).map((j) => (j < i ? `RUN --mount=from=s${j},target=/m x` : 'RUN --mount=type=cache,target=/c y'))), { maxLength: 6 }),
      });
    const file = fc.integer({ min: 1, max: 12 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => stage(i))));
    fc.assert(
      fc.property(file, fc.nat(), (stages, t) => {
        const text = stages.map((s, i) => [`FROM ${s.from} AS s${i}`, ...s.body].join('\n')).join('\n');
        const a = analyze(text, { target: `s${t % stages.length}` });
        checkAll(a);
        const bk = schedule(a);
        const c = cacheWhatIf(a, bk, { changedPaths: ['x'], changedArgs: [] });
        // A step whose dependency re-ran re-runs too (except a pull, which depends on nothing).
        for (const step of bk.steps) if (step.deps.some((d) => d.kind !== 'pull' && !c.steps[d.step]!.cached)) expect(c.steps[step.id]!.cached).toBe(false);
        expect(c.rerun).toBe(c.steps.filter((x) => !x.cached).length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('touches (changed path against a COPY source)', () => {
  const cases: [string, string, boolean][] = [
    ['.', 'anything/at/all', true],
    ['src', 'src/app.js', true],
    ['src/app.js', 'src', true],
    ['src/*.js', 'src/app.js', true],
    ['src/*.js', 'src/app.ts', false],
    ['*.md', 'src/README.md', false],
    ['package*.json', 'package-lock.json', true],
    ['package*.json', 'src/app.js', false],
    ['src', 'src/**/*.ts', true],
    ['lib', 'src/**/*.ts', false],
    ['./config/', 'config/app.yaml', true],
  ];
  for (const [source, changed, want] of cases) it(`${source} ⟵ ${changed}: ${want}`, () => expect(touches(source, changed)).toBe(want));
});
