/**
 * The local version history: a ring of at most HISTORY_SIZE snapshots, newest first, stored as
 * permalink fragments (compact, and restored by the same decoder as links). Pure functions only.
 */

export const HISTORY_SIZE = 30;
/** Edits closer together than this, in the same tab, update one entry instead of adding one. */
export const COALESCE_MS = 60_000;
/**
 * The most characters the stored ring may take. The autosave shares the storage quota, and persist.ts
 * drops the autosave when a write fails: history must never starve it.
 */
export const RING_BUDGET_CHARS = 1_000_000;

export interface HistoryEntry {
  /** Milliseconds since the epoch of the last change folded into this entry. */
  readonly at: number;
  /** The session id of the tab that wrote it. */
  readonly tab: string;
  /** The permalink fragment ("v1=…") of the workspace. */
  readonly fragment: string;
  /** A short, plain-text summary shown in the list (never rendered as HTML). */
  readonly label: string;
  /** Set on the version a link or a restore replaced: later edits never fold into it. */
  readonly pinned?: boolean;
  /** When the first change folded into this entry was made (absent: `at`). Folding stops COALESCE_MS after it. */
  readonly since?: number;
}

/**
 * Adds `entry` as the newest version. The same fragment as the newest entry only refreshes its time;
 * a follow-up edit from the same tab within COALESCE_MS of the newest entry's first change replaces
 * it (so steady typing still leaves one entry a minute); older entries fall off the end.
 */
export function record(ring: readonly HistoryEntry[], entry: HistoryEntry, coalesceMs: number = COALESCE_MS): HistoryEntry[] {
  const head = ring[0];
  const rest = ring.filter((e, i) => i > 0 && e.fragment !== entry.fragment);
  const headSince = head?.since ?? head?.at ?? 0;
  if (head && head.fragment === entry.fragment) {
    return [{ ...entry, ...(head.pinned ? { pinned: true } : {}), ...(head.since !== undefined ? { since: head.since } : {}) }, ...rest].slice(0, HISTORY_SIZE);
  }
  // A pinned entry may replace the unpinned head it follows (it is the newer state); nothing folds into a pinned one.
  if (head && head.pinned !== true && head.tab === entry.tab && entry.at >= head.at && entry.at - headSince < coalesceMs) {
    return [{ ...entry, since: headSince }, ...rest].slice(0, HISTORY_SIZE);
  }
  const older = head && head.fragment !== entry.fragment ? [head, ...rest] : rest;
  return [entry, ...older].slice(0, HISTORY_SIZE);
}

/** Drops the oldest entries until the ring's JSON fits `budget` characters (the newest always stays). */
export function fitBudget(ring: readonly HistoryEntry[], budget: number = RING_BUDGET_CHARS): HistoryEntry[] {
  const out = [...ring];
  let size = JSON.stringify(out).length;
  while (out.length > 1 && size > budget) {
    const dropped = out.pop();
    size -= JSON.stringify(dropped).length + 1;
  }
  return out;
}

function isEntry(v: unknown): v is HistoryEntry {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Record<string, unknown>;
  return typeof e.at === 'number' && Number.isFinite(e.at) && typeof e.tab === 'string'
    && typeof e.fragment === 'string' && typeof e.label === 'string' && (e.pinned === undefined || typeof e.pinned === 'boolean')
    && (e.since === undefined || (typeof e.since === 'number' && Number.isFinite(e.since)));
}

/** Reads a stored ring; anything malformed is dropped, never thrown. */
export function parseRing(raw: string | null): HistoryEntry[] {
  if (raw === null) return [];
  try {
    const v: unknown = JSON.parse(raw);
    return Array.isArray(v) ? v.filter(isEntry).slice(0, HISTORY_SIZE) : [];
  } catch {
    return [];
  }
}

/** A one-line label: the first stage's name, else its base image (plain text, at most 40 characters). */
export function summarize(text: string): string {
  const from = /^\s*FROM\s+(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?/imu.exec(text);
  return from ? (from[2] ?? from[1] ?? '').slice(0, 40) : '';
}

/**
 * The label of a workspace's entry: the graph file's summary, and with several files their names
 * too (plain text, at most 80 characters): `golang:1.13 · Dockerfile.build, Dockerfile, build.sh`.
 */
export function historyLabel(files: readonly { readonly name: string }[], graphText: string): string {
  const head = summarize(graphText);
  if (files.length <= 1) return head;
  const names = files.map((f) => f.name).join(', ');
  return [...(head ? `${head} · ${names}` : names)].slice(0, 80).join('');
}
