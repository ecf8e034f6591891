/// <reference lib="webworker" />
/**
 * The comparison off the main thread, for large inputs (a 1,000-stage Dockerfile takes about a
 * second to convert and measure). The last conversion is kept, so typing a size only re-measures.
 * Requests carry an id; the page keeps only the answer to its latest one.
 */
import { convertSafely, measureSafely } from './compute.ts';
import type { Conversion, ConvertInput, Measured, SizeDraft } from './model.ts';

export interface CompareRequest {
  readonly id: number;
  readonly input: ConvertInput;
  readonly draft: SizeDraft;
}

/**
 * The answer. `conversion` is null when it is the one sent last, so the page keeps its copy (and
 * its rendered panes) when only the sizes changed. The payload travels as JSON text: one string
 * clones in no time, where the object graph (thousands of lines, links and log lines) took
 * 150 ms of structured-clone reading on the main thread for a 1,000-stage Dockerfile.
 */
export interface AnswerPayload {
  readonly measured: Measured;
  readonly conversion: Conversion | null;
}
export type CompareAnswer =
  | { readonly id: number; readonly ok: false; readonly message: string }
  | { readonly id: number; readonly ok: true; readonly json: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
let last: { key: string; conversion: Conversion } | null = null;
/** The conversion the page holds (the last one sent). */
let sent: Conversion | null = null;

scope.onmessage = (event: MessageEvent<CompareRequest>) => {
  const { id, input, draft } = event.data;
  const key = JSON.stringify(input);
  let conversion = last?.key === key ? last.conversion : null;
  if (conversion === null) {
    const c = convertSafely(input);
    if (!c.ok) {
      scope.postMessage({ id, ok: false, message: c.message } satisfies CompareAnswer);
      return;
    }
    conversion = c.conversion;
    last = { key, conversion };
  }
  const m = measureSafely(conversion, draft);
  if (!m.ok) {
    scope.postMessage({ id, ok: false, message: m.message } satisfies CompareAnswer);
    return;
  }
  const payload: AnswerPayload = { measured: m.measured, conversion: sent === conversion ? null : conversion };
  scope.postMessage({ id, ok: true, json: JSON.stringify(payload) } satisfies CompareAnswer);
  sent = conversion;
};
