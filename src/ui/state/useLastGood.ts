/**
 * While the text has errors, the graph shown is the last one computed without errors
 * (marked stale, drawn dimmed); without any good graph yet, the current partial one is shown.
 * Unchanged nodes keep their identity because useAnalysis shares them between successive views
 * (through the error states too), so only real edits re-render; nothing is compared here.
 */
import { useRef } from 'react';
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
  const good = current.hasErrors ? m.good : current;
  const out: Shown = current.hasErrors && good ? { view: good, stale: true } : { view: current, stale: false };
  memo.current = { input: current, good, out };
  return out;
}
