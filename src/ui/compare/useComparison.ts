/**
 * Derives the comparison from the view's input and the sizes typed. Small inputs are computed
 * synchronously (memoised: no flash of "converting…"); large ones in a worker, one request in flight,
 * newer requests replacing the queued one, answers to older requests dropped. While the worker
 * works, the last result stays on screen, marked as updating.
 */
import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import { convertSafely, inputSize, measureSafely, SYNC_LIMIT, type Computed } from './compute.ts';
import type { AnswerPayload, CompareAnswer, CompareRequest } from './compare.worker.ts';
import type { Conversion, ConvertInput, SizeDraft } from './model.ts';

export type ComparisonState =
  | { readonly kind: 'none' }
  | { readonly kind: 'converting'; readonly last: Computed | null }
  | { readonly kind: 'done'; readonly result: Computed };

interface Channel {
  post(req: CompareRequest): void;
  dispose(): void;
}

/** A worker channel; falls back to computing on the main thread, deferred, when workers are unavailable. */
function openChannel(onAnswer: (a: Computed & { readonly id: number }) => void): Channel {
  // Answers without a conversion reuse the one received last (received, even if that answer was stale).
  let held: Conversion | null = null;
  const receive = (a: CompareAnswer): void => {
    if (!a.ok) return onAnswer(a);
    const payload = JSON.parse(a.json) as AnswerPayload;
    held = payload.conversion ?? held;
    if (held === null) return onAnswer({ id: a.id, ok: false, message: 'no conversion' });
    onAnswer({ id: a.id, ok: true, conversion: held, measured: payload.measured });
  };
  let worker: Worker | null = null;
  try {
    worker = new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
  }
  if (worker === null) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    return {
      post(req) {
        clearTimeout(timer);
        timer = setTimeout(() => {
          const c = convertSafely(req.input);
          onAnswer({ id: req.id, ...(c.ok ? measureSafely(c.conversion, req.draft) : c) });
        }, 0);
      },
      dispose: () => clearTimeout(timer),
    };
  }
  let busy = false;
  let queued: CompareRequest | null = null;
  const w = worker;
  w.onmessage = (e: MessageEvent<CompareAnswer>) => {
    busy = false;
    receive(e.data);
    if (queued) {
      const next = queued;
      queued = null;
      busy = true;
      w.postMessage(next);
    }
  };
  w.onerror = (e) => {
    busy = false;
    queued = null;
    e.preventDefault();
    onAnswer({ id: -1, ok: false, message: e.message || 'worker error' });
  };
  return {
    post(req) {
      if (busy) queued = req;
      else {
        busy = true;
        w.postMessage(req);
      }
    },
    dispose: () => w.terminate(),
  };
}

export function useComparison(input: ConvertInput | null, draft: SizeDraft): ComparisonState {
  const sync = input !== null && inputSize(input) <= SYNC_LIMIT;
  const conversion = useMemo(() => (sync && input ? convertSafely(input) : null), [sync, input]);
  const syncResult = useMemo<Computed | null>(
    () => (conversion === null ? null : conversion.ok ? measureSafely(conversion.conversion, draft) : conversion),
    [conversion, draft],
  );

  const [answer, setAnswer] = useState<(Computed & { readonly id: number }) | null>(null);
  const channel = useRef<Channel | null>(null);
  const lastId = useRef(0);
  const [sent, setSent] = useState(0);

  useEffect(() => {
    if (sync || input === null) return;
    channel.current ??= openChannel((a) => {
      // An error without an id (the worker itself failed) answers the latest request.
      // A transition: React renders the (large) result in slices, so the page keeps answering meanwhile.
      if (a.id === lastId.current || a.id === -1) startTransition(() => setAnswer({ ...a, id: lastId.current }));
    });
    const id = ++lastId.current;
    setSent(id);
    channel.current.post({ id, input, draft });
  }, [sync, input, draft]);

  useEffect(
    () => () => {
      channel.current?.dispose();
      channel.current = null;
    },
    [],
  );

  if (input === null) return { kind: 'none' };
  if (syncResult !== null) return { kind: 'done', result: syncResult };
  if (answer !== null && answer.id === sent) return { kind: 'done', result: answer };
  return { kind: 'converting', last: answer };
}
