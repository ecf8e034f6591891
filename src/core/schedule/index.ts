/** The build laid out in time, and its cache what-if (see docs/ARCHITECTURE.md). */
export { schedule } from './schedule.ts';
export { cacheWhatIf } from './cache.ts';
export { touches, contextSources, leftOut } from './paths.ts';
export { buildkitProgress, classicProgress, type ProgressLine } from './progress.ts';
export type * from './types.ts';
export { frameAt, stepStateAt, type Frame, type StageFrame, type StepState } from './frame.ts';
export { planBuild, classicBlocker, classicBlockerIn, type BuildOutcome } from './outcome.ts';
