/**
 * While the text has errors, the graph shown is the last one computed without errors
 * (marked stale, drawn dimmed); without any good graph yet, the current partial one is shown.
 * Unchanged nodes keep their identity from the graph on screen, so only real edits re-render.
 */
import { useRef } from 'react';
import { reuseUnchanged } from '../../core/graph/reuse.ts';
import type { AnalysisView } from './view.ts';

export interface Shown {
  /** The view whose graph is drawn. */
  readonly view: AnalysisView | null;
  /** True when `view` is an older, error-free view standing in for the current one. */
  readonly stale: boolean;
}

export function useLastGood(current: AnalysisView | null): Shown {
  const memo = useRef<{ input: AnalysisView | null; good: AnalysisView | null; out: Shown }>({
    input: null,
    good: null,
    out: { view: null, stale: false },
  });
  const m = memo.current;
  if (current === m.input || current === null) return m.out;
  const graph = reuseUnchanged(m.out.view?.graph ?? null, current.graph);
  const view = graph === current.graph ? current : { ...current, graph };
  const good = view.hasErrors ? m.good : view;
  const out: Shown = view.hasErrors && good ? { view: good, stale: true } : { view, stale: false };
  memo.current = { input: current, good, out };
  return out;
}
