/**
 * The main thread's end of the language service's worker (service.worker.ts): one worker per page,
 * requests matched to replies by id.
 *
 * Every request settles: with the result, or with `null` when the service threw, when the caller
 * cancelled (a superseded completion is not waited for; its reply is dropped when it comes), or
 * when there is no worker. A worker that cannot start or dies is not restarted: the editor goes on
 * without the service's features, and says nothing in the console.
 */
import type { ServiceCall, ServiceKind, ServiceReply, ServiceRequest, ServiceResults } from './serviceProtocol.ts';

/** The part of a Worker the client uses (tests give it an in-process one). */
export interface ServiceWorkerLike {
  onmessage: ((event: MessageEvent<ServiceReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
  postMessage(request: ServiceRequest): void;
  terminate(): void;
}

/** Monaco's CancellationToken, as much as the client needs. */
export interface Cancellation {
  readonly isCancellationRequested: boolean;
  onCancellationRequested(listener: () => void): { dispose(): void };
}

type Settle = (reply: ServiceReply | null) => void;

export class ServiceClient {
  private worker: ServiceWorkerLike | null = null;
  private dead = false;
  private lastId = 0;
  private readonly waiting = new Map<number, Settle>();

  /** `start` makes the worker when the first request comes (or `open` is called); it may throw. */
  constructor(private readonly start: () => ServiceWorkerLike) {}

  /** Starts the worker now (the editor's features have just loaded), so the first request finds it ready. */
  open(): void {
    this.live();
  }

  /** True once the worker failed to start, died or was disposed: every request answers `null` from then on. */
  get stopped(): boolean {
    return this.dead;
  }

  /** The result of `call`, or `null` (see above). */
  request<K extends ServiceKind>(call: ServiceCall<K>, token?: Cancellation): Promise<ServiceResults[K] | null> {
    const worker = this.live();
    if (!worker || token?.isCancellationRequested) return Promise.resolve(null);
    const id = ++this.lastId;
    return new Promise<ServiceResults[K] | null>((resolve) => {
      const cancelled = token?.onCancellationRequested(() => this.settle(id, null));
      this.waiting.set(id, (reply) => {
        cancelled?.dispose();
        resolve(reply && reply.kind === call.kind ? (reply.result as ServiceResults[K]) : null);
      });
      try {
        worker.postMessage({ ...call, id } as ServiceRequest);
      } catch {
        this.settle(id, null);
      }
    });
  }

  /** Stops the worker; what is waiting settles with `null`, and so does every later request. */
  dispose(): void {
    this.fail();
  }

  private live(): ServiceWorkerLike | null {
    if (this.worker || this.dead) return this.worker;
    try {
      const worker = this.start();
      worker.onmessage = (event) => this.settle(event.data.id, event.data);
      // A script that fails to load or to run: handled here, so the browser logs no uncaught error.
      worker.onerror = (event) => {
        event.preventDefault();
        this.fail();
      };
      worker.onmessageerror = () => this.fail();
      this.worker = worker;
    } catch {
      this.dead = true;
    }
    return this.worker;
  }

  private settle(id: number, reply: ServiceReply | null): void {
    const done = this.waiting.get(id);
    this.waiting.delete(id);
    done?.(reply);
  }

  private fail(): void {
    this.dead = true;
    this.worker?.terminate();
    this.worker = null;
    for (const id of [...this.waiting.keys()]) this.settle(id, null);
  }
}
