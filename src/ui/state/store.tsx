/**
 * The store: React state + reducer, provided once at the root. Components read the state (with
 * the graph file derived: StoreView) and dispatch actions; nothing else writes. Persistence is a
 * debounced side effect whose outcome (saved, or too large to save) is readable with useSaveStatus.
 */
import { createContext, useContext, useEffect, useMemo, useReducer, useRef, useState, type Dispatch, type ReactNode } from 'react';
import { initialState, reducer, storeView } from './reducer.ts';
import { loadFiles, loadOptions, saveOutcome, type SaveOutcome } from './persist.ts';
import { startFiles } from './firstVisit.ts';
import { withLiveText } from './liveText.ts';
import type { Action, StoreView } from './types.ts';

const StateContext = createContext<StoreView | null>(null);
const DispatchContext = createContext<Dispatch<Action> | null>(null);
const SavedContext = createContext<SaveOutcome>('saved');

const SAVE_DELAY_MS = 400;

/** Reads the saved workspace; on a first visit (`welcome`, the main page only) starts on the welcome example. */
function start(welcome: boolean) {
  const saved = loadFiles();
  if (!welcome) return initialState(saved, loadOptions());
  let storage: Storage | null = null;
  try {
    storage = localStorage;
  } catch {
    storage = null;
  }
  const { start: files, example } = startFiles(saved, storage, location.hash);
  return { ...initialState(files, loadOptions()), example };
}

export function StoreProvider({ children, welcome = false }: { readonly children: ReactNode; readonly welcome?: boolean }) {
  const [state, dispatch] = useReducer(reducer, welcome, start);
  const view = useMemo(() => storeView(state), [state]);
  const [saved, setSaved] = useState<SaveOutcome>('saved');

  const { files, active, lastDockerfile, options } = state;
  useEffect(() => {
    const timer = setTimeout(() => setSaved(saveOutcome({ files, active, lastDockerfile, options })), SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [files, active, lastDockerfile, options]);

  // A reload right after typing must not lose the last keystrokes: leaving (or hiding the page, which
  // a phone may then discard) saves the editor's own text, which may be ahead of the last render.
  const latest = useRef(state);
  latest.current = state;
  useEffect(() => {
    const flush = (): void => void saveOutcome(withLiveText(latest.current));
    const onHidden = (): void => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, []);

  return (
    <DispatchContext.Provider value={dispatch}>
      <SavedContext.Provider value={saved}>
        <StateContext.Provider value={view}>{children}</StateContext.Provider>
      </SavedContext.Provider>
    </DispatchContext.Provider>
  );
}

export function useStore(): StoreView {
  const s = useContext(StateContext);
  if (!s) throw new Error('useStore outside StoreProvider');
  return s;
}

export function useDispatch(): Dispatch<Action> {
  const d = useContext(DispatchContext);
  if (!d) throw new Error('useDispatch outside StoreProvider');
  return d;
}

/** False while the latest files are too large for this browser's storage (the previous save stays). */
export function useSaveStatus(): boolean {
  return useContext(SavedContext) !== 'quota';
}

/** How the latest save went: 'saved', 'quota', 'unavailable' (storage refused) or 'held' (a tab conflict is open). */
export function useSaveOutcome(): SaveOutcome {
  return useContext(SavedContext);
}
