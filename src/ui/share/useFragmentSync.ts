/**
 * Keeps the URL fragment and the store in step.
 * - On load and on `hashchange`: decode the fragment; a good link is applied through the store's actions;
 *   a bad one only sets `error`, the store is untouched.
 * - Whenever the store's files are replaced from outside (a link, a history entry, an example, the other
 *   tab's save), the work they replace is saved to the history first (pinned), so no load loses work.
 * - After every change (debounced): encode the workspace (every file); in the full app, `replaceState` it
 *   (no history spam) and record it in the local history. The embed reads but never writes.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { decodeFragment, type DecodeError, type ViewMode, type Workspace } from '../../core/share/index.ts';
import { storeView } from '../state/reducer.ts';
import { useDispatch, useStore } from '../state/store.tsx';
import type { State } from '../state/types.ts';
import { applySnapshot } from './apply.ts';
import { startExercise } from '../explain/exerciseSession.ts';
import { encodeForUrl } from './encoder.ts';
import { fromWorkspace, stageOfNode, toWorkspace } from './bridge.ts';
import { remember, type Work } from './historyStore.ts';
import { notePending, noteWritten, restoreTarget } from './reloadGuard.ts';
import { tryEncode } from './tryEncode.ts';

const DEBOUNCE_MS = 300;
/** History is written less often than the URL: the ring can be large and localStorage writes are synchronous. */
const HISTORY_DEBOUNCE_MS = 2_000;

export interface FragmentSync {
  /** What the current link says is wrong with it, or null. */
  readonly error: DecodeError | null;
  readonly dismissError: () => void;
  /** The current workspace as "v1=…", or null while it is too large to share. */
  readonly fragment: string | null;
  /** Applies a fragment (from the history list) as if it had been opened as a link. */
  readonly restore: (fragment: string) => void;
}

function workspaceOf(s: State, view: ViewMode): Workspace {
  const o = s.options;
  return toWorkspace({ files: s.files, active: s.active, target: o.target, buildArgs: o.buildArgs, direction: o.direction, selectedStage: stageOfNode(s.selectedNode), view });
}

/** Synchronous: for leaving the page and for pinning replaced work, never on the typing path. */
const encodeState = (s: State, view: ViewMode): string | null => tryEncode(workspaceOf(s, view));

const workOf = (s: State): Work => ({ files: s.files, graphText: storeView(s).text });

/** location.hash percent-encodes what a chat app appended (e.g. '…'); base64url never contains '%'. */
function unescapeHash(hash: string): string {
  try {
    return decodeURIComponent(hash);
  } catch {
    return hash;
  }
}

export function useFragmentSync(opts: { write: boolean; tab: string; view: ViewMode; onView: (v: ViewMode) => void }): FragmentSync {
  const s = useStore();
  const dispatch = useDispatch();
  const [error, setError] = useState<DecodeError | null>(null);
  const [fragment, setFragment] = useState<string | null>(null);
  const latest = useRef({ s, opts });
  latest.current = { s, opts };

  const restore = useCallback(
    (hash: string): void => {
      const r = decodeFragment(unescapeHash(hash));
      if (!r.ok) {
        if (r.error.kind !== 'empty') setError(r.error);
        return;
      }
      const snapshot = fromWorkspace(r.workspace);
      applySnapshot(dispatch, snapshot);
      startExercise(r.workspace.exercise ?? null);
      latest.current.opts.onView(snapshot.view);
      setError(null);
    },
    [dispatch],
  );

  // Files replaced from outside: the state rendered just before is the work they replaced.
  const before = useRef<State>(s);
  useEffect(() => {
    const prev = before.current;
    before.current = s;
    const o = latest.current.opts;
    if (!o.write || prev.externalVersion === s.externalVersion) return;
    const f = encodeState(prev, o.view);
    if (f !== null) remember(f, workOf(prev), o.tab, true);
  });

  useEffect(() => {
    restore(latest.current.opts.write ? restoreTarget(location.hash) : location.hash);
    const onHash = (): void => restore(location.hash);
    // Leaving (or reloading): keep the very latest state for this tab, the URL may lag behind it.
    const onHide = (): void => {
      const { s: now, opts: o } = latest.current;
      const f = o.write ? encodeState(now, o.view) : null;
      if (f !== null) notePending(f);
    };
    window.addEventListener('hashchange', onHash);
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener('pagehide', onHide);
    };
  }, [restore]);

  const { files, active, options, selectedNode } = s;
  const initial = useRef({ files, active, options, selectedNode });
  useEffect(() => {
    // A bad link stays in the address bar until the person changes something.
    const i = initial.current;
    const keep = location.hash.length > 1 && files === i.files && active === i.active && options === i.options && selectedNode === i.selectedNode;
    // A later change cancels this one's answer (large workspaces are encoded in a worker: ./encoder.ts).
    let cancelled = false;
    const timer = setTimeout(() => {
      const { s: now, opts: o } = latest.current;
      void encodeForUrl(workspaceOf(now, o.view)).then((f) => {
        if (cancelled) return;
        setFragment(f);
        if (!o.write || f === null || keep) return;
        if (location.hash !== `#${f}`) history.replaceState(history.state, '', `#${f}`);
        noteWritten(f);
      });
    }, DEBOUNCE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [files, active, options, selectedNode, opts.view]);

  useEffect(() => {
    if (!opts.write || fragment === null) return;
    const timer = setTimeout(() => remember(fragment, workOf(latest.current.s), latest.current.opts.tab), HISTORY_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [fragment, opts.write]);

  return { error, dismissError: useCallback(() => setError(null), []), fragment, restore };
}
