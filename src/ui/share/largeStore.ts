/**
 * The IndexedDB store of large versions (./largeVersions.ts): one object store keyed by id. A browser
 * without IndexedDB (or that refuses it) gets null, and the large versions are simply not kept.
 */
import type { LargeStore, LargeVersion } from './largeVersions.ts';

const DB_NAME = 'stagecraft-large-versions';
const STORE = 'versions';

let db: Promise<IDBDatabase> | null = null;

function open(): Promise<IDBDatabase> {
  db ??= new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'id' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('indexedDB.open failed'));
    req.onblocked = () => reject(new Error('indexedDB.open blocked'));
  }).catch((e: unknown) => {
    db = null;
    throw e;
  });
  return db;
}

function run<T>(mode: IDBTransactionMode, act: (s: IDBObjectStore) => IDBRequest): Promise<T> {
  return open().then((d) => new Promise<T>((resolve, reject) => {
    const tx = d.transaction(STORE, mode);
    const req = act(tx.objectStore(STORE));
    tx.oncomplete = () => resolve(req.result as T);
    tx.onerror = () => reject(tx.error ?? new Error('transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  }));
}

const idbStore: LargeStore = {
  keys: () => run<IDBValidKey[]>('readonly', (s) => s.getAllKeys()).then((k) => k.filter((x): x is string => typeof x === 'string')),
  get: (id) => run<unknown>('readonly', (s) => s.get(id)),
  put: (v) => run<void>('readwrite', (s) => s.put(v)),
  remove: (id) => run<void>('readwrite', (s) => s.delete(id)),
};

/** The page's store, or null when this browser has no IndexedDB. */
export function largeStore(): LargeStore | null {
  try {
    return typeof indexedDB === 'undefined' ? null : idbStore;
  } catch {
    return null;
  }
}
