/**
 * Pinning a state in History: the version a link, a restore, a destructive edit or another tab's
 * save is about to replace. Pinned entries never absorb later edits (./history.ts).
 */
import type { ViewMode, Workspace } from '../../core/share/index.ts';
import { storeView } from '../state/reducer.ts';
import type { State } from '../state/types.ts';
import { stageOfNode, toWorkspace } from './bridge.ts';
import { historyLabel } from './history.ts';
import { remember, type Origin, type Work } from './historyStore.ts';
import { largeStore } from './largeStore.ts';
import { keepLargeVersion, textChars, type LargeStore } from './largeVersions.ts';
import { tryEncode } from './tryEncode.ts';

export function workspaceOf(s: State, view: ViewMode): Workspace {
  const o = s.options;
  return toWorkspace({ files: s.files, active: s.active, target: o.target, buildArgs: o.buildArgs, buildContexts: o.buildContexts ?? {}, direction: o.direction, selectedStage: stageOfNode(s.selectedNode), view, focus: o.focus, pipeline: o.pipeline, classic: o.classic });
}

/** Synchronous: for leaving the page and for pinning replaced work, never on the typing path. */
export const encodeState = (s: State, view: ViewMode): string | null => tryEncode(workspaceOf(s, view));

export const workOf = (s: State): Work => ({ files: s.files, graphText: storeView(s).text });

let seq = 0;

/**
 * Keeps a version in History: in the ring when it fits, else (too large to encode, over the ring's
 * entry cap, or the storage full) in a large-version slot, so a big workspace has a History too.
 * `pinned`: the state before a link, a restore, a destructive edit or another tab's save (nothing
 * folds into it); else an ordinary version, folded with the edits of the next minute as the ring does.
 */
export function keepVersion(fragment: string | null, ws: Workspace, work: Work, tab: string, origin: Origin, pinned: boolean, store: LargeStore | null = largeStore(), at: number = Date.now()): void {
  if (work.files.every((f) => f.text.trim() === '')) return;
  const outcome = fragment === null ? 'tooLarge' : remember(fragment, work, tab, pinned, at, origin);
  if (outcome !== 'tooLarge' && outcome !== 'quota') return;
  const label = historyLabel(work.files, work.graphText);
  void keepLargeVersion(store, { id: `${at}-${tab}-${seq++}`, at, tab, label, chars: textChars(work.files), origin, workspace: ws, ...(pinned ? { pinned } : {}) });
}

/** Pins a version in History (see keepVersion). */
export function pinVersion(fragment: string | null, ws: Workspace, work: Work, tab: string, origin: Origin, store: LargeStore | null = largeStore(), at: number = Date.now()): void {
  keepVersion(fragment, ws, work, tab, origin, true, store, at);
}

/** Pins `s` in History (the ring, or a large-version slot); returns its fragment. */
export function pinState(s: State, view: ViewMode, tab: string, origin: Origin = 'own'): string | null {
  const ws = workspaceOf(s, view);
  const f = tryEncode(ws);
  pinVersion(f, ws, workOf(s), tab, origin);
  return f;
}
