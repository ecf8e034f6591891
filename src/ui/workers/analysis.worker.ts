/// <reference lib="webworker" />
/**
 * Analysis off the main thread for large files: text in, AnalysisView out.
 * Requests carry the text version; the page drops answers for older versions.
 */
import type { AnalyzeOptions } from '../../core/model.ts';
import { computeView, type AnalysisView } from '../state/view.ts';

export interface AnalysisAnswer {
  readonly id: number;
  readonly view: AnalysisView;
}

export interface AnalysisRequest {
  /** Increases with every request: the page keeps only the answer to its latest one. */
  readonly id: number;
  readonly version: number;
  readonly text: string;
  readonly options: AnalyzeOptions;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const { id, version, text, options } = event.data;
  const answer: AnalysisAnswer = { id, view: computeView(text, version, options) };
  scope.postMessage(answer);
};
