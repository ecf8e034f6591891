/**
 * The build player's state, shared by the Build tab, the graph's nodes and edges, the editor and
 * the presentation bar. It holds only what a person chose (on, tick, playing, speed, changed files
 * and args); the analysis, both schedules, the cache what-if and the frame are derived from it and
 * the store. The classic switch is the store's own `classic` option, so the graph dims what the
 * classic builder skips while its build plays. Outside the provider (the embed) the player is off.
 */
import { createContext, useCallback, useContext, useDeferredValue, useEffect, useMemo, useState, type ReactNode } from 'react';
import { analyze } from '../../core/analyze/analyze.ts';
import type { Analysis } from '../../core/model.ts';
import { cacheWhatIf, frameAt, planBuild, type BuildOutcome, type CacheResult, type Frame, type Schedule } from '../../core/schedule/index.ts';
import { useContextIgnore } from '../state/contextIgnore.ts';
import { useExerciseSession } from '../explain/exerciseSession.ts';
import { useStore } from '../state/store.tsx';

export const SPEEDS = [0.5, 1, 2, 4] as const;

export interface Player {
  readonly on: boolean;
  readonly analysis: Analysis;
  /** What the chosen builder does: a schedule, or why there is none (the build fails, or classic cannot build it). */
  readonly outcome: BuildOutcome;
  /** The outcome's schedule; empty (0 ticks, no steps) when there is none, so nothing lights up. */
  readonly schedule: Schedule;
  /** What the other builder does, for "N more ticks" (or why there is nothing to compare). */
  readonly other: BuildOutcome;
  /** Ticks of the other builder's schedule (0 when it has none). */
  readonly otherTicks: number;
  readonly cache: CacheResult | null;
  /** Steps the what-if re-runs, by stage index (empty without a what-if). */
  readonly rerunByStage: ReadonlyMap<number, number>;
  readonly frame: Frame;
  readonly tick: number;
  readonly playing: boolean;
  readonly speed: number;
  readonly changedPaths: string;
  readonly changedArgs: readonly string[];
  readonly fileName: string;
  /** An unanswered cache exercise is on: the what-if waits (its answer would be the exercise's). */
  readonly whatIfWaits: boolean;
  /** Ticks a step takes, by line (default 1): a slow RUN moves the critical path. */
  readonly weights: ReadonlyMap<number, number>;
  setWeight(line: number, ticks: number): void;
  setOn(on: boolean): void;
  setTick(tick: number): void;
  setPlaying(playing: boolean): void;
  setSpeed(speed: number): void;
  setChangedPaths(text: string): void;
  toggleArg(name: string): void;
}

const PlayerContext = createContext<Player | null>(null);

const EMPTY = new Map<string, Schedule>();
/** The schedule of a build that does not run: no stages, no steps (one object per builder and target). */
function emptySchedule(builder: Schedule['builder'], target: number | null): Schedule {
  const key = `${builder}:${target}`;
  let s = EMPTY.get(key);
  if (!s) EMPTY.set(key, (s = { builder, target, ticks: 0, stages: [], steps: [] }));
  return s;
}

/** Changed paths typed as one text: separated by commas or new lines. */
export function splitPaths(text: string): string[] {
  return text.split(/[,\n]/).map((p) => p.trim()).filter((p) => p !== '');
}

export function PlayerProvider({ children }: { readonly children: ReactNode }) {
  const s = useStore();
  const [on, setOn] = useState(false);
  const [tick, setTickRaw] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(1);
  const [changedPaths, setChangedPaths] = useState('');
  const [changedArgs, setChangedArgs] = useState<readonly string[]>([]);
  const [weights, setWeights] = useState<ReadonlyMap<number, number>>(() => new Map());
  const { target, buildArgs, classic } = s.options;
  // Derived only while the player is on: nothing is computed for people who never open the tab.
  const analysis = useMemo(() => analyze(on ? s.text : '', { target, buildArgs }), [on, s.text, target, buildArgs]);
  const outcome = useMemo(() => planBuild(analysis, classic ? 'classic' : 'buildkit', { weights }), [analysis, classic, weights]);
  const sched = outcome.kind === 'schedule' ? outcome.schedule : emptySchedule(outcome.builder, analysis.target);
  const other = useMemo(() => planBuild(analysis, classic ? 'buildkit' : 'classic', { weights }), [analysis, classic, weights]);
  const otherTicks = other.kind === 'schedule' ? other.schedule.ticks : 0;
  const fileName = s.graphFile?.name ?? 'Dockerfile';
  const ignore = useContextIgnore();
  const session = useExerciseSession();
  const whatIfWaits = session !== null && !session.revealed && session.spec.kind === 'cacheRerun';
  // Typing in the field stays responsive on large files: the what-if follows a deferred copy.
  const deferredPaths = useDeferredValue(changedPaths);
  const cache = useMemo(() => {
    const paths = splitPaths(deferredPaths);
    if (whatIfWaits || (paths.length === 0 && changedArgs.length === 0) || outcome.kind !== 'schedule') return null;
    return cacheWhatIf(analysis, sched, { changedPaths: paths, changedArgs, ignores: (p) => ignore?.matcher.ignores(p) ?? false });
  }, [analysis, sched, outcome.kind, deferredPaths, changedArgs, ignore, whatIfWaits]);
  const rerunByStage = useMemo(() => {
    const out = new Map<number, number>();
    if (cache) for (const c of cache.steps) if (!c.cached) { const st = sched.steps[c.step]!.stage; out.set(st, (out.get(st) ?? 0) + 1); }
    return out;
  }, [cache, sched]);
  const ticks = sched.ticks;
  const clamped = Math.min(tick, ticks);
  const frame = useMemo(() => frameAt(sched, clamped), [sched, clamped]);
  const setTick = useCallback((t: number) => setTickRaw(Math.max(0, Math.min(Math.round(t), ticks))), [ticks]);

  // Playing: one tick per second at speed 1; stops at the end.
  useEffect(() => {
    if (!playing || !on) return;
    if (clamped >= ticks) {
      setPlaying(false);
      return;
    }
    const id = window.setTimeout(() => setTickRaw((t) => Math.min(t + 1, ticks)), 1000 / speed);
    return () => window.clearTimeout(id);
  }, [playing, on, clamped, ticks, speed]);

  const setWeight = useCallback((line: number, n: number) => setWeights((w) => {
    const next = new Map(w);
    if (n <= 1) next.delete(line);
    else next.set(line, n);
    return next;
  }), []);
  const toggleArg = useCallback((name: string) => setChangedArgs((a) => (a.includes(name) ? a.filter((x) => x !== name) : [...a, name])), []);
  const value = useMemo<Player>(
    () => ({ on, analysis, outcome, schedule: sched, other, otherTicks, cache, rerunByStage, frame, tick: clamped, playing, speed, changedPaths, changedArgs, fileName, whatIfWaits, weights, setWeight, setOn, setTick, setPlaying, setSpeed, setChangedPaths, toggleArg }),
    [on, analysis, outcome, sched, other, otherTicks, cache, rerunByStage, frame, clamped, playing, speed, changedPaths, changedArgs, fileName, whatIfWaits, weights, setWeight, setTick, toggleArg],
  );
  return <PlayerContext.Provider value={value}>{children}</PlayerContext.Provider>;
}

/** The player, or null outside the provider. */
export function usePlayer(): Player | null {
  return useContext(PlayerContext);
}

/** The player while it is on, else null (what nodes, edges and the editor read). */
export function useActivePlayer(): Player | null {
  const p = useContext(PlayerContext);
  return p?.on ? p : null;
}
