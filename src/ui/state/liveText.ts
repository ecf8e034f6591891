/**
 * The editor's text as it is this instant. The store's state is what was last rendered: a keystroke
 * in the same frame as leaving the page is in the editor's model but not yet in a rendered state. The
 * saves on leaving (the autosave's flush, this tab's pending fragment, a conflict's pin) read the
 * model through here. Only the file on screen can be ahead of the store (the other files' models
 * change only through the store).
 */
import type { OpenFile } from './types.ts';

export interface LiveText {
  /** The id of the file whose model is on screen. */
  readonly id: number;
  readonly text: string;
  /** The store's `externalVersion` the editor last adopted: a model that has not yet adopted a newer one is behind, not ahead. */
  readonly externalVersion: number;
}

let source: (() => LiveText | null) | null = null;

/** The editor registers how to read its model (null when it goes away). */
export function provideLiveText(read: (() => LiveText | null) | null): void {
  source = read;
}

/**
 * `state` with the on-screen file's text taken from the editor's model when the model is ahead of
 * it (same file, same adopted external version, different text). Never throws: without an editor,
 * or when reading fails, `state` as it is.
 */
export function withLiveText<T extends { readonly files: readonly OpenFile[]; readonly externalVersion: number }>(state: T): T {
  let live: LiveText | null = null;
  try {
    live = source?.() ?? null;
  } catch {
    live = null;
  }
  if (live === null || live.externalVersion !== state.externalVersion) return state;
  const { id, text } = live;
  const i = state.files.findIndex((f) => f.id === id);
  if (i < 0 || state.files[i]!.text === text) return state;
  return { ...state, files: state.files.map((f, j) => (j === i ? { ...f, text } : f)) };
}
