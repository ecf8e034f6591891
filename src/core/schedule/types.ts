/**
 * A build laid out in time (the schedule) and what its cache would do (the what-if).
 * Plain data: step ids are indices into `Schedule.steps`; lines are 1-based, as in the analysis.
 */

export type BuilderKind = 'buildkit' | 'classic';

/** Why one step waits for another (or, for the cache, depends on it). */
export type DepKind = 'previous' | 'base' | 'copy' | 'mount' | 'onbuild' | 'pull';

export interface StepDep {
  readonly kind: DepKind;
  /** The id of the step depended on. */
  readonly step: number;
}

export interface ScheduleStep {
  readonly id: number;
  /** `pull`: fetching an external image; `instruction`: one instruction of the stage. */
  readonly kind: 'pull' | 'instruction';
  readonly stage: number;
  /** 1-based line of the instruction (for a pull: the FROM, or the COPY/RUN that names the image). */
  readonly line: number;
  /** Lower-cased keyword (`from` for pulls). */
  readonly keyword: string;
  /** What the step does, as the build log names it (`COPY main.go .`, `FROM golang:1.13`). */
  readonly instruction: string;
  /** For pulls: the image reference. */
  readonly image?: string;
  readonly start: number;
  readonly end: number;
  /** Steps this one cannot start before (BuildKit: its dependencies; classic: the step before it). */
  readonly waitsFor: readonly number[];
  /** What the step's result is built from (the cache follows these, for both builders). */
  readonly deps: readonly StepDep[];
  /** Adds a layer to the image (RUN, COPY, ADD, WORKDIR other than `/`). */
  readonly layer: boolean;
  readonly critical: boolean;
  /**
   * Its number in the log: BuildKit's `[stage i/n]` (null for a pull of an image copied from, which
   * BuildKit prints without a prefix); classic: `Step i/n` over the whole file.
   */
  readonly ordinal: { readonly index: number; readonly total: number } | null;
}

export interface ScheduleStage {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly critical: boolean;
  /** Ids of the stage's steps, in order. */
  readonly steps: readonly number[];
}

export interface Schedule {
  readonly builder: BuilderKind;
  readonly target: number | null;
  /** The tick the last step ends at (0 for nothing to build). */
  readonly ticks: number;
  /** Only the stages this builder builds, by index. */
  readonly stages: readonly ScheduleStage[];
  readonly steps: readonly ScheduleStep[];
}

export interface ScheduleOptions {
  /** Ticks a step takes, by 1-based line (default 1; values below 1 count as 1, fractions round). */
  readonly weights?: ReadonlyMap<number, number> | Readonly<Record<number, number>>;
}

/** Stable reason codes of the what-if; the UI and the CLI word them. */
export type CacheCode =
  | 'unchanged'
  | 'contextIgnored'
  | 'fromArgChanged'
  | 'previousReran'
  | 'baseReran'
  | 'sourceStageReran'
  | 'contextChanged'
  | 'bindMountChanged'
  | 'argChanged'
  | 'argInherited'
  | 'argInWords';

export interface CacheReason {
  readonly code: CacheCode;
  readonly params: Readonly<Record<string, string | number>>;
}

export interface StepCache {
  readonly step: number;
  readonly cached: boolean;
  readonly reason: CacheReason;
}

export interface CacheQuery {
  /** Changed paths of the build context: files, folders (`src/`) or globs (`src/*.js`). */
  readonly changedPaths?: readonly string[];
  /** Names of build args whose value changed. */
  readonly changedArgs?: readonly string[];
  /** The workspace's `.dockerignore`: an ignored path changes nothing. */
  readonly ignores?: (path: string) => boolean;
}

export interface CacheResult {
  /** One entry per schedule step, by step id. */
  readonly steps: readonly StepCache[];
  readonly rerun: number;
  readonly total: number;
}
