/**
 * One moment of a schedule, for a player: at tick `t` a step is done when it ended by `t`, running
 * when it started by `t` and ends later, pending otherwise. Pure, so stepping back and forth always
 * lands on the same frame.
 */
import type { Schedule } from './types.ts';

export type StepState = 'pending' | 'running' | 'done';

export interface StageFrame {
  readonly state: 'waiting' | 'running' | 'done';
  readonly doneSteps: number;
  readonly totalSteps: number;
  /** Layers added by the steps done so far, and by all the stage's steps. */
  readonly doneLayers: number;
  readonly totalLayers: number;
  /** Ids of the stage's running steps. */
  readonly running: readonly number[];
}

export interface Frame {
  readonly tick: number;
  readonly steps: readonly StepState[];
  readonly stages: ReadonlyMap<number, StageFrame>;
  /** Ids of every running step, in id order. */
  readonly running: readonly number[];
  readonly doneCount: number;
}

export function stepStateAt(start: number, end: number, tick: number): StepState {
  return end <= tick ? 'done' : start <= tick ? 'running' : 'pending';
}

/** The frame of `sched` at `tick` (clamped to 0..ticks). */
export function frameAt(sched: Schedule, tick: number): Frame {
  const t = Math.min(Math.max(0, Math.floor(tick)), sched.ticks);
  const steps = sched.steps.map((s) => stepStateAt(s.start, s.end, t));
  const stages = new Map<number, StageFrame>();
  for (const st of sched.stages) {
    let doneSteps = 0;
    let doneLayers = 0;
    let totalLayers = 0;
    const running: number[] = [];
    for (const id of st.steps) {
      const layer = sched.steps[id]!.layer ? 1 : 0;
      totalLayers += layer;
      if (steps[id] === 'done') { doneSteps++; doneLayers += layer; }
      else if (steps[id] === 'running') running.push(id);
    }
    const total = st.steps.length;
    const state = (total === 0 ? st.end <= t : doneSteps === total) ? 'done' : running.length > 0 || doneSteps > 0 ? 'running' : 'waiting';
    stages.set(st.index, { state, doneSteps, totalSteps: total, doneLayers, totalLayers, running });
  }
  const running = steps.flatMap((s, i) => (s === 'running' ? [i] : []));
  return { tick: t, steps, stages, running, doneCount: steps.filter((s) => s === 'done').length };
}
