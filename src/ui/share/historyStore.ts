/** The history ring in localStorage (shared by all tabs; each entry names its tab). */
import { fitBudget, HISTORY_SIZE, parseRing, record, RING_BUDGET_CHARS, summarize, type HistoryEntry } from './history.ts';

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

/** Records a version; a full quota drops the oldest entries until it fits (or gives up quietly). */
export function remember(fragment: string, text: string, tab: string, pinned = false, at: number = Date.now()): void {
  const s = storage();
  // A single version larger than the budget is not kept (the link and the autosave still hold it).
  if (!s || text.trim() === '' || fragment.length > RING_BUDGET_CHARS / 2) return;
  let ring = fitBudget(record(loadRing(), { at, tab, fragment, label: summarize(text), ...(pinned ? { pinned } : {}) }));
  while (ring.length > 0) {
    try {
      s.setItem(HISTORY_KEY, JSON.stringify(ring));
      return;
    } catch {
      ring = ring.slice(0, Math.min(ring.length - 1, HISTORY_SIZE));
    }
  }
}
