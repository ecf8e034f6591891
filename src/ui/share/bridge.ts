/**
 * Maps between the store's state (files + options) and the codec's Workspace. Pure.
 * Every file rides in the link; ids stay in the page (a link carries names).
 */
import type { Direction } from '../../core/graph/types.ts';
import type { LayoutDirection, ViewMode, Workspace, WorkspaceFile } from '../../core/share/index.ts';

/** What the UI knows that a link captures. */
export interface Snapshot {
  readonly files: readonly WorkspaceFile[];
  /** Index into `files` of the file in the editor. */
  readonly active: number;
  readonly target: string | null;
  readonly buildArgs: Readonly<Record<string, string>>;
  /** `--build-context NAME=VALUE`s; a link carries them only when there are some. */
  readonly buildContexts?: Readonly<Record<string, string>>;
  readonly direction: Direction;
  readonly selectedStage: number | null;
  readonly view: ViewMode;
  /** Focus mode on; a link carries it only when on (absent = off). */
  readonly focus?: boolean;
  /** A build script drawn as its pipeline; a link carries it only when on (absent = off). */
  readonly pipeline?: boolean;
  /** The classic builder's view; a link carries it only when on (absent = off). */
  readonly classic?: boolean;
}

export const toLayout = (d: Direction): LayoutDirection => (d === 'RIGHT' ? 'LR' : 'TB');
export const fromLayout = (d: LayoutDirection): Direction => (d === 'LR' ? 'RIGHT' : 'DOWN');

const plain = (files: readonly WorkspaceFile[]): WorkspaceFile[] => files.map((f) => ({ name: f.name, text: f.text }));

/** The workspace a link should hold. */
export function toWorkspace(s: Snapshot): Workspace {
  return {
    files: plain(s.files),
    active: s.active,
    target: s.target,
    buildArgs: { ...s.buildArgs },
    ...(s.buildContexts && Object.keys(s.buildContexts).length > 0 ? { buildContexts: { ...s.buildContexts } } : {}),
    direction: toLayout(s.direction),
    selectedStage: s.selectedStage,
    view: s.view,
    ...(s.focus === true ? { focus: true as const } : {}),
    ...(s.pipeline === true ? { pipeline: true as const } : {}),
    ...(s.classic === true ? { classic: true as const } : {}),
  };
}

/** The snapshot a decoded (hence valid) workspace restores. */
export function fromWorkspace(ws: Workspace): Snapshot {
  return {
    files: plain(ws.files),
    active: ws.active,
    target: ws.target,
    buildArgs: { ...ws.buildArgs },
    ...(ws.buildContexts ? { buildContexts: { ...ws.buildContexts } } : {}),
    direction: fromLayout(ws.direction),
    selectedStage: ws.selectedStage,
    view: ws.view,
    ...(ws.focus === true ? { focus: true } : {}),
    ...(ws.pipeline === true ? { pipeline: true } : {}),
    ...(ws.classic === true ? { classic: true } : {}),
  };
}

/** "stage:3" → 3; any other node id → null. */
export function stageOfNode(id: string | null): number | null {
  const m = id === null ? null : /^stage:(\d+)$/.exec(id);
  return m ? Number(m[1]) : null;
}
