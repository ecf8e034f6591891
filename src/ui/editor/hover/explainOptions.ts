/**
 * The what-if options (target, build args) the explanations use: the same ones the graph uses.
 * The page's App keeps them current with `useExplainOptions`; the hover provider reads them.
 */
import { useEffect } from 'react';
import type { AnalyzeOptions } from '../../../core/model.ts';

let current: AnalyzeOptions = {};
const listeners = new Set<() => void>();

export function explainOptions(): AnalyzeOptions {
  return current;
}

export function onExplainOptions(f: () => void): () => void {
  listeners.add(f);
  return () => listeners.delete(f);
}

export function useExplainOptions(options: { readonly target: string | null; readonly buildArgs: Readonly<Record<string, string>> }): void {
  const { target, buildArgs } = options;
  useEffect(() => {
    current = { target, buildArgs };
    listeners.forEach((f) => f());
  }, [target, buildArgs]);
}
