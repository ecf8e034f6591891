/// <reference lib="webworker" />
/**
 * Analysis off the main thread for large files: text in, the AnalysisView out as a patch
 * against the previous answer (see viewPatch.ts). Requests carry an id; the page applies every
 * answer in order (its copy must follow the worker's) but shows only the latest.
 */
import type { AnalyzeOptions } from '../../core/model.ts';
import { computeView, type AnalysisView } from '../state/view.ts';
import { diffView, type ViewPatch } from './viewPatch.ts';

export interface AnalysisAnswer {
  readonly id: number;
  /** The view, as a patch against the view of this worker's previous answer. */
  readonly patch: ViewPatch;
}

export interface AnalysisRequest {
  /** Increases with every request: the page keeps only the answer to its latest one. */
  readonly id: number;
  readonly version: number;
  readonly text: string;
  readonly options: AnalyzeOptions;
  /** The .dockerignore that applies (for CopyIgnoredFile), or null. */
  readonly dockerignore: string | null;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** The view of the previous answer: what the page's copy is, once it has applied that answer. */
let sent: AnalysisView | null = null;

scope.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const { id, version, text, options, dockerignore } = event.data;
  const view = computeView(text, version, options, dockerignore);
  const answer: AnalysisAnswer = { id, patch: diffView(sent, view) };
  sent = view;
  scope.postMessage(answer);
};
