/**
 * The shareable workspace: everything a permalink restores. Plain data, no behaviour.
 *
 * Invariants of a valid workspace (checked by `validateWorkspace` in ./validate.ts, on encode and decode):
 * - `files` has 1..MAX_FILES entries with unique names (see ./names.ts for the name rules);
 * - `active` indexes into `files`;
 * - `selectedStage` is null or an integer in 0..MAX_STAGE_INDEX (whether that stage exists needs a parse,
 *   so the UI clamps it; the codec only checks the shape);
 * - `target` and the build-arg names are short, single-line, printable strings;
 * - build-context names are short, single-line, printable and free of '=' (like build-arg names);
 * - `focus`, `pipeline` and `classic` are absent or `true` (off is written by leaving them out).
 */
import type { ExerciseSpec } from '../exercise/types.ts';
import type { WorkspaceFile } from '../workspace/files.ts';

/** The one file type of every workspace (also the builder-pattern converters'): see ../workspace/files.ts. */
export type { WorkspaceFile };

export type LayoutDirection = 'TB' | 'LR';

/** Extend by appending here: the decoder accepts exactly the modes listed. */
export const VIEW_MODES = ['graph', 'compare', 'presentation'] as const;
export type ViewMode = (typeof VIEW_MODES)[number];

export const LAYOUT_DIRECTIONS: readonly LayoutDirection[] = ['TB', 'LR'];

export interface Workspace {
  files: WorkspaceFile[];
  active: number;
  target: string | null;
  buildArgs: Record<string, string>;
  direction: LayoutDirection;
  selectedStage: number | null;
  view: ViewMode;
  /** `--build-context NAME=VALUE`s (optional, added after v1 shipped: absent in older links). */
  buildContexts?: Record<string, string>;
  /** An exercise about this workspace (optional: links without one decode as before). */
  exercise?: ExerciseSpec;
  /**
   * Focus mode: the graph draws only the stages the target builds, the rest folded into one node.
   * Present only when on (added to v1 later: older links have no such field and show every stage).
   */
  focus?: true;
  /** A build script open in the editor is drawn as its pipeline (present only when on; added to v1 later). */
  pipeline?: true;
  /** Every view shows what the classic builder builds instead of BuildKit (present only when on; added to v1 later). */
  classic?: true;
}

/** The name a lone file gets by default; the compact format stores such a file as its bare text. */
export const DEFAULT_FILE_NAME = 'Dockerfile';

export const MAX_FILES = 50;
export const MAX_NAME_LENGTH = 255;
export const MAX_BUILD_ARGS = 100;
export const MAX_BUILD_CONTEXTS = 100;
export const MAX_STAGE_INDEX = 9_999;

/** The state a fresh app starts in; fields equal to these are left out of links. */
export const WORKSPACE_DEFAULTS = {
  active: 0,
  target: null,
  direction: 'TB',
  selectedStage: null,
  view: 'graph',
} as const satisfies Omit<Workspace, 'files' | 'buildArgs' | 'buildContexts'>;

/** A workspace holding one file, every other field at its default. */
export function singleFileWorkspace(text: string, name: string = DEFAULT_FILE_NAME): Workspace {
  return { ...WORKSPACE_DEFAULTS, files: [{ name, text }], buildArgs: {} };
}
