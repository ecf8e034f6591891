/**
 * The analysis worker's answer on the wire: the new AnalysisView as a patch against the view
 * the worker sent before. Unchanged nodes, edges and stage spans travel as indexes, so a
 * keystroke in a 1,000-stage file clones a few objects instead of the whole analysis, and the
 * page gets back its own objects for everything that did not change (memoised views skip them).
 * The same diff-then-apply shares objects between two synchronous analyses of a small file.
 */
import { deepEqual } from '../../core/graph/equal.ts';
import { applyGraph, applyList, diffGraph, diffList, type GraphPatch, type ListPatch } from '../../core/graph/patch.ts';
import type { Diagnostic, MetaArg } from '../../core/model.ts';
import type { AnalysisView, StageSpan, ViewChecks } from '../state/view.ts';

export interface ViewPatch {
  readonly version: number;
  readonly graph: GraphPatch;
  readonly stages: ListPatch<StageSpan>;
  /** Null when equal to the previous view's (the page keeps its array, so markers are not reset). */
  readonly diagnostics: readonly Diagnostic[] | null;
  readonly metaArgs: readonly MetaArg[] | null;
  readonly target: number | null;
  readonly hasErrors: boolean;
  /** Null when equal to the previous view's. */
  readonly checks: ViewChecks | null;
  readonly millis: number;
}

const spanKey = (s: StageSpan): string => String(s.index);

export function diffView(prev: AnalysisView | null, next: AnalysisView): ViewPatch {
  return {
    version: next.version,
    graph: diffGraph(prev?.graph ?? null, next.graph),
    stages: diffList(prev?.stages ?? null, next.stages, spanKey),
    diagnostics: prev && deepEqual(prev.diagnostics, next.diagnostics) ? null : next.diagnostics,
    metaArgs: prev && deepEqual(prev.metaArgs, next.metaArgs) ? null : next.metaArgs,
    target: next.target,
    hasErrors: next.hasErrors,
    checks: prev && deepEqual(prev.checks, next.checks) ? null : next.checks,
    millis: next.millis,
  };
}

/** Rebuilds the view a patch describes, from the view it was diffed against. */
export function applyView(prev: AnalysisView | null, p: ViewPatch): AnalysisView {
  const diagnostics = p.diagnostics ?? prev?.diagnostics;
  const metaArgs = p.metaArgs ?? prev?.metaArgs;
  const checks = p.checks ?? prev?.checks;
  // Null means "unchanged", which only a previous view can give: a protocol bug otherwise.
  if (!diagnostics || !metaArgs || !checks) throw new Error('view patch refers to a previous view the page does not have');
  return {
    version: p.version,
    graph: applyGraph(prev?.graph ?? null, p.graph),
    stages: applyList(prev?.stages ?? null, p.stages),
    diagnostics,
    metaArgs,
    target: p.target,
    hasErrors: p.hasErrors,
    checks,
    millis: p.millis,
  };
}

/** `next`, sharing every unchanged object with `prev` (both computed on the same side). */
export function shareView(prev: AnalysisView | null, next: AnalysisView): AnalysisView {
  return prev ? applyView(prev, diffView(prev, next)) : next;
}
