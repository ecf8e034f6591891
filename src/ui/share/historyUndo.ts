/**
 * The last History version deleted, outside the menu: Undo stays on offer after the menu closes
 * (HistoryUndoToast), until Undo, Dismiss or the next deletion. One store for the menu's own note and
 * the toast, so both act on the same version and Undo puts it back once.
 */
import type { HistoryEntry } from './history.ts';
import { putBack, type Origin } from './historyStore.ts';
import { largeStore } from './largeStore.ts';
import { putBackLargeVersion, type LargeVersion } from './largeVersions.ts';
import { valueStore } from '../state/valueStore.ts';

/** A deleted version; a large one is read whole for Undo (`pending` meanwhile). */
export type Deleted =
  | { readonly kind: 'ring'; readonly e: HistoryEntry; readonly origin: Origin }
  | { readonly kind: 'large'; readonly e: LargeVersion }
  | { readonly kind: 'pending'; readonly at: number };

export interface UndoState {
  readonly deleted: Deleted | null;
  /** When the last Undo put a version back (for the screen-reader confirmation), else null. */
  readonly putBackAt: number | null;
  /** Bumped on every change: a view that must re-read the ring or the large versions watches it. */
  readonly seq: number;
  /** The History menu's list is open (it shows Undo itself; the toast waits). */
  readonly listOpen: boolean;
}

const store = valueStore<UndoState>({ deleted: null, putBackAt: null, seq: 0, listOpen: false });
function set(next: Partial<UndoState>): void {
  const state = store.get();
  store.set({ ...state, ...next, seq: state.seq + 1 });
}

export const deletedVersion = store.get;
export const offerUndo = (d: Deleted | null): void => set({ deleted: d, putBackAt: null });
export const dismissUndo = (): void => set({ deleted: null, putBackAt: null });
export const setListOpen = (open: boolean): void => set({ listOpen: open });

/** Puts the deleted version back where it was (its ring, or the large versions); `reloaded` after a large one is stored. */
export function undoDelete(reloaded?: () => void): void {
  const d = store.get().deleted;
  if (d === null || d.kind === 'pending') return;
  if (d.kind === 'ring') putBack(d.e, d.origin);
  else void putBackLargeVersion(largeStore(), d.e).then(() => { reloaded?.(); set({}); });
  set({ deleted: null, putBackAt: d.e.at });
}

export const useDeletedVersion = store.use;
