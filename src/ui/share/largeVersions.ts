/**
 * Large versions: a workspace too large for History's localStorage ring (its fragment over the
 * per-entry cap, or too large to encode at all) that a destructive edit, a link, a restore or the
 * other tab is about to replace. A few slots, newest first, kept in IndexedDB (megabytes fit there)
 * behind `LargeStore`, so select-all + delete of a 3 MB Dockerfile stays one click away. The person's
 * own versions and a link's have separate slots: no link can evict the person's work. Pure logic
 * here; the IndexedDB store is ./largeStore.ts.
 */
import { validateWorkspace, type Workspace } from '../../core/share/index.ts';
import type { Origin } from './historyStore.ts';

/** How many large versions of the person's own work are kept. */
export const LARGE_OWN_SLOTS = 3;
/** How many large versions that came from links are kept (they never take an own slot). */
export const LARGE_LINK_SLOTS = 1;

export interface LargeVersion {
  /** Unique key in the store. */
  readonly id: string;
  /** Milliseconds since the epoch when it was kept. */
  readonly at: number;
  /** The session id of the tab that kept it. */
  readonly tab: string;
  /** Plain-text summary, as History's entries (./history.ts historyLabel). */
  readonly label: string;
  /** Characters of text in all its files (shown as its size). */
  readonly chars: number;
  readonly origin: Origin;
  readonly workspace: Workspace;
}

/** The storage behind the slots (IndexedDB in the page, an in-memory fake in tests). */
export interface LargeStore {
  all(): Promise<LargeVersion[]>;
  put(v: LargeVersion): Promise<void>;
  remove(id: string): Promise<void>;
}

export const textChars = (files: readonly { readonly text: string }[]): number => files.reduce((n, f) => n + f.text.length, 0);

const sameFiles = (a: Workspace, b: Workspace): boolean =>
  a.files.length === b.files.length && a.files.every((f, i) => f.name === b.files[i]?.name && f.text === b.files[i]?.text);

/**
 * The slots after keeping `entry`: newest first, an older version with the same files replaced by
 * it, at most LARGE_OWN_SLOTS own and LARGE_LINK_SLOTS link versions (each origin evicts only its own).
 */
export function keepLarge(slots: readonly LargeVersion[], entry: LargeVersion): LargeVersion[] {
  const rest = slots.filter((v) => !sameFiles(v.workspace, entry.workspace)).sort((a, b) => b.at - a.at);
  const all = [entry, ...rest];
  const own = all.filter((v) => v.origin === 'own').slice(0, LARGE_OWN_SLOTS);
  const link = all.filter((v) => v.origin === 'link').slice(0, LARGE_LINK_SLOTS);
  return [...own, ...link].sort((a, b) => b.at - a.at);
}

/** What a stored record holds, checked field by field: anything malformed is dropped, never thrown. */
export function isLargeVersion(v: unknown): v is LargeVersion {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Record<string, unknown>;
  if (typeof e.id !== 'string' || typeof e.at !== 'number' || !Number.isFinite(e.at) || typeof e.tab !== 'string'
    || typeof e.label !== 'string' || typeof e.chars !== 'number' || (e.origin !== 'own' && e.origin !== 'link')) return false;
  try {
    const ws = e.workspace as Workspace;
    return typeof ws === 'object' && ws !== null && Array.isArray(ws.files) && validateWorkspace(ws).length === 0;
  } catch {
    return false;
  }
}

/** A size for people: "3.1 MB" ("MB" of characters, a character of a Dockerfile is a byte). */
export function formatSize(chars: number, language: string): string {
  const mb = new Intl.NumberFormat(language === 'zh' ? 'zh-CN' : 'en', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(chars / 1_000_000);
  return `${mb} MB`;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Keeps `entry` in `store` (one write at a time, so two pins in a row cannot undo each other).
 * Resolves to whether it was kept; a store that fails (IndexedDB off) answers false, never throws.
 */
export function keepLargeVersion(store: LargeStore | null, entry: LargeVersion): Promise<boolean> {
  if (store === null) return Promise.resolve(false);
  const run = queue.then(async () => {
    const before = (await store.all()).filter(isLargeVersion);
    const after = keepLarge(before, entry);
    const kept = new Set(after.map((v) => v.id));
    await store.put(entry);
    for (const v of before) if (!kept.has(v.id)) await store.remove(v.id);
    return kept.has(entry.id);
  }).catch(() => false);
  queue = run;
  return run;
}

/** The kept large versions, newest first (empty when the store is unavailable). */
export async function listLarge(store: LargeStore | null): Promise<LargeVersion[]> {
  if (store === null) return [];
  await queue;
  try {
    return (await store.all()).filter(isLargeVersion).sort((a, b) => b.at - a.at);
  } catch {
    return [];
  }
}
