/**
 * A reload must not roll the work back to the URL. The URL follows the work on a debounce, so right
 * after a keystroke it lags behind; the autosave is flushed on `pagehide` but a link would win over it.
 * Per tab (sessionStorage): remember the fragment this tab last wrote, and on `pagehide` the fragment of
 * the very latest state. On load, a URL equal to what this tab wrote is a reload: restore the fresher one.
 * A different URL is a link someone opened, and wins.
 */

const WRITTEN_KEY = 'stagecraft.tab.written';
const PENDING_KEY = 'stagecraft.tab.pending';

type SessionLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function session(): SessionLike | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

/** The fragment to restore on load: `hash` itself, or this tab's fresher state when `hash` is its own. Pure. */
export function fragmentToRestore(hash: string, written: string | null, pending: string | null): string {
  const own = hash.startsWith('#') ? hash.slice(1) : hash;
  return pending !== null && written !== null && own === written ? pending : hash;
}

/**
 * What to show on load: a fragment to apply, or null to keep the autosave (already in the store).
 * This tab's own URL restores this tab's fresher state when it has one; a URL this browser's page
 * wrote itself (this tab's without a fresher state, or any other tab's) is a leftover of the
 * person's earlier work, and the autosave, which is never older, wins. Only a link from elsewhere
 * wins over the autosave. Pure.
 */
export function loadTarget(hash: string, written: string | null, pending: string | null, ownBrowser: boolean): string | null {
  const own = hash.startsWith('#') ? hash.slice(1) : hash;
  if (own === '') return null;
  if (written !== null && own === written) return pending;
  return ownBrowser ? null : hash;
}

export function restoreTarget(hash: string): string {
  const s = session();
  const target = fragmentToRestore(hash, s?.getItem(WRITTEN_KEY) ?? null, s?.getItem(PENDING_KEY) ?? null);
  s?.removeItem(PENDING_KEY);
  return target;
}

/**
 * restoreTarget with the rule of loadTarget: null keeps the autosave; `link` is false when the
 * fragment is this tab's own fresher state (the person's work, not a link's).
 */
export function loadFragment(hash: string, ownBrowser: (fragment: string) => boolean): { readonly fragment: string; readonly link: boolean } | null {
  const s = session();
  const own = hash.startsWith('#') ? hash.slice(1) : hash;
  const target = loadTarget(hash, s?.getItem(WRITTEN_KEY) ?? null, s?.getItem(PENDING_KEY) ?? null, own !== '' && ownBrowser(own));
  s?.removeItem(PENDING_KEY);
  return target === null ? null : { fragment: target, link: target === hash };
}

/** Leaving with a state that cannot be encoded: no stale pending state may stand in for it. */
export function clearPending(): void {
  try {
    session()?.removeItem(PENDING_KEY);
  } catch {
    // nothing to clear
  }
}

function put(key: string, value: string): void {
  try {
    session()?.setItem(key, value);
  } catch {
    // quota or privacy mode: a reload then shows the URL's (slightly older) state
  }
}

export const noteWritten = (fragment: string): void => put(WRITTEN_KEY, fragment);
export const notePending = (fragment: string): void => put(PENDING_KEY, fragment);
