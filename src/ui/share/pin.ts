/**
 * Pinning a state in History: the version a link, a restore, a destructive edit or another tab's
 * save is about to replace. Pinned entries never absorb later edits (./history.ts).
 */
import type { ViewMode, Workspace } from '../../core/share/index.ts';
import { storeView } from '../state/reducer.ts';
import type { State } from '../state/types.ts';
import { stageOfNode, toWorkspace } from './bridge.ts';
import { remember, type Origin, type Work } from './historyStore.ts';
import { tryEncode } from './tryEncode.ts';

export function workspaceOf(s: State, view: ViewMode): Workspace {
  const o = s.options;
  return toWorkspace({ files: s.files, active: s.active, target: o.target, buildArgs: o.buildArgs, buildContexts: o.buildContexts ?? {}, direction: o.direction, selectedStage: stageOfNode(s.selectedNode), view });
}

/** Synchronous: for leaving the page and for pinning replaced work, never on the typing path. */
export const encodeState = (s: State, view: ViewMode): string | null => tryEncode(workspaceOf(s, view));

export const workOf = (s: State): Work => ({ files: s.files, graphText: storeView(s).text });

/** Pins `s` in History (when it can be encoded); returns its fragment. */
export function pinState(s: State, view: ViewMode, tab: string, origin: Origin = 'own'): string | null {
  const f = encodeState(s, view);
  if (f !== null) remember(f, workOf(s), tab, true, Date.now(), origin);
  return f;
}
