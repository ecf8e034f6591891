/**
 * What a builder does with this file: a schedule, or why there is none. A schedule is only
 * drawn for a build that runs:
 * - `fails`: the analysis has an error BuildKit stops at (`Analysis.firstError`: a cycle, an
 *   invalid image reference, an unknown instruction…). Its message starts with BuildKit's own
 *   words; the build stops there, so there is nothing to lay out in time. The classic builder
 *   reads the file with the same parser and resolves the same names, so it fails too.
 * - `cannotBuild` (classic only): a stage the classic builder builds uses BuildKit-only syntax
 *   (`ClassicBuilderCannotBuild`: RUN --mount, COPY --link, heredocs…), which stops it with
 *   "the --mount option requires BuildKit" before anything is built.
 */
import type { Analysis, Diagnostic } from '../model.ts';
import { schedule } from './schedule.ts';
import type { BuilderKind, Schedule, ScheduleOptions } from './types.ts';

export type BuildOutcome =
  | { readonly kind: 'schedule'; readonly builder: BuilderKind; readonly schedule: Schedule }
  | { readonly kind: 'fails'; readonly builder: BuilderKind; readonly line: number; readonly error: Diagnostic }
  | { readonly kind: 'cannotBuild'; readonly builder: 'classic'; readonly line: number; readonly feature: string; readonly reason: Diagnostic };

/**
 * The first BuildKit-only syntax in a stage the classic builder builds (file order), or null.
 * Takes the pieces of an analysis the page also has apart (its view's diagnostics, the graph's
 * `classicBuilt` flags).
 */
export function classicBlockerIn(diagnostics: readonly Diagnostic[], classicBuilt: (stage: number) => boolean): Diagnostic | null {
  const found = diagnostics.filter((d) => d.code === 'ClassicBuilderCannotBuild' && (d.stage === undefined || classicBuilt(d.stage)));
  return [...found].sort((a, b) => a.range.start.line - b.range.start.line)[0] ?? null;
}

/** classicBlockerIn over a whole analysis (null without a target: nothing is built). */
export function classicBlocker(analysis: Analysis): Diagnostic | null {
  if (analysis.target === null) return null;
  return classicBlockerIn(analysis.diagnostics, (i) => analysis.stages[i]?.classicBuilt ?? false);
}

/** The outcome of building `analysis` (its target, its build args) with `builder`. */
export function planBuild(analysis: Analysis, builder: BuilderKind = 'buildkit', options: ScheduleOptions = {}): BuildOutcome {
  const error = analysis.firstError;
  if (error !== undefined) return { kind: 'fails', builder, line: error.range.start.line, error };
  if (builder === 'classic') {
    const reason = classicBlocker(analysis);
    if (reason !== null) return { kind: 'cannotBuild', builder, line: reason.range.start.line, feature: String(reason.params.feature ?? ''), reason };
  }
  return { kind: 'schedule', builder, schedule: schedule(analysis, builder, options) };
}
