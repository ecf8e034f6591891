/**
 * Maps between the store's state (one text + options) and the codec's Workspace (files + view).
 * Pure. The store holds only the active file; the other files of a multi-file link are carried
 * along unchanged in a `Shelf`, so re-encoding the link never drops them.
 */
import type { Direction } from '../../core/graph/types.ts';
import {
  DEFAULT_FILE_NAME, type LayoutDirection, type ViewMode, type Workspace, type WorkspaceFile,
} from '../../core/share/index.ts';

/** The files a link brought in, with the index of the one the store edits. */
export interface Shelf {
  readonly files: readonly WorkspaceFile[];
  readonly active: number;
}

/** What the UI knows that a link captures. */
export interface Snapshot {
  readonly text: string;
  readonly target: string | null;
  readonly buildArgs: Readonly<Record<string, string>>;
  readonly direction: Direction;
  readonly selectedStage: number | null;
  readonly view: ViewMode;
}

export const toLayout = (d: Direction): LayoutDirection => (d === 'RIGHT' ? 'LR' : 'TB');
export const fromLayout = (d: LayoutDirection): Direction => (d === 'LR' ? 'RIGHT' : 'DOWN');

/** The workspace a link should hold; the active file's text always comes from the snapshot. */
export function toWorkspace(s: Snapshot, shelf: Shelf | null): Workspace {
  const files: WorkspaceFile[] = shelf ? shelf.files.map((f) => ({ ...f })) : [{ name: DEFAULT_FILE_NAME, text: s.text }];
  const active = shelf ? shelf.active : 0;
  const slot = files[active];
  if (slot) slot.text = s.text;
  return {
    files,
    active,
    target: s.target,
    buildArgs: { ...s.buildArgs },
    direction: toLayout(s.direction),
    selectedStage: s.selectedStage,
    view: s.view,
  };
}

/** The snapshot a decoded workspace restores, and the shelf to keep (null for a lone file). */
export function fromWorkspace(ws: Workspace): { snapshot: Snapshot; shelf: Shelf | null } {
  const file = ws.files[ws.active];
  const snapshot: Snapshot = {
    text: file?.text ?? '',
    target: ws.target,
    buildArgs: { ...ws.buildArgs },
    direction: fromLayout(ws.direction),
    selectedStage: ws.selectedStage,
    view: ws.view,
  };
  const lone = ws.files.length === 1 && ws.files[0]?.name === DEFAULT_FILE_NAME;
  return { snapshot, shelf: lone ? null : { files: ws.files.map((f) => ({ ...f })), active: ws.active } };
}

/** "stage:3" → 3; any other node id → null. */
export function stageOfNode(id: string | null): number | null {
  const m = id === null ? null : /^stage:(\d+)$/.exec(id);
  return m ? Number(m[1]) : null;
}
