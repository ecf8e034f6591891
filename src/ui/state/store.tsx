/**
 * The store: React state + reducer, provided once at the root. Components read the state
 * and dispatch actions; nothing else writes. Persistence is a debounced side effect.
 */
import { createContext, useContext, useEffect, useReducer, useRef, type Dispatch, type ReactNode } from 'react';
import { initialState, reducer } from './reducer.ts';
import { loadOptions, loadText, save } from './persist.ts';
import type { Action, State } from './types.ts';

const StateContext = createContext<State | null>(null);
const DispatchContext = createContext<Dispatch<Action> | null>(null);

const SAVE_DELAY_MS = 400;

export function StoreProvider({ children }: { readonly children: ReactNode }) {
  const [state, dispatch] = useReducer(reducer, undefined, () => initialState(loadText(), loadOptions()));

  useEffect(() => {
    const timer = setTimeout(() => save(state.text, state.options), SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [state.text, state.options]);

  // A reload right after typing must not lose the last keystrokes.
  const latest = useRef(state);
  latest.current = state;
  useEffect(() => {
    const flush = (): void => save(latest.current.text, latest.current.options);
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, []);

  return (
    <DispatchContext.Provider value={dispatch}>
      <StateContext.Provider value={state}>{children}</StateContext.Provider>
    </DispatchContext.Provider>
  );
}

export function useStore(): State {
  const s = useContext(StateContext);
  if (!s) throw new Error('useStore outside StoreProvider');
  return s;
}

export function useDispatch(): Dispatch<Action> {
  const d = useContext(DispatchContext);
  if (!d) throw new Error('useDispatch outside StoreProvider');
  return d;
}
