/**
 * Derives the analysis view from the text and the what-if options.
 * Small texts are analysed synchronously (memoised); large ones in a Web Worker, with at most
 * one request in flight and a staleness guard: an answer for an older version is never shown.
 *
 * Invariant: every view returned shares each node, edge and stage span that did not change with
 * the view returned before (object identity), so memoised consumers redo only what an edit changed.
 * The worker path gets this from its patches (viewPatch.ts); the synchronous path diffs here.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { AnalyzeOptions } from '../../core/model.ts';
import type { AnalysisAnswer, AnalysisRequest } from '../workers/analysis.worker.ts';
import { applyView, shareView } from '../workers/viewPatch.ts';
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

/**
 * One worker, one request in flight; newer requests replace the queued one. The channel keeps
 * the page's copy of the worker's last view and applies every answer's patch to it, in order.
 * The first answer (a whole view) is shared with `seed()`, the view the page showed before.
 */
function openChannel(seed: () => AnalysisView | null, onAnswer: (id: number, view: AnalysisView) => void): WorkerChannel {
  const worker = new Worker(new URL('../workers/analysis.worker.ts', import.meta.url), { type: 'module' });
  let busy = false;
  let queued: AnalysisRequest | null = null;
  let mirror: AnalysisView | null = null;
  worker.onmessage = (e: MessageEvent<AnalysisAnswer>) => {
    busy = false;
    // Sharing keeps the copy deep-equal to the worker's view, which is all its patches rely on.
    mirror = mirror ? applyView(mirror, e.data.patch) : shareView(seed(), applyView(null, e.data.patch));
    onAnswer(e.data.id, mirror);
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

/** One stable empty object, so a page without contexts never re-analyses for a new `{}`. */
const NO_CONTEXTS: Readonly<Record<string, string>> = {};

export function useAnalysis(text: string, version: number, options: AnalyzeOptions, dockerignore: string | null = null): { view: AnalysisView | null; pending: boolean } {
  const large = text.length > WORKER_THRESHOLD;
  const { target, buildArgs } = options;
  const buildContexts = options.buildContexts ?? NO_CONTEXTS;
  /** The view returned last, whichever path computed it: the next one shares objects with it. */
  const returned = useRef<AnalysisView | null>(null);
  const syncView = useMemo(
    () => (large ? null : shareView(returned.current, computeView(text, version, { target, buildArgs, buildContexts }, dockerignore))),
    [large, text, version, target, buildArgs, buildContexts, dockerignore],
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
    channel.current ??= openChannel(
      () => returned.current,
      (id, view) => {
        // Staleness guard: an answer older than the one shown is dropped; newer ones are shown
        // at once, so the graph keeps following continuous typing.
        if (id <= shownId.current) return;
        shownId.current = id;
        setWorkerView(view);
      },
    );
    const id = ++lastId.current;
    channel.current.post({ id, version, text, options: { target, buildArgs, buildContexts }, dockerignore });
  }, [large, text, version, target, buildArgs, buildContexts, dockerignore]);

  const view = large ? (workerView ?? lastSync.current) : syncView;
  returned.current = view;
  return { view, pending: large && (view === null || view.version !== version) };
}
