/**
 * The history rings in localStorage (shared by all tabs; each entry names its tab). The person's
 * own versions and the versions that came from links live in two rings, so no number of incoming
 * links can push the person's own work out: a link's version only ever evicts another link's.
 */
import { fitBudget, historyLabel, HISTORY_SIZE, parseRing, record, RING_BUDGET_CHARS, type HistoryEntry } from './history.ts';

export const HISTORY_KEY = 'stagecraft.history';
/** Versions that came from links (opened, never edited): a ring of their own. */
export const LINK_HISTORY_KEY = 'stagecraft.history.links';
/** How many link versions are kept (their budget is a fifth of the own ring's). */
export const LINK_HISTORY_SIZE = 10;

/** Whose work a version is: the person's own, or a link's as it was opened. */
export type Origin = 'own' | 'link';

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

const keyOf = (origin: Origin): string => (origin === 'own' ? HISTORY_KEY : LINK_HISTORY_KEY);

export function loadOrigin(origin: Origin): HistoryEntry[] {
  return parseRing(storage()?.getItem(keyOf(origin)) ?? null);
}

/** Every version, newest first (own and link versions together). */
export function loadRing(): HistoryEntry[] {
  return [...loadOrigin('own'), ...loadOrigin('link')].sort((a, b) => b.at - a.at);
}

/** What a version holds, for its label: every file, and the text of the one the graph shows. */
export interface Work {
  readonly files: readonly { readonly name: string; readonly text: string }[];
  readonly graphText: string;
}

/** What became of a version: kept, not worth one (blank), too large for the ring, or refused by a full storage. */
export type RememberOutcome = 'kept' | 'blank' | 'tooLarge' | 'quota' | 'unavailable';

/** The largest fragment one entry may be (the rest of the ring must still fit beside it). */
export const ENTRY_CAP_CHARS = RING_BUDGET_CHARS / 2;

/**
 * Records a version (a workspace whose files are all blank is not worth one) in its origin's ring.
 * A version larger than ENTRY_CAP_CHARS is not kept here ('tooLarge': ./largeVersions.ts keeps it
 * when it is pinned). A full quota never costs the small entries already stored: the ring is left as
 * it was and the outcome is 'quota'.
 */
export function remember(fragment: string, work: Work, tab: string, pinned = false, at: number = Date.now(), origin: Origin = 'own'): RememberOutcome {
  const s = storage();
  if (work.files.every((f) => f.text.trim() === '')) return 'blank';
  if (fragment.length > ENTRY_CAP_CHARS) return 'tooLarge';
  if (!s) return 'unavailable';
  const label = historyLabel(work.files, work.graphText);
  const size = origin === 'own' ? HISTORY_SIZE : LINK_HISTORY_SIZE;
  const budget = origin === 'own' ? RING_BUDGET_CHARS : RING_BUDGET_CHARS / 5;
  const ring = fitBudget(record(loadOrigin(origin), { at, tab, fragment, label, ...(pinned ? { pinned } : {}) }).slice(0, size), budget);
  try {
    s.setItem(keyOf(origin), JSON.stringify(ring));
    return 'kept';
  } catch {
    return 'quota';
  }
}

const sameEntry = (a: HistoryEntry, b: HistoryEntry): boolean => a.at === b.at && a.tab === b.tab && a.fragment === b.fragment;

/** Deletes a version from the ring that holds it (History's Delete): its origin, to put it back, or null. Never throws. */
export function forget(entry: HistoryEntry): Origin | null {
  const s = storage();
  if (!s) return null;
  for (const origin of ['own', 'link'] as const) {
    const ring = loadOrigin(origin);
    if (!ring.some((e) => sameEntry(e, entry))) continue;
    try {
      s.setItem(keyOf(origin), JSON.stringify(ring.filter((e) => !sameEntry(e, entry))));
      return origin;
    } catch {
      return null;
    }
  }
  return null;
}

/** Puts a deleted version back in its place in `origin`'s ring (Undo). Never throws. */
export function putBack(entry: HistoryEntry, origin: Origin): RememberOutcome {
  const s = storage();
  if (!s) return 'unavailable';
  const size = origin === 'own' ? HISTORY_SIZE : LINK_HISTORY_SIZE;
  const budget = origin === 'own' ? RING_BUDGET_CHARS : RING_BUDGET_CHARS / 5;
  const ring = fitBudget([...loadOrigin(origin).filter((e) => !sameEntry(e, entry)), entry].sort((a, b) => b.at - a.at).slice(0, size), budget);
  try {
    s.setItem(keyOf(origin), JSON.stringify(ring));
    return 'kept';
  } catch {
    return 'quota';
  }
}
