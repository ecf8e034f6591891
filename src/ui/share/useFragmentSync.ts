/**
 * Keeps the URL fragment and the store in step.
 * - On load: a fragment this browser's page wrote itself is a leftover of earlier work and never wins
 *   over the autosave (./reloadGuard.ts, ./ownLinks.ts); a link from elsewhere is applied.
 * - On `hashchange`: bursts are coalesced (only the last hash counts); a link that would replace work
 *   the person never shared waits for their answer (`incoming`). A good link is applied through the
 *   store's actions; a bad one only sets `error`, the store is untouched.
 * - Whenever the store's files are replaced from outside (a link, a history entry, an example, the other
 *   tab's save), or an edit destroys much (a file deleted, most of the text gone), the state before is
 *   pinned in History, so no load or edit loses work. Versions that came from links go to History's
 *   link ring, which cannot evict the person's own (./historyStore.ts).
 * - After every change (debounced): encode the workspace (every file); in the full app, `replaceState` it
 *   (no history spam) and record it in the local history. A link longer than a browser opens is not
 *   written nor offered (./linkLimit.ts). The embed reads but never writes.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { decodeFragment, type DecodeError, type ViewMode, type Workspace } from '../../core/share/index.ts';
import { useDispatch, useStore } from '../state/store.tsx';
import type { State } from '../state/types.ts';
import { applySnapshot } from './apply.ts';
import { fromWorkspace } from './bridge.ts';
import { isDestructive } from './destructive.ts';
import { startLinkExercise } from '../explain/exerciseSession.ts';
import { encodeForUrl } from './encoder.ts';
import { fitsInBrowser } from './linkLimit.ts';
import { markShared, markWritten, wasShared, wasWritten } from './ownLinks.ts';
import { encodeState, keepVersion, pinVersion, workOf, workspaceOf } from './pin.ts';
import { tryEncode } from './tryEncode.ts';
import { withLiveText } from '../state/liveText.ts';
import { clearPending, loadFragment, notePending, noteWritten } from './reloadGuard.ts';

const DEBOUNCE_MS = 300;
/** History is written less often than the URL: the ring can be large and localStorage writes are synchronous. */
const HISTORY_DEBOUNCE_MS = 2_000;
/** How long a burst of hash changes is waited out: only the last hash is read. */
const HASHCHANGE_SETTLE_MS = 250;

export interface FragmentSync {
  /** What the current link says is wrong with it, or null. */
  readonly error: DecodeError | null;
  readonly dismissError: () => void;
  /** The current workspace as "v1=…", or null while it is too large to share (or for a browser to open). */
  readonly fragment: string | null;
  /** Applies a fragment (from the history list) as if it had been opened as a link. */
  readonly restore: (fragment: string) => void;
  /** Applies a large version's workspace (from the history list: ./largeVersions.ts). */
  readonly restoreWorkspace: (ws: Workspace) => void;
  /** A link that arrived while the person had work never shared: waiting for their answer. */
  readonly incoming: string | null;
  readonly acceptIncoming: () => void;
  readonly rejectIncoming: () => void;
  /** Records that the person shared the current fragment (Copy link). */
  readonly markShared: () => void;
}

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
  const [incoming, setIncoming] = useState<string | null>(null);
  /** Counts finished encodings: History keeps a version after each, also when it could not be a link (a large workspace). */
  const [encodings, setEncodings] = useState(0);
  const latest = useRef({ s, opts, fragment });
  latest.current = { s, opts, fragment };
  /** The files a link put in the store: while they are unchanged (the same array), the work is the link's, not the person's. */
  const linkFiles = useRef<State['files'] | null>(null);
  const linkOpening = useRef(false);
  /** A hash someone else put in the address bar is being read or waits for an answer: it is not overwritten meanwhile. */
  const foreignHash = useRef(false);
  /**
   * The address-bar hash this page last read or wrote. A different one is a link that arrived and
   * whose `hashchange` has not run yet: the debounced write must not replace it (it would, when the
   * write's encode resolves between the navigation and its event, and the link would be lost).
   */
  const knownHash = useRef(typeof location === 'undefined' ? '' : location.hash);
  /** The state `fragment` was encoded from (History labels it, and judges its origin, by that state, not a later one). */
  const encodedFrom = useRef<State>(s);

  /** Applies a fragment; false when it is not a good link (nothing changes then). */
  const apply = useCallback(
    (hash: string): boolean => {
      const r = decodeFragment(unescapeHash(hash));
      if (!r.ok) {
        if (r.error.kind !== 'empty') setError(r.error);
        return false;
      }
      const snapshot = fromWorkspace(r.workspace);
      applySnapshot(dispatch, snapshot);
      startLinkExercise(r.workspace.exercise);
      latest.current.opts.onView(snapshot.view);
      setError(null);
      return true;
    },
    [dispatch],
  );
  const restore = useCallback((hash: string): void => void apply(hash), [apply]);
  const restoreWorkspace = useCallback((ws: Workspace): void => {
    const snapshot = fromWorkspace(ws);
    applySnapshot(dispatch, snapshot);
    latest.current.opts.onView(snapshot.view);
    setError(null);
  }, [dispatch]);
  /** A link (not a History entry) applied: remember it as the link's state. */
  const openLink = useCallback((hash: string): void => {
    linkOpening.current = true;
    if (!apply(hash)) linkOpening.current = false;
  }, [apply]);

  const originOf = (state: State): 'own' | 'link' => (state.files === linkFiles.current ? 'link' : 'own');

  // Files replaced from outside: the state rendered just before is the work they replaced.
  // A destructive edit (a file deleted, most of the text gone) pins the state before it too.
  const before = useRef<State>(s);
  useEffect(() => {
    const prev = before.current;
    before.current = s;
    const o = latest.current.opts;
    const replaced = prev.externalVersion !== s.externalVersion;
    const origin = originOf(prev);
    if (replaced) {
      linkFiles.current = linkOpening.current ? s.files : null;
      linkOpening.current = false;
    }
    if (!o.write || (!replaced && !isDestructive(prev, s))) return;
    const ws = workspaceOf(prev, o.view);
    pinVersion(tryEncode(ws), ws, workOf(prev), o.tab, origin);
  });

  useEffect(() => {
    const write = latest.current.opts.write;
    const first = write ? loadFragment(location.hash, wasWritten) : { fragment: location.hash, link: true };
    if (first !== null && first.link) openLink(first.fragment);
    else if (first !== null) restore(first.fragment); // this tab's own fresher state: the person's work
    // Bursts of hash changes (a page driving this window) are waited out: only the last one is read.
    let settle: ReturnType<typeof setTimeout> | undefined;
    const onHash = (): void => {
      clearTimeout(settle);
      foreignHash.current = true;
      settle = setTimeout(() => {
        foreignHash.current = false;
        const hash = location.hash;
        knownHash.current = hash;
        const { s: now, opts: o } = latest.current;
        const target = unescapeHash(hash).replace(/^#/, '');
        if (target === '' || target === latest.current.fragment) return;
        // A bad link only says what is wrong with it (nothing is replaced), so there is nothing to ask.
        if (!decodeFragment(target).ok) { openLink(hash); return; }
        // Work the person made (not a link's, not blank) and never shared: ask before a link replaces it.
        const own = o.write && now.files !== linkFiles.current && now.files.some((f) => f.text.trim() !== '');
        const mine = own ? encodeState(now, o.view) : null;
        if (own && (mine === null || !wasShared(mine))) {
          foreignHash.current = true; // kept in the address bar while the question is open: a reload opens it
          setIncoming(hash);
        } else openLink(hash);
      }, HASHCHANGE_SETTLE_MS);
    };
    // Leaving (or reloading): keep the very latest state for this tab, the URL may lag behind it. The
    // editor's model, not the last rendered state: a keystroke in the same frame as the reload counts.
    const onHide = (): void => {
      const { s: rendered, opts: o } = latest.current;
      if (!o.write) return;
      const now = withLiveText(rendered);
      const f = encodeState(now, o.view);
      if (f !== null && fitsInBrowser(location.href, f)) notePending(f);
      else clearPending(); // the autosave holds it; no older state may stand in for it
    };
    window.addEventListener('hashchange', onHash);
    window.addEventListener('pagehide', onHide);
    return () => {
      clearTimeout(settle);
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener('pagehide', onHide);
    };
  }, [openLink, restore]);

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
      void encodeForUrl(workspaceOf(now, o.view)).then((encoded) => {
        if (cancelled) return;
        // A link no browser would open is no link: the workspace counts as too large to share.
        const f = encoded !== null && fitsInBrowser(location.href, encoded) ? encoded : null;
        encodedFrom.current = now;
        setFragment(f);
        setEncodings((n) => n + 1);
        if (!o.write || f === null || keep || foreignHash.current) return;
        if (location.hash !== knownHash.current && location.hash !== `#${f}`) return; // a link is arriving: onHash reads it
        if (location.hash !== `#${f}`) history.replaceState(history.state, '', `#${f}`);
        knownHash.current = `#${f}`;
        noteWritten(f);
        markWritten(f);
      });
    }, DEBOUNCE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [files, active, options, selectedNode, opts.view]);

  // History: the ring when the version fits, else a large-version slot (./pin.ts keepVersion).
  // The same files and fragment again (a node selected, the view switched) are not a new version.
  const lastKept = useRef<{ files: State['files']; fragment: string | null } | null>(null);
  useEffect(() => {
    if (!opts.write || encodings === 0) return;
    const timer = setTimeout(() => {
      const from = encodedFrom.current;
      const o = latest.current.opts;
      if (lastKept.current?.files === from.files && lastKept.current.fragment === fragment) return;
      lastKept.current = { files: from.files, fragment };
      keepVersion(fragment, workspaceOf(from, o.view), workOf(from), o.tab, originOf(from), false);
    }, HISTORY_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [fragment, encodings, opts.write]);

  const acceptIncoming = useCallback(() => {
    foreignHash.current = false;
    if (incoming !== null) openLink(incoming);
    setIncoming(null);
  }, [incoming, openLink]);
  const rejectIncoming = useCallback(() => {
    foreignHash.current = false;
    setIncoming(null);
    // The address bar goes back to the person's work, so a reload does not bring the link back.
    const f = latest.current.fragment;
    history.replaceState(history.state, '', f === null ? `${location.pathname}${location.search}` : `#${f}`);
    knownHash.current = location.hash;
  }, []);
  const share = useCallback(() => {
    const f = latest.current.fragment;
    if (f !== null) markShared(f);
  }, []);

  return { error, dismissError: useCallback(() => setError(null), []), fragment, restore, restoreWorkspace, incoming, acceptIncoming, rejectIncoming, markShared: share };
}
