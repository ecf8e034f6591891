/**
 * Warns when another tab saves different files over this tab's autosave slot, and lets the person
 * choose: keep this tab's files (saved back at once) or take the other tab's (this tab's work goes to
 * the history first: useFragmentSync pins whatever a load replaces). While the choice is open this
 * tab writes nothing to the shared slot (persist.ts holdSaves); its work is pinned in History when
 * the conflict opens and again when the tab is left, so neither tab's work is overwritten unseen.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { holdSaves, parseFiles, save, serializeFiles } from '../state/persist.ts';
import { pinState } from './pin.ts';
import { withLiveText } from '../state/liveText.ts';
import { useDispatch, useStore } from '../state/store.tsx';
import { judgeForeignSave, tabId } from './tabs.ts';

export interface TabGuard {
  readonly tab: string;
  /** The other tab's saved files (as stored) while a conflict is open, else null. */
  readonly theirs: string | null;
  readonly keepMine: () => void;
  readonly takeTheirs: () => void;
}

function sessionStore(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

export function useTabGuard(enabled: boolean): TabGuard {
  const s = useStore();
  const dispatch = useDispatch();
  const [tab] = useState(() => tabId(sessionStore()));
  const [theirs, setTheirs] = useState<string | null>(null);
  const latest = useRef(s);
  latest.current = s;

  useEffect(() => {
    if (!enabled) return;
    const on = (e: StorageEvent): void => {
      if (e.storageArea !== localStorage) return;
      const verdict = judgeForeignSave(e.key, e.newValue, serializeFiles(latest.current.files));
      if (verdict.kind !== 'conflict') return;
      holdSaves(true);
      setTheirs((open) => {
        if (open === null) pinState(latest.current, latest.current.view, tab);
        return verdict.theirs;
      });
    };
    window.addEventListener('storage', on);
    return () => window.removeEventListener('storage', on);
  }, [enabled, tab]);

  // Leaving while the choice is open: this tab's latest work goes to History (not the shared slot).
  useEffect(() => {
    if (theirs === null) return;
    const onHide = (): void => void pinState(withLiveText(latest.current), latest.current.view, tab);
    window.addEventListener('pagehide', onHide);
    return () => window.removeEventListener('pagehide', onHide);
  }, [theirs, tab]);

  const keepMine = useCallback(() => {
    holdSaves(false);
    save(latest.current);
    setTheirs(null);
  }, []);
  const takeTheirs = useCallback(() => {
    holdSaves(false);
    const files = parseFiles(theirs);
    if (files) dispatch({ type: 'loadWorkspace', files, active: 0, example: null });
    setTheirs(null);
  }, [dispatch, theirs]);

  return { tab, theirs, keepMine, takeTheirs };
}
