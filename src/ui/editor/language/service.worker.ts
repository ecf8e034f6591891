/// <reference lib="webworker" />
/**
 * The editor's language service, off the main thread (started by serviceClient.ts): every message
 * is a request (serviceProtocol.ts) and gets exactly one reply.
 */
import { answer } from './serviceDispatch.ts';
import type { ServiceReply, ServiceRequest } from './serviceProtocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<ServiceRequest>) => {
  void answer(event.data).then((reply) => {
    try {
      scope.postMessage(reply);
    } catch (e) {
      // A result that cannot be cloned still gets its answer.
      scope.postMessage({ id: reply.id, kind: 'error', message: e instanceof Error ? e.message : String(e) } satisfies ServiceReply);
    }
  });
};
