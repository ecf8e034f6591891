/**
 * The build the explanations talk about: the graph file's text and the what-if options (target,
 * build args), the same the graph uses. App keeps them current with `useExplainSource`; hovers,
 * graph tips and exercises read them when asked (no re-render of every node on each keystroke).
 * The analysis is made on demand and kept while text and options stay the same.
 */
import { useEffect } from 'react';
import { analyze } from '../../core/analyze/analyze.ts';
import type { Analysis, AnalyzeOptions } from '../../core/model.ts';

let text = '';
let options: AnalyzeOptions = {};
let cached: Analysis | null = null;
const listeners = new Set<() => void>();

export function explainOptions(): AnalyzeOptions {
  return options;
}

/** The analysis of the graph file for the current options. */
export function currentAnalysis(): Analysis {
  cached ??= analyze(text, options);
  return cached;
}

export function onExplainSource(f: () => void): () => void {
  listeners.add(f);
  return () => listeners.delete(f);
}

export function useExplainSource(t: string, o: { readonly target: string | null; readonly buildArgs: Readonly<Record<string, string>> }): void {
  const { target, buildArgs } = o;
  useEffect(() => {
    text = t;
    cached = null;
    if (options.target !== target || options.buildArgs !== buildArgs) options = { target, buildArgs };
    listeners.forEach((f) => f());
  }, [t, target, buildArgs]);
}
