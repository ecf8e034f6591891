/**
 * What the UI needs from one analysis, computed in one place (main thread or worker):
 * the graph model, the diagnostics, the global ARGs and the stage line ranges.
 * Kept slim because for large files it crosses the worker boundary on every edit.
 */
import { analyze } from '../../core/analyze/analyze.ts';
import { runChecksBoth, type CheckResult } from '../../core/checks/index.ts';
import { buildGraph } from '../../core/graph/build.ts';
import type { GraphModel } from '../../core/graph/types.ts';
import type { AnalyzeOptions, Diagnostic, MetaArg } from '../../core/model.ts';

export interface StageSpan {
  readonly index: number;
  readonly name: string | null;
  readonly label: string;
  readonly startLine: number;
  readonly endLine: number;
}

export interface AnalysisView {
  /** The text version this view was computed for. */
  readonly version: number;
  readonly graph: GraphModel;
  readonly diagnostics: readonly Diagnostic[];
  readonly metaArgs: readonly MetaArg[];
  readonly stages: readonly StageSpan[];
  readonly target: number | null;
  readonly hasErrors: boolean;
  /** BuildKit's build checks: what a build of the target prints, and what `--check` prints. */
  readonly checks: ViewChecks;
  /** Milliseconds spent analysing (for the benchmark). */
  readonly millis: number;
}

export interface ViewChecks {
  readonly build: CheckResult;
  readonly check: CheckResult;
}

/** Above this many nodes the graph is not drawn (the outline still lists every stage). */
export const MAX_DRAWN_NODES = 2500;

/** A graph too large to draw keeps its structure but not the per-stage instruction lists. */
function slim(graph: GraphModel): GraphModel {
  if (graph.nodes.length <= MAX_DRAWN_NODES) return graph;
  return { ...graph, nodes: graph.nodes.map((n) => (n.kind === 'stage' ? { ...n, instructions: [] } : n)) };
}

/** `dockerignore`: the text of the .dockerignore that applies to this Dockerfile, if any. */
export function computeView(text: string, version: number, options: AnalyzeOptions, dockerignore: string | null = null): AnalysisView {
  const t0 = performance.now();
  const analysis = analyze(text, options);
  const buildArgs = options.buildArgs ?? {};
  const checks: ViewChecks = runChecksBoth(text, analysis, { target: options.target ?? null, buildArgs, dockerignore });
  const graph = slim(buildGraph(analysis));
  return {
    version,
    graph,
    diagnostics: analysis.diagnostics,
    metaArgs: analysis.metaArgs,
    stages: analysis.stages.map((s) => ({
      index: s.index,
      name: s.name,
      label: s.originalName ?? s.displayName,
      startLine: s.startLine,
      endLine: s.endLine,
    })),
    target: analysis.target,
    hasErrors: analysis.diagnostics.some((d) => d.severity === 'error'),
    checks,
    millis: performance.now() - t0,
  };
}

/** The stage whose lines contain `line`, if any. */
export function stageAtLine(stages: readonly StageSpan[], line: number): StageSpan | undefined {
  let lo = 0;
  let hi = stages.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = stages[mid]!;
    if (line < s.startLine) hi = mid - 1;
    else if (line > s.endLine) lo = mid + 1;
    else return s;
  }
  return undefined;
}
