/**
 * Editor commands asked for from outside the editor (the graph's stage menu: rename, show
 * references). The menu asks the store to reveal the stage's name, which may switch file
 * tabs, and leaves the command here; the editor runs it right after the reveal lands, on
 * the revealed word, so it never acts on the wrong file or position.
 */
import type { editor } from 'monaco-editor/editor';

/** Monaco's own command ids: the rename box (F2) and the references peek (Shift+F12). */
export type EditorCommand = 'editor.action.rename' | 'editor.action.referenceSearch.trigger';

let pending: EditorCommand | null = null;

export function requestEditorCommand(command: EditorCommand): void {
  pending = command;
}

/** Called by the editor after it applied a reveal. */
export function runPendingCommand(instance: editor.ICodeEditor): void {
  const command = pending;
  pending = null;
  if (command === null) return;
  instance.focus();
  // trigger(): the references peek is a command, not an editor action.
  instance.trigger('stagecraft', command, null);
}
