/**
 * Format on paste, an option kept in the browser (off by default: a pasted Dockerfile stays as
 * written unless the person asks). Two entries in the editor's context menu switch it; the
 * one shown depends on the current setting.
 */
import i18next from 'i18next';
import type * as Monaco from 'monaco-editor/editor';

const KEY = 'stagecraft.formatOnPaste';
const CONTEXT = 'stagecraftFormatOnPaste';

function stored(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

export function registerFormatOnPaste(monaco: typeof Monaco): Monaco.IDisposable[] {
  let on = stored();
  const keys = new Map<Monaco.editor.ICodeEditor, Monaco.editor.IContextKey<boolean>>();
  const apply = (ed: Monaco.editor.ICodeEditor): void => {
    // Only the page's own editors: Monaco's embedded ones (the references peek) have no context keys.
    const standalone = ed as Partial<Monaco.editor.IStandaloneCodeEditor>;
    if (typeof standalone.createContextKey !== 'function') return;
    ed.updateOptions({ formatOnPaste: on });
    if (!keys.has(ed)) keys.set(ed, standalone.createContextKey(CONTEXT, on));
    keys.get(ed)?.set(on);
  };
  const set = (value: boolean): void => {
    on = value;
    try {
      localStorage.setItem(KEY, value ? '1' : '0');
    } catch {
      // Storage full or blocked: the option holds for this visit.
    }
    monaco.editor.getEditors().forEach(apply);
  };
  monaco.editor.getEditors().forEach(apply);
  return [
    monaco.editor.onDidCreateEditor(apply),
    monaco.editor.addEditorAction({
      id: 'stagecraft.formatOnPaste.on', label: i18next.t('language.formatOnPasteOn'), precondition: `!${CONTEXT}`,
      contextMenuGroupId: '1_modification', contextMenuOrder: 3, run: () => set(true),
    }),
    monaco.editor.addEditorAction({
      id: 'stagecraft.formatOnPaste.off', label: i18next.t('language.formatOnPasteOff'), precondition: CONTEXT,
      contextMenuGroupId: '1_modification', contextMenuOrder: 3, run: () => set(false),
    }),
  ];
}
