/**
 * The one store's state and actions. The source text has exactly one writer (this store);
 * everything about the analysis is derived from `text` + `options`, never stored.
 */
import type { Range } from '../../core/model.ts';
import type { Direction } from '../../core/graph/types.ts';
import type { Language } from '../i18n/index.ts';
import type { ViewMode } from '../../core/share/index.ts';

export type ThemeChoice = 'system' | 'light' | 'dark';

export interface Options {
  /** `--target`, null for the last stage. */
  readonly target: string | null;
  /** `--build-arg` overrides by name. */
  readonly buildArgs: Readonly<Record<string, string>>;
  readonly direction: Direction;
  readonly theme: ThemeChoice;
  readonly language: Language;
  /** Dim what the classic builder skips instead of what BuildKit skips. */
  readonly classic: boolean;
  readonly minimap: boolean;
}

/** A one-shot request to another view; `seq` makes repeated identical requests distinct. */
export interface Request<T> {
  readonly value: T;
  readonly seq: number;
}

export interface State {
  readonly text: string;
  /** Bumped on every text change: results computed for an older version are dropped. */
  readonly version: number;
  /** Bumped when the text changes from outside the editor (example, reload): the editor must adopt it. */
  readonly externalVersion: number;
  readonly options: Options;
  /** The example last loaded, while its text is unedited. */
  readonly example: string | null;
  /** Stages whose instruction list is open. */
  readonly expanded: readonly number[];
  readonly cursorLine: number | null;
  readonly selectedNode: string | null;
  /** Ask the editor to select and reveal a range. */
  readonly reveal: Request<Range> | null;
  /** Ask the graph to bring a node into view. */
  readonly focusNode: Request<string> | null;
  /** What the main area shows: the graph, the builder-pattern comparison, or the presentation. */
  readonly view: ViewMode;
  /** Ask the graph to fit the whole view. */
  readonly fit: number;
  readonly seq: number;
}

export type Action =
  | { readonly type: 'setText'; readonly text: string }
  | { readonly type: 'loadText'; readonly text: string; readonly example: string | null }
  | { readonly type: 'setTarget'; readonly target: string | null }
  | { readonly type: 'setBuildArg'; readonly name: string; readonly value: string | null }
  | { readonly type: 'setDirection'; readonly direction: Direction }
  | { readonly type: 'setTheme'; readonly theme: ThemeChoice }
  | { readonly type: 'setLanguage'; readonly language: Language }
  | { readonly type: 'setClassic'; readonly classic: boolean }
  | { readonly type: 'setMinimap'; readonly minimap: boolean }
  | { readonly type: 'toggleExpanded'; readonly stage: number }
  | { readonly type: 'cursor'; readonly line: number }
  | { readonly type: 'selectNode'; readonly id: string | null; readonly range: Range | null }
  | { readonly type: 'reveal'; readonly range: Range }
  | { readonly type: 'gotoProblem'; readonly range: Range; readonly nodeId: string | null }
  | { readonly type: 'setView'; readonly view: ViewMode }
  | { readonly type: 'fitView' };
