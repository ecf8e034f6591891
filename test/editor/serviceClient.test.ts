/**
 * The editor's end of the language service's worker (src/ui/editor/language/serviceClient.ts),
 * against an in-process worker that answers with the real dispatcher: every request settles, with
 * the result or with null (error reply, cancelled, no worker, worker died), and a worker that
 * failed is never started again.
 */
import { describe, expect, it, vi } from 'vitest';
import { type Cancellation, ServiceClient, type ServiceWorkerLike } from '../../src/ui/editor/language/serviceClient.ts';
import { answer } from '../../src/ui/editor/language/serviceDispatch.ts';
import type { ServiceReply, ServiceRequest } from '../../src/ui/editor/language/serviceProtocol.ts';

const OPTIONS = { tabSize: 2, insertSpaces: true };

/** A worker in this thread: requests are held until `flush` (in the order given), then answered by the dispatcher. */
class FakeWorker implements ServiceWorkerLike {
  onmessage: ServiceWorkerLike['onmessage'] = null;
  onerror: ServiceWorkerLike['onerror'] = null;
  onmessageerror: ServiceWorkerLike['onmessageerror'] = null;
  readonly posted: ServiceRequest[] = [];
  terminated = false;
  constructor(private readonly rewrite: (reply: ServiceReply) => ServiceReply = (r) => r) {}
  postMessage(request: ServiceRequest): void {
    this.posted.push(structuredClone(request));
  }
  terminate(): void {
    this.terminated = true;
  }
  async flush(order: (queue: ServiceRequest[]) => ServiceRequest[] = (q) => q): Promise<void> {
    const queue = order(this.posted.splice(0));
    for (const request of queue) this.onmessage?.({ data: structuredClone(this.rewrite(await answer(request))) } as MessageEvent<ServiceReply>);
  }
  /** What a module worker does when its script fails to load or throws at the top. */
  fail(): Event {
    const event = new Event('error', { cancelable: true });
    this.onerror?.(event as ErrorEvent);
    return event;
  }
}

function token(): Cancellation & { cancel(): void } {
  const listeners: (() => void)[] = [];
  const t = {
    isCancellationRequested: false,
    onCancellationRequested: (l: () => void) => {
      listeners.push(l);
      return { dispose: () => listeners.splice(listeners.indexOf(l), 1) };
    },
    cancel: () => {
      t.isCancellationRequested = true;
      listeners.splice(0).forEach((l) => l());
    },
  };
  return t;
}

describe('ServiceClient', () => {
  it('Format Document of "  FROM alpine": the service\'s edit, through the worker', async () => {
    const worker = new FakeWorker();
    const client = new ServiceClient(() => worker);
    const edits = client.request({ kind: 'format', text: '  FROM alpine\n', options: OPTIONS });
    await worker.flush();
    expect(await edits).toEqual([{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } }, newText: '' }]);
    expect(worker.posted).toEqual([]);
  });

  it('two requests answered in reverse order: each gets its own reply', async () => {
    const worker = new FakeWorker();
    const client = new ServiceClient(() => worker);
    const folding = client.request({ kind: 'folding', text: 'FROM a\nRUN b \\\n  c\n' });
    const format = client.request({ kind: 'format', text: 'FROM a\n', options: OPTIONS });
    await worker.flush((q) => [...q].reverse());
    expect(await folding).toEqual([expect.objectContaining({ startLine: 1, endLine: 2 })]);
    expect(await format).toEqual([]);
  });

  it('an error reply: null', async () => {
    const worker = new FakeWorker((r) => ({ id: r.id, kind: 'error', message: 'boom' }));
    const client = new ServiceClient(() => worker);
    const help = client.request({ kind: 'signatureHelp', text: 'EXPOSE ', position: { line: 0, character: 7 } });
    await worker.flush();
    expect(await help).toBeNull();
  });

  it('cancelled while waiting: null at once, the late reply is dropped', async () => {
    const worker = new FakeWorker();
    const client = new ServiceClient(() => worker);
    const t = token();
    const folding = client.request({ kind: 'folding', text: 'FROM a\n' }, t);
    t.cancel();
    expect(await folding).toBeNull();
    await worker.flush();
  });

  it('cancelled before asking: null, nothing posted', async () => {
    const worker = new FakeWorker();
    const client = new ServiceClient(() => worker);
    const t = token();
    t.cancel();
    expect(await client.request({ kind: 'folding', text: 'FROM a\n' }, t)).toBeNull();
    expect(worker.posted).toEqual([]);
  });

  it('the worker fails to load: what waits settles with null, the error is handled, later requests are null and start nothing', async () => {
    const worker = new FakeWorker();
    const start = vi.fn(() => worker);
    const client = new ServiceClient(start);
    client.open();
    const pending = client.request({ kind: 'folding', text: 'FROM a\n' });
    expect(worker.fail().defaultPrevented).toBe(true);
    expect(await pending).toBeNull();
    expect(worker.terminated).toBe(true);
    expect(await client.request({ kind: 'format', text: 'FROM a\n', options: OPTIONS })).toBeNull();
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('no Worker at all (start throws): null, tried once', async () => {
    const start = vi.fn((): ServiceWorkerLike => {
      throw new Error('SecurityError');
    });
    const client = new ServiceClient(start);
    client.open();
    expect(await client.request({ kind: 'folding', text: 'FROM a\n' })).toBeNull();
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('disposed: the worker is terminated, what waits and what comes later is null', async () => {
    const worker = new FakeWorker();
    const client = new ServiceClient(() => worker);
    const pending = client.request({ kind: 'folding', text: 'FROM a\n' });
    client.dispose();
    expect(worker.terminated).toBe(true);
    expect(await pending).toBeNull();
    expect(await client.request({ kind: 'folding', text: 'FROM a\n' })).toBeNull();
  });
});
