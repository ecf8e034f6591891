/**
 * Simulated build logs that follow a schedule tick by tick. BuildKit's plain progress
 * (`#7 [builder 3/4] COPY main.go .` when a step starts, `#7 DONE` or `#7 CACHED` when it ends,
 * parallel steps interleaved, numbered in the order they start); the classic builder's
 * `Step 3/8 : COPY main.go .` log is the one core/builder already writes, timed here.
 */
import { classicBuildLog } from '../builder/buildLog.ts';
import type { Analysis } from '../model.ts';
import type { CacheResult, Schedule } from './types.ts';

export interface ProgressLine {
  /** The tick the line is printed at (a step's start or end). */
  readonly tick: number;
  readonly text: string;
  /** The schedule step it is about, if any. */
  readonly step?: number;
}

/** BuildKit's progress lines for `sched` (a BuildKit schedule of `analysis`). */
export function buildkitProgress(analysis: Analysis, sched: Schedule, cache?: CacheResult, fileName = 'Dockerfile'): ProgressLine[] {
  const out: ProgressLine[] = [];
  let n = 0;
  out.push({ tick: 0, text: `#${++n} [internal] load build definition from ${fileName}` }, { tick: 0, text: `#${n} DONE 0.0s` });
  const images = [...new Set(sched.steps.filter((s) => s.kind === 'pull').map((s) => s.image ?? ''))];
  for (const img of images) out.push({ tick: 0, text: `#${++n} [internal] load metadata for ${img}` }, { tick: 0, text: `#${n} DONE 0.0s` });
  out.push({ tick: 0, text: `#${++n} [internal] load .dockerignore` }, { tick: 0, text: `#${n} DONE 0.0s` });
  const order = [...sched.steps].sort((a, b) => a.start - b.start || a.id - b.id);
  const num = new Map<number, number>();
  for (const s of order) num.set(s.id, ++n);
  const events: { tick: number; rank: number; id: number; line: ProgressLine }[] = [];
  for (const s of order) {
    const name = analysis.stages[s.stage]?.displayName ?? `stage-${s.stage}`;
    const prefix = s.ordinal === null ? '' : `[${name} ${s.ordinal.index}/${s.ordinal.total}] `;
    const k = num.get(s.id)!;
    const cached = cache?.steps[s.id]?.cached === true;
    events.push({ tick: s.start, rank: 1, id: s.id, line: { tick: s.start, step: s.id, text: `#${k} ${prefix}${s.instruction}` } });
    events.push({ tick: s.end, rank: 0, id: s.id, line: { tick: s.end, step: s.id, text: cached ? `#${k} CACHED` : `#${k} DONE ${(s.end - s.start).toFixed(1)}s` } });
  }
  events.sort((a, b) => a.tick - b.tick || a.rank - b.rank || a.id - b.id);
  out.push(...events.map((e) => e.line));
  const last = sched.ticks;
  out.push({ tick: last, text: `#${++n} exporting to image` }, { tick: last, text: `#${n} DONE 0.0s` });
  return out;
}

/** The classic builder's log (`Step i/n : …`), each line at the tick its step starts or ends. */
export function classicProgress(analysis: Analysis, sched: Schedule, fileName = 'Dockerfile'): ProgressLine[] {
  const byLine = new Map(sched.steps.map((s) => [s.line, s]));
  return classicBuildLog(analysis, fileName, ['app:latest']).map((l, i, all) => {
    const step = l.source === undefined ? undefined : byLine.get(l.source.line);
    if (step === undefined) return { tick: i === 0 ? 0 : i === all.length - 1 || l.text.startsWith('Successfully') ? sched.ticks : 0, text: l.text };
    return { tick: l.text.startsWith('Step ') ? step.start : step.end, text: l.text, step: step.id };
  });
}
