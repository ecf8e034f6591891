/** The history ring in localStorage (shared by all tabs; each entry names its tab). */
import { fitBudget, historyLabel, HISTORY_SIZE, parseRing, record, RING_BUDGET_CHARS, type HistoryEntry } from './history.ts';

export const HISTORY_KEY = 'stagecraft.history';

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function loadRing(): HistoryEntry[] {
  return parseRing(storage()?.getItem(HISTORY_KEY) ?? null);
}

/** What a version holds, for its label: every file, and the text of the one the graph shows. */
export interface Work {
  readonly files: readonly { readonly name: string; readonly text: string }[];
  readonly graphText: string;
}

/**
 * Records a version (a workspace whose files are all blank is not worth one); a full quota drops the
 * oldest entries until it fits (or gives up quietly).
 */
export function remember(fragment: string, work: Work, tab: string, pinned = false, at: number = Date.now()): void {
  const s = storage();
  // A single version larger than the budget is not kept (the link and the autosave still hold it).
  if (!s || work.files.every((f) => f.text.trim() === '') || fragment.length > RING_BUDGET_CHARS / 2) return;
  const label = historyLabel(work.files, work.graphText);
  let ring = fitBudget(record(loadRing(), { at, tab, fragment, label, ...(pinned ? { pinned } : {}) }));
  while (ring.length > 0) {
    try {
      s.setItem(HISTORY_KEY, JSON.stringify(ring));
      return;
    } catch {
      ring = ring.slice(0, Math.min(ring.length - 1, HISTORY_SIZE));
    }
  }
}
