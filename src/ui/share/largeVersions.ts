/**
 * Large versions: History's versions of a workspace too large for the localStorage ring (its
 * fragment over the per-entry cap, too large to encode at all, or refused by a full localStorage):
 * the ordinary versions of a large workspace as it is edited, and the states a destructive edit, a
 * link, a restore or the other tab is about to replace. Kept whole in IndexedDB (megabytes fit there)
 * behind `LargeStore`, by the rules of ./largeSlots.ts (folding, budget, links never evicting the
 * person's own). Every operation never throws: a store that is missing, full or refuses answers
 * with an outcome, and the last failure is readable (`largeProblem`) so the page can say so. The
 * IndexedDB store is ./largeStore.ts.
 */
import { validateWorkspace, type Workspace } from '../../core/share/index.ts';
import type { Origin } from './historyStore.ts';
import { keepLarge } from './largeSlots.ts';

export { LARGE_BUDGET_CHARS, LARGE_LINK_SLOTS, LARGE_OWN_SLOTS, keepLarge } from './largeSlots.ts';

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
  /** The state before a destructive change, a link or a restore: later edits never fold into it. */
  readonly pinned?: boolean;
  /** When the first edit folded into this version was made (absent: `at`). */
  readonly since?: number;
}

/** The storage behind the slots (IndexedDB in the page, an in-memory fake in tests). */
export interface LargeStore {
  all(): Promise<LargeVersion[]>;
  put(v: LargeVersion): Promise<void>;
  remove(id: string): Promise<void>;
}

export const textChars = (files: readonly { readonly text: string }[]): number => files.reduce((n, f) => n + f.text.length, 0);

/** What a stored record holds, checked field by field: anything malformed is dropped, never thrown. */
export function isLargeVersion(v: unknown): v is LargeVersion {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Record<string, unknown>;
  if (typeof e.id !== 'string' || typeof e.at !== 'number' || !Number.isFinite(e.at) || typeof e.tab !== 'string'
    || typeof e.label !== 'string' || typeof e.chars !== 'number' || (e.origin !== 'own' && e.origin !== 'link')
    || (e.pinned !== undefined && typeof e.pinned !== 'boolean') || (e.since !== undefined && (typeof e.since !== 'number' || !Number.isFinite(e.since)))) return false;
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

/**
 * What became of a store operation: done; the browser's storage is full; it refuses storage (no
 * IndexedDB, private mode, blocked); or the version is larger than History's whole budget.
 */
export type LargeOutcome = 'kept' | 'full' | 'refused' | 'overBudget';

/**
 * The last failure to keep a large version (null after a success), and who wants to know. A failure
 * the person dismissed is not raised again until a version is kept or another failure comes.
 */
let problem: Exclude<LargeOutcome, 'kept'> | null = null;
let dismissed: Exclude<LargeOutcome, 'kept'> | null = null;
const listeners = new Set<() => void>();
function setProblem(next: Exclude<LargeOutcome, 'kept'> | null): void {
  if (next === problem) return;
  problem = next;
  for (const l of listeners) l();
}
const note = (o: LargeOutcome): LargeOutcome => {
  if (o === 'kept') {
    dismissed = null;
    setProblem(null);
  } else if (o !== dismissed) setProblem(o);
  return o;
};
export const largeProblem = (): Exclude<LargeOutcome, 'kept'> | null => problem;
export function onLargeProblem(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
/** The person read the notice. */
export function dismissLargeProblem(): void {
  dismissed = problem;
  setProblem(null);
}

const failure = (e: unknown): LargeOutcome => (e instanceof DOMException && e.name === 'QuotaExceededError' ? 'full' : 'refused');

let queue: Promise<unknown> = Promise.resolve();

/** Runs `act` after every earlier operation (one at a time, so two writes in a row cannot undo each other). */
function serial(act: () => Promise<LargeOutcome>): Promise<LargeOutcome> {
  const run = queue.then(act).catch(failure).then(note);
  queue = run;
  return run;
}

/** Applies the slot rules for `entry` to the store: writes it, removes what it evicts. */
async function apply(store: LargeStore, entry: LargeVersion, coalesceMs?: number): Promise<LargeOutcome> {
  const before = (await store.all()).filter(isLargeVersion);
  const after = keepLarge(before, entry, coalesceMs);
  if (!after.kept) return 'overBudget';
  const kept = new Set(after.slots.map((v) => v.id));
  const stored = after.slots.find((v) => v.id === entry.id) ?? entry;
  await store.put(stored);
  for (const v of before) if (!kept.has(v.id)) await store.remove(v.id);
  return 'kept';
}

/** Keeps `entry` (a History version of a large workspace). Never throws. */
export function keepLargeVersion(store: LargeStore | null, entry: LargeVersion): Promise<LargeOutcome> {
  if (store === null) return Promise.resolve(note('refused'));
  return serial(() => apply(store, entry));
}

/** Deletes a version (History's Delete). Never throws. */
export function removeLargeVersion(store: LargeStore | null, id: string): Promise<LargeOutcome> {
  if (store === null) return Promise.resolve('refused');
  return serial(async () => {
    await store.remove(id);
    return 'kept';
  });
}

/** Puts a deleted version back (Undo), by the slot rules but never folded into another. Never throws. */
export function putBackLargeVersion(store: LargeStore | null, v: LargeVersion): Promise<LargeOutcome> {
  if (store === null) return Promise.resolve(note('refused'));
  return serial(() => apply(store, v, 0));
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
