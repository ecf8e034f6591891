/**
 * ELK runs in its own Web Worker (elkjs's worker build, bundled as an asset): layout never
 * blocks the main thread, and its 1.4 MB of code is fetched only when the first graph needs it.
 */
import ELK from 'elkjs/lib/elk-api.js';
import elkWorkerUrl from 'elkjs/lib/elk-worker.min.js?url';
import type { ElkLike } from '../../core/graph/layout.ts';

let instance: ElkLike | null = null;

export function getElk(): ElkLike {
  instance ??= new ELK({ workerUrl: elkWorkerUrl });
  return instance;
}
