/**
 * Warns when another tab saves different files over this tab's autosave slot, and lets the person
 * choose: keep this tab's files (saved back at once) or take the other tab's (this tab's work goes to
 * the history first: useFragmentSync pins whatever a load replaces).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { parseFiles, save, serializeFiles } from '../state/persist.ts';
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
      if (verdict.kind === 'conflict') setTheirs(verdict.theirs);
    };
    window.addEventListener('storage', on);
    return () => window.removeEventListener('storage', on);
  }, [enabled]);

  const keepMine = useCallback(() => {
    save(latest.current);
    setTheirs(null);
  }, []);
  const takeTheirs = useCallback(() => {
    const files = parseFiles(theirs);
    if (files) dispatch({ type: 'loadWorkspace', files, active: 0, example: null });
    setTheirs(null);
  }, [dispatch, theirs]);

  return { tab, theirs, keepMine, takeTheirs };
}
