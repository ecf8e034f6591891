/**
 * Derives the analysis view from the text and the what-if options.
 * Small texts are analysed synchronously (memoised); large ones in a Web Worker, with at most
 * one request in flight and a staleness guard: an answer for an older version is never shown.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { AnalyzeOptions } from '../../core/model.ts';
import type { AnalysisAnswer, AnalysisRequest } from '../workers/analysis.worker.ts';
import { computeView, type AnalysisView } from './view.ts';

/**
 * Above this many characters, analysis leaves the main thread. Chosen by measurement
 * (scripts/bench-browser.mjs): at 50 KB a generated 1,000-stage file (48 KB) stayed on the
 * main thread and typing in it produced tasks over 50 ms.
 */
export const WORKER_THRESHOLD = 20_000;

interface WorkerChannel {
  post(req: AnalysisRequest): void;
  dispose(): void;
}

/** One worker, one request in flight; newer requests replace the queued one. */
function openChannel(onAnswer: (a: AnalysisAnswer) => void): WorkerChannel {
  const worker = new Worker(new URL('../workers/analysis.worker.ts', import.meta.url), { type: 'module' });
  let busy = false;
  let queued: AnalysisRequest | null = null;
  worker.onmessage = (e: MessageEvent<AnalysisAnswer>) => {
    busy = false;
    onAnswer(e.data);
    if (queued) {
      const next = queued;
      queued = null;
      busy = true;
      worker.postMessage(next);
    }
  };
  return {
    post(req) {
      if (busy) queued = req;
      else {
        busy = true;
        worker.postMessage(req);
      }
    },
    dispose: () => worker.terminate(),
  };
}

export function useAnalysis(text: string, version: number, options: AnalyzeOptions): { view: AnalysisView | null; pending: boolean } {
  const large = text.length > WORKER_THRESHOLD;
  const { target, buildArgs } = options;
  const syncView = useMemo(
    () => (large ? null : computeView(text, version, { target, buildArgs })),
    [large, text, version, target, buildArgs],
  );

  const [workerView, setWorkerView] = useState<AnalysisView | null>(null);
  const channel = useRef<WorkerChannel | null>(null);
  const lastId = useRef(0);
  const shownId = useRef(0);

  useEffect(
    () => () => {
      channel.current?.dispose();
      channel.current = null;
    },
    [],
  );
  // Crossing the threshold upwards keeps the last synchronous view until the worker answers.
  const lastSync = useRef<AnalysisView | null>(null);
  if (syncView) lastSync.current = syncView;

  useEffect(() => {
    if (!large) return;
    channel.current ??= openChannel((a) => {
      // Staleness guard: an answer older than the one shown is dropped; newer ones are shown
      // at once, so the graph keeps following continuous typing.
      if (a.id > shownId.current) {
        shownId.current = a.id;
        setWorkerView(a.view);
      }
    });
    const id = ++lastId.current;
    channel.current.post({ id, version, text, options: { target, buildArgs } });
  }, [large, text, version, target, buildArgs]);

  if (!large) return { view: syncView, pending: false };
  const view = workerView ?? lastSync.current;
  return { view, pending: view === null || view.version !== version };
}
