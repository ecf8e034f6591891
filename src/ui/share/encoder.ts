/**
 * Encoding for the URL on the typing path. The level-9 deflate of a 48 KB workspace takes 60+ ms,
 * a long task after every pause in typing, so above LARGE_CHARS it runs in a worker; smaller
 * workspaces are encoded at once (a worker round trip would only add latency). Callers drop
 * answers they no longer want. Without workers (or if the worker fails) it falls back to encoding here.
 */
import type { Workspace } from '../../core/share/index.ts';
import { tryEncode } from './tryEncode.ts';

/** Total characters above which encoding leaves the main thread (the analysis uses the same size). */
export const LARGE_CHARS = 20_000;

export interface EncodeRequest {
  readonly id: number;
  readonly workspace: Workspace;
}
export interface EncodeAnswer {
  readonly id: number;
  readonly fragment: string | null;
}

let worker: Worker | null = null;
let lastId = 0;
const waiting = new Map<number, { workspace: Workspace; resolve: (f: string | null) => void }>();

function failAll(): void {
  worker?.terminate();
  worker = null;
  for (const [id, w] of waiting) {
    waiting.delete(id);
    w.resolve(tryEncode(w.workspace));
  }
}

function open(): Worker | null {
  if (worker || typeof Worker === 'undefined') return worker;
  try {
    worker = new Worker(new URL('./encode.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  worker.onmessage = (e: MessageEvent<EncodeAnswer>) => {
    const w = waiting.get(e.data.id);
    waiting.delete(e.data.id);
    w?.resolve(e.data.fragment);
  };
  worker.onerror = failAll;
  return worker;
}

export function encodeForUrl(workspace: Workspace): Promise<string | null> {
  const size = workspace.files.reduce((n, f) => n + f.text.length, 0);
  const w = size > LARGE_CHARS ? open() : null;
  if (!w) return Promise.resolve(tryEncode(workspace));
  const id = ++lastId;
  return new Promise((resolve) => {
    waiting.set(id, { workspace, resolve });
    w.postMessage({ id, workspace } satisfies EncodeRequest);
  });
}
