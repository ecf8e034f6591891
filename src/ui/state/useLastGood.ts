/**
 * While the text has errors, the graph shown is the last one computed without errors for the SAME
 * file (marked stale, drawn dimmed); without a good graph of that file yet, the current partial one
 * is shown. A workspace with several Dockerfiles never shows one file's graph for another's errors.
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

export interface LastGood {
  readonly input: AnalysisView | null;
  readonly file: number | null;
  /** The last error-free view of each file (by file id). */
  readonly goods: ReadonlyMap<number | null, AnalysisView>;
  readonly out: Shown;
}

export const NO_LAST_GOOD: LastGood = { input: null, file: null, goods: new Map(), out: { view: null, stale: false } };

/**
 * The next state, pure. `version` is the graph file's current text version: a view computed for an
 * older text (the worker has not answered yet) is shown as before but never filed as `file`'s.
 */
export function nextLastGood(m: LastGood, current: AnalysisView | null, file: number | null, version: number): LastGood {
  if (current === null || (current === m.input && file === m.file)) return m;
  const goods = new Map(m.goods);
  if (current.version === version && !current.hasErrors) goods.set(file, current);
  const good = goods.get(file);
  const out: Shown = current.hasErrors && good ? { view: good, stale: true } : { view: current, stale: false };
  return { input: current, file, goods, out };
}

export function useLastGood(current: AnalysisView | null, file: number | null = null, version: number = current?.version ?? -1): Shown {
  const memo = useRef<LastGood>(NO_LAST_GOOD);
  const next = nextLastGood(memo.current, current, file, version);
  if (next !== memo.current) {
    // Keep the shown object when nothing it shows changed (its identity drives the graph's memos).
    const prev = memo.current.out;
    memo.current = next.out.view === prev.view && next.out.stale === prev.stale ? { ...next, out: prev } : next;
  }
  return memo.current.out;
}
