/**
 * The one store's state and actions. The files have exactly one writer (this store); everything
 * about the analysis is derived from the graph file's text + `options`, never stored. Which file the
 * graph shows is derived too (core/workspace/graphFile.ts), from `files`, `active` and `lastDockerfile`.
 */
import type { Range } from '../../core/model.ts';
import type { Direction } from '../../core/graph/types.ts';
import type { Language } from '../i18n/index.ts';
import type { ViewMode } from '../../core/share/index.ts';
import type { FileNameError, WorkspaceFile } from '../../core/workspace/index.ts';

export type ThemeChoice = 'system' | 'light' | 'dark';

export interface Options {
  /** `--target`, null for the last stage. */
  readonly target: string | null;
  /** `--build-arg` overrides by name. */
  readonly buildArgs: Readonly<Record<string, string>>;
  /** `--build-context NAME=VALUE`s (absent when none have been set). */
  readonly buildContexts?: Readonly<Record<string, string>>;
  readonly direction: Direction;
  readonly theme: ThemeChoice;
  readonly language: Language;
  /** Dim what the classic builder skips instead of what BuildKit skips. */
  readonly classic: boolean;
  readonly minimap: boolean;
  /** Focus mode: draw only the stages the target builds, the rest folded into one node (core/graph/focus.ts). */
  readonly focus: boolean;
  /** While a build script is the open file, draw it as its pipeline (core/builder/pipeline.ts) in the graph's place. */
  readonly pipeline: boolean;
}

/** A one-shot request to another view; `seq` makes repeated identical requests distinct. */
export interface Request<T> {
  readonly value: T;
  readonly seq: number;
}

/**
 * A workspace file as the page holds it. `id` is the file's identity for this page's lifetime
 * (the editor keys its models, undo stacks and view states by it, so they survive a rename);
 * it never leaves the page (links and the autosave carry names).
 */
export interface OpenFile extends WorkspaceFile {
  readonly id: number;
}

/** A line range in a named workspace file. */
export interface FileRange {
  readonly file: string;
  readonly range: Range;
}

/** Why a file action did not do what was asked, or did it differently; shown by the file tabs. */
export type WorkspaceNotice =
  /** An add or rename was refused (the tabs validate first, so this is a caller's bad input). */
  | { readonly kind: 'refused'; readonly name: string; readonly error: FileNameError }
  /** `openFiles` found the name taken by a different text: the file was opened under `to` instead. */
  | { readonly kind: 'renamed'; readonly from: string; readonly to: string };

export interface State {
  /** 1..MAX_FILES files with unique valid names (the codec's rules: core/share/names.ts). */
  readonly files: readonly OpenFile[];
  /** Index into `files` of the file in the editor. */
  readonly active: number;
  /**
   * The Dockerfile the graph showed last: the last active Dockerfile, or the one the rule picked while
   * a script was active. The graph stays on it while scripts are open, and follows its renames.
   */
  readonly lastDockerfile: string | null;
  /** The next `OpenFile.id` to hand out. */
  readonly nextId: number;
  /** Bumped whenever the graph file's text changes (an edit, or another file becoming the graph file): results computed for an older version are dropped. */
  readonly version: number;
  /** Bumped when files change from outside the editor (example, link, other tab): the editor must adopt their texts. */
  readonly externalVersion: number;
  readonly options: Options;
  /** The example last loaded, while its files are unedited. */
  readonly example: string | null;
  /** Stages (of the graph file) whose instruction list is open. */
  readonly expanded: readonly number[];
  /** The editor's cursor line in the graph file (cursor moves in other files do not count). */
  readonly cursorLine: number | null;
  readonly selectedNode: string | null;
  /** Ask the editor to show a file (switching tab first) and select a range in it. */
  readonly reveal: Request<FileRange> | null;
  /** Ask the graph to bring a node into view. */
  readonly focusNode: Request<string> | null;
  /** What the main area shows: the graph, the builder-pattern comparison, or the presentation. */
  readonly view: ViewMode;
  /** Ask the graph to fit the whole view. */
  readonly fit: number;
  /** The last file action that was refused or adjusted, for the file tabs to say so. */
  readonly notice: Request<WorkspaceNotice> | null;
  readonly seq: number;
}

/**
 * What components read: the state plus what is derived from it, computed once per state by the
 * provider (never stored, so it can never disagree with `files`).
 */
export interface StoreView extends State {
  /** Index of the file the graph shows (core/workspace/graphFile.ts), null when no file is a Dockerfile. */
  readonly graphIndex: number | null;
  /** The file the graph shows (`files[graphIndex]`), or null. */
  readonly graphFile: OpenFile | null;
  /** The graph file's text ('' without one): what the analysis, the graph, exports and the presentation read. */
  readonly text: string;
}

/**
 * Files are named by `name` in the actions people and other views trigger (unique, and what they see);
 * the editor's own reports (`editFile`, `cursor`) name the model's `id`, which a rename does not change.
 */
export type Action =
  /** The editor changed a file's text (the active file's: the only model on screen). */
  | { readonly type: 'editFile'; readonly id: number; readonly text: string }
  /** Replaces the whole workspace (an example, a link, a history entry, another tab's save). */
  | { readonly type: 'loadWorkspace'; readonly files: readonly WorkspaceFile[]; readonly active: number; readonly example: string | null }
  | { readonly type: 'selectFile'; readonly name: string }
  /** Adds an empty (or given) file at the end (or at `at`), and selects it unless `select` is false. */
  | { readonly type: 'addFile'; readonly name: string; readonly text?: string; readonly at?: number; readonly select?: boolean }
  | { readonly type: 'renameFile'; readonly from: string; readonly to: string }
  /** Deletes a file; the last one cannot be deleted (a workspace has at least one file). */
  | { readonly type: 'deleteFile'; readonly name: string }
  /**
   * Opens files from elsewhere (the comparison view) beside the current ones, never over them: a file
   * whose name holds the same text is reused, a name holding another text gets a free name
   * (core/workspace/names.ts freeName, reported as a notice). The first file opened becomes active.
   * Refused as a whole (notice) when the workspace would exceed MAX_FILES.
   */
  | { readonly type: 'openFiles'; readonly files: readonly WorkspaceFile[] }
  | { readonly type: 'setTarget'; readonly target: string | null }
  | { readonly type: 'setBuildArg'; readonly name: string; readonly value: string | null }
  | { readonly type: 'setBuildContext'; readonly name: string; readonly value: string | null }
  | { readonly type: 'setDirection'; readonly direction: Direction }
  | { readonly type: 'setTheme'; readonly theme: ThemeChoice }
  | { readonly type: 'setLanguage'; readonly language: Language }
  | { readonly type: 'setClassic'; readonly classic: boolean }
  | { readonly type: 'setMinimap'; readonly minimap: boolean }
  /** Focus mode on or off; the switches ask for a fit too (a stage search that unfolds centres its stage instead). */
  | { readonly type: 'setFocus'; readonly focus: boolean }
  | { readonly type: 'setPipeline'; readonly pipeline: boolean }
  | { readonly type: 'toggleExpanded'; readonly stage: number }
  /** The editor's cursor moved in file `id`; only the graph file's cursor is kept. */
  | { readonly type: 'cursor'; readonly line: number; readonly id?: number }
  | { readonly type: 'selectNode'; readonly id: string | null; readonly range: Range | null }
  /** Selects a range in `file` (default: the graph file), switching tab first. */
  | { readonly type: 'reveal'; readonly range: Range; readonly file?: string }
  | { readonly type: 'gotoProblem'; readonly range: Range; readonly nodeId: string | null }
  | { readonly type: 'setView'; readonly view: ViewMode }
  | { readonly type: 'fitView' };
