/**
 * A value outside the page's reducer that views read and re-render on: the current text size, the
 * exercise in progress, a History version waiting for Undo… `set` replaces the value and tells
 * every subscriber; `use` is the hook (React's useSyncExternalStore), `get` reads it anywhere.
 * Invariant: `get` returns the same object until the next `set` (useSyncExternalStore compares it).
 */
import { useSyncExternalStore } from 'react';

export interface ValueStore<T> {
  readonly get: () => T;
  readonly set: (next: T) => void;
  readonly subscribe: (listener: () => void) => () => void;
  readonly use: () => T;
}

export function valueStore<T>(initial: T): ValueStore<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  const get = (): T => value;
  const subscribe = (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  return {
    get,
    subscribe,
    set(next) {
      value = next;
      listeners.forEach((f) => f());
    },
    use: () => useSyncExternalStore(subscribe, get, get),
  };
}
