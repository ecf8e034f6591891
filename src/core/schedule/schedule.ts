/**
 * Lays a build out in ticks. BuildKit solves the graph in parallel: a step starts as soon as every
 * step it waits for has ended. The classic builder runs one instruction at a time, in file order.
 * Pure and linear in the number of steps and edges (Kahn's order; a cycle, which the analysis
 * already reports as an error, is broken by ignoring the dependencies that close it).
 */
import type { Analysis } from '../model.ts';
import { builtStages, draftSteps, type StepDraft } from './steps.ts';
import type { BuilderKind, Schedule, ScheduleOptions, ScheduleStage, ScheduleStep, StepDep } from './types.ts';

/** The schedule of `analysis` (its target, its build args) for one builder. */
export function schedule(analysis: Analysis, builder: BuilderKind = 'buildkit', options: ScheduleOptions = {}): Schedule {
  const stages = builtStages(analysis, builder);
  const drafts = draftSteps(analysis, stages, builder);
  const deps = resolveDeps(drafts, stages.map((s) => ({ index: s.index, base: s.base.kind === 'stage' ? s.base.stage : null })));
  const waits = builder === 'buildkit' ? deps.map((d) => unique(d.map((x) => x.step))) : drafts.map((_, i) => (i === 0 ? [] : [i - 1]));
  const weight = weightOf(options.weights);
  const times = timeSteps(waits, drafts.map((d) => weight(d.line)));
  const critical = criticalPath(waits, times);
  // Fields spelled out: object spread over thousands of steps showed up first in the profile.
  const steps: ScheduleStep[] = drafts.map((d, id) => ({
    id, kind: d.kind, stage: d.stage, line: d.line, keyword: d.keyword, instruction: d.instruction,
    ...(d.image === undefined ? {} : { image: d.image }),
    start: times[id]!.start, end: times[id]!.end, waitsFor: waits[id]!, deps: deps[id]!, layer: d.layer, critical: critical[id]!, ordinal: d.ordinal,
  }));
  const ticks = steps.reduce((m, s) => Math.max(m, s.end), 0);
  const byStage = new Map<number, number[]>();
  for (const s of steps) (byStage.get(s.stage) ?? byStage.set(s.stage, []).get(s.stage)!).push(s.id);
  const lastEnd = new Map<number, number>();
  const outStages: ScheduleStage[] = stages.map((st) => {
    const ids = byStage.get(st.index) ?? [];
    const base = st.base.kind === 'stage' ? (lastEnd.get(st.base.stage) ?? 0) : 0;
    const start = ids.length > 0 ? Math.min(...ids.map((i) => steps[i]!.start)) : base;
    const end = ids.length > 0 ? Math.max(...ids.map((i) => steps[i]!.end)) : start;
    lastEnd.set(st.index, end);
    return { index: st.index, start, end, critical: ids.some((i) => steps[i]!.critical), steps: ids };
  });
  return { builder, target: analysis.target, ticks, stages: outStages, steps };
}

/** Turns each stage dependency into the stage's last step (following FROM <stage> through stages without steps). */
function resolveDeps(drafts: readonly StepDraft[], stages: readonly { index: number; base: number | null }[]): StepDep[][] {
  const last = new Map<number, number>();
  drafts.forEach((d, i) => last.set(d.stage, i));
  const baseOf = new Map(stages.map((s) => [s.index, s.base]));
  const lastOf = (stage: number): number | null => {
    const seen = new Set<number>();
    let s: number | null | undefined = stage;
    while (s !== null && s !== undefined && !seen.has(s)) {
      seen.add(s);
      const l = last.get(s);
      if (l !== undefined) return l;
      s = baseOf.get(s);
    }
    return null;
  };
  return drafts.map((d, i) => {
    const out = [...d.deps];
    for (const sd of d.stageDeps) {
      const step = lastOf(sd.stage);
      if (step !== null && step !== i) out.push({ kind: sd.kind, step });
    }
    return out;
  });
}

function unique(xs: readonly number[]): number[] {
  return [...new Set(xs)].sort((a, b) => a - b);
}

function weightOf(weights: ScheduleOptions['weights']): (line: number) => number {
  const get = (line: number): number | undefined => (weights instanceof Map ? weights.get(line) : (weights as Readonly<Record<number, number>> | undefined)?.[line]);
  return (line) => {
    const w = get(line);
    return w === undefined || !Number.isFinite(w) ? 1 : Math.max(1, Math.round(w));
  };
}

interface Span { start: number; end: number }

/** Earliest start for every step (Kahn's order over `waits`). */
function timeSteps(waits: readonly (readonly number[])[], weights: readonly number[]): Span[] {
  const n = waits.length;
  const indegree = waits.map((w) => w.length);
  const users: number[][] = Array.from({ length: n }, () => []);
  waits.forEach((w, i) => { for (const d of w) users[d]!.push(i); });
  const times: (Span | undefined)[] = new Array(n);
  const done = new Array<boolean>(n).fill(false);
  const queue: number[] = [];
  for (let i = 0; i < n; i++) if (indegree[i] === 0) queue.push(i);
  let next = 0;
  let head = 0;
  const settle = (i: number): void => {
    done[i] = true;
    let start = 0;
    for (const d of waits[i]!) if (done[d]) start = Math.max(start, times[d]!.end);
    times[i] = { start, end: start + weights[i]! };
    for (const u of users[i]!) if (--indegree[u]! === 0) queue.push(u);
  };
  for (;;) {
    while (head < queue.length) settle(queue[head++]!);
    while (next < n && done[next]) next++;
    if (next >= n) break;
    settle(next); // a cycle: ignore its unfinished dependencies
  }
  return times as Span[];
}

/** Marks the longest chain of waits ending at the last step to end. */
function criticalPath(waits: readonly (readonly number[])[], times: readonly Span[]): boolean[] {
  const out = new Array<boolean>(times.length).fill(false);
  let at = -1;
  times.forEach((t, i) => { if (at < 0 || t.end >= times[at]!.end) at = i; });
  while (at >= 0 && !out[at]) {
    out[at] = true;
    const start = times[at]!.start;
    let pick = -1;
    for (const d of waits[at]!) if (times[d]!.end === start && (pick < 0 || d > pick)) pick = d;
    at = start === 0 ? -1 : pick;
  }
  return out;
}
