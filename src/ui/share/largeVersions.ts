/**
 * Large versions: History's versions of a workspace too large for the localStorage ring (its
 * fragment over the per-entry cap, too large to encode at all, or refused by a full localStorage):
 * the ordinary versions of a large workspace as it is edited, and the states a destructive edit, a
 * link, a restore or the other tab is about to replace. Kept whole in IndexedDB (megabytes fit there)
 * behind `LargeStore`, by the rules of ./largeSlots.ts (folding, budget, links never evicting the
 * person's own). The rules read only each version's facts (`LargeMeta`), kept in memory per store and
 * brought up to date from the store's keys (another tab may have written): a 3 MB version is read
 * whole only to restore it, to take it for Undo, or once when another tab kept it. Every operation
 * never throws: a store that is missing, full or refuses answers with an outcome, and the last
 * failure is readable (`largeProblem`) so the page can say so. The IndexedDB store is ./largeStore.ts.
 */
import { validateWorkspace, type Workspace } from '../../core/share/index.ts';
import type { Origin } from './historyStore.ts';
import { digestFiles, keepLarge } from './largeSlots.ts';

export { LARGE_BUDGET_CHARS, LARGE_LINK_SLOTS, LARGE_OWN_SLOTS, digestFiles, keepLarge } from './largeSlots.ts';

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
  /** ./largeSlots.ts digestFiles of its files (absent in versions kept before it existed: computed on read). */
  readonly digest?: string;
}

/** A version without its files: what History lists and the slot rules weigh. */
export type LargeMeta = Omit<LargeVersion, 'workspace' | 'digest'> & { readonly digest: string };

/** The storage behind the slots (IndexedDB in the page, an in-memory fake in tests). */
export interface LargeStore {
  keys(): Promise<string[]>;
  get(id: string): Promise<unknown>;
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
    || (e.pinned !== undefined && typeof e.pinned !== 'boolean') || (e.since !== undefined && (typeof e.since !== 'number' || !Number.isFinite(e.since)))
    || (e.digest !== undefined && typeof e.digest !== 'string')) return false;
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
/** The last outcome's failure whether or not the person dismissed it (what the autosave's note relies on). */
let failing: Exclude<LargeOutcome, 'kept'> | null = null;
const note = (o: LargeOutcome): LargeOutcome => {
  const f = o === 'kept' ? null : o;
  if (f !== failing) {
    failing = f;
    for (const l of listeners) l();
  }
  if (o === 'kept') {
    dismissed = null;
    setProblem(null);
  } else if (o !== dismissed) setProblem(o);
  return o;
};
export const largeProblem = (): Exclude<LargeOutcome, 'kept'> | null => problem;
export const largeFailing = (): Exclude<LargeOutcome, 'kept'> | null => failing;
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

/** A version's facts, without its files. */
export function metaOf(v: LargeVersion): LargeMeta {
  const { workspace, digest, ...rest } = v;
  return { ...rest, digest: digest ?? digestFiles(workspace.files) };
}

/** The facts of every version in a store, by id (malformed records: null, never read again). */
const facts = new WeakMap<LargeStore, Map<string, LargeMeta | null>>();

/** Every valid version's facts, brought up to date with the store's keys (only new records are read). */
async function metas(store: LargeStore): Promise<LargeMeta[]> {
  const known = facts.get(store) ?? new Map<string, LargeMeta | null>();
  facts.set(store, known);
  const keys = await store.keys();
  const live = new Set(keys);
  for (const id of known.keys()) if (!live.has(id)) known.delete(id);
  for (const id of keys) {
    if (known.has(id)) continue;
    const v = await store.get(id);
    known.set(id, isLargeVersion(v) && v.id === id ? metaOf(v) : null);
  }
  return [...known.values()].filter((m): m is LargeMeta => m !== null);
}

/** Applies the slot rules for `entry` to the store: writes it, removes what it evicts. */
async function apply(store: LargeStore, entry: LargeVersion, coalesceMs?: number): Promise<LargeOutcome> {
  const before = await metas(store);
  const after = keepLarge(before, metaOf(entry), coalesceMs);
  if (!after.kept) return 'overBudget';
  const kept = new Set(after.slots.map((v) => v.id));
  const meta = after.entry;
  await store.put({ ...meta, workspace: entry.workspace });
  const known = facts.get(store);
  known?.set(meta.id, meta);
  for (const v of before) {
    if (kept.has(v.id)) continue;
    await store.remove(v.id);
    known?.delete(v.id);
  }
  return 'kept';
}

/** Keeps `entry` (a History version of a large workspace). Never throws. */
export function keepLargeVersion(store: LargeStore | null, entry: LargeVersion): Promise<LargeOutcome> {
  if (store === null) return Promise.resolve(note('refused'));
  return serial(() => apply(store, entry));
}

/** Reads a version whole (to restore it); null when it is gone, malformed or the store fails. Never throws. */
export async function loadLarge(store: LargeStore | null, id: string): Promise<LargeVersion | null> {
  if (store === null) return null;
  await queue;
  try {
    const v = await store.get(id);
    return isLargeVersion(v) && v.id === id ? v : null;
  } catch {
    return null;
  }
}

/** Deletes a version (History's Delete): the version as it was, for Undo, or null. Never throws. */
export async function takeLarge(store: LargeStore | null, id: string): Promise<LargeVersion | null> {
  if (store === null) return null;
  let taken: LargeVersion | null = null;
  await serial(async () => {
    const v = await store.get(id);
    taken = isLargeVersion(v) && v.id === id ? v : null;
    await store.remove(id);
    facts.get(store)?.delete(id);
    return 'kept';
  });
  return taken;
}

/** Puts a deleted version back (Undo), by the slot rules but never folded into another. Never throws. */
export function putBackLargeVersion(store: LargeStore | null, v: LargeVersion): Promise<LargeOutcome> {
  if (store === null) return Promise.resolve(note('refused'));
  return serial(() => apply(store, v, 0));
}

/** The kept large versions' facts, newest first (empty when the store is unavailable). Never throws. */
export async function listLarge(store: LargeStore | null): Promise<LargeMeta[]> {
  if (store === null) return [];
  await queue;
  try {
    return (await metas(store)).sort((a, b) => b.at - a.at);
  } catch {
    return [];
  }
}
