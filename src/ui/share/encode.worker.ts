/// <reference lib="webworker" />
/** Encodes a workspace as a `v1=` fragment off the main thread (see ./encoder.ts). */
import type { EncodeAnswer, EncodeRequest } from './encoder.ts';
import { tryEncode } from './tryEncode.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<EncodeRequest>) => {
  const answer: EncodeAnswer = { id: event.data.id, fragment: tryEncode(event.data.workspace) };
  scope.postMessage(answer);
};
