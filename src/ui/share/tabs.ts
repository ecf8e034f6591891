/**
 * Tab ownership: every tab has a session id; all tabs share one autosave slot in localStorage (the
 * files, stored as one string: src/ui/state/persist.ts). When another tab writes that slot with
 * different files, this tab must not overwrite them silently: it warns and lets the person choose.
 * Pure decision logic; the hook wires the storage event.
 */
import { FILES_KEY } from '../state/persist.ts';

/** The shared autosave slot: the files, serialised by persist.ts's serializeFiles. */
export const SAVE_KEY = FILES_KEY;
export const TAB_KEY = 'stagecraft.tab';

/** What a storage event from another tab means for this tab. */
export type ForeignSave =
  | { readonly kind: 'ignore' }
  /** Another tab saved different files: ask before either copy wins. */
  | { readonly kind: 'conflict'; readonly theirs: string };

/**
 * `key`/`newValue` come from the StorageEvent (null key = storage cleared); `ours` is this tab's files as
 * saved. Equal saves are no conflict, nor is a cleared slot (nothing to lose: this tab's next save restores it).
 */
export function judgeForeignSave(key: string | null, newValue: string | null, ours: string): ForeignSave {
  if (key !== SAVE_KEY || newValue === null || newValue === ours) return { kind: 'ignore' };
  return { kind: 'conflict', theirs: newValue };
}

/** A new random session id (not a secret: it only tells tabs apart in the history list). */
export function newTabId(random: () => number = Math.random): string {
  return Math.floor(random() * 0x100000000).toString(36).padStart(7, '0').slice(-7);
}

/** This tab's id, kept in sessionStorage so it survives reloads of the same tab. */
export function tabId(store: Pick<Storage, 'getItem' | 'setItem'> | null): string {
  const known = store?.getItem(TAB_KEY);
  if (known) return known;
  const id = newTabId();
  try {
    store?.setItem(TAB_KEY, id);
  } catch {
    // storage disabled: the id lives for this page only
  }
  return id;
}
