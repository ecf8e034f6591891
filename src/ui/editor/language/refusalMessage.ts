/**
 * Shows why a rename was refused, beside the word. Monaco hands a refusal that comes with the
 * new name to its notification service, which the standalone editor does not show; this puts
 * the reason where the person looks, until they move, type or click.
 */
import type * as Monaco from 'monaco-editor/editor';

let seq = 0;

export function showRefusal(monaco: typeof Monaco, model: Monaco.editor.ITextModel, position: Monaco.IPosition, text: string): void {
  const ed = monaco.editor.getEditors().find((e) => e.getModel() === model);
  if (!ed) return;
  const node = document.createElement('div');
  node.className = 'stagecraft-rename-refusal';
  node.setAttribute('role', 'alert');
  node.textContent = text;
  Object.assign(node.style, {
    width: 'max-content', maxWidth: '320px', padding: '4px 8px', fontSize: '12px', lineHeight: '1.4', whiteSpace: 'normal',
    background: 'var(--vscode-inputValidation-errorBackground, #5a1d1d)', color: 'var(--vscode-foreground, inherit)',
    border: '1px solid var(--vscode-inputValidation-errorBorder, #be1100)', borderRadius: '3px',
  });
  const widget: Monaco.editor.IContentWidget = {
    getId: () => `stagecraft.renameRefusal.${++seq}`,
    allowEditorOverflow: true,
    getDomNode: () => node,
    getPosition: () => ({
      position,
      preference: [monaco.editor.ContentWidgetPositionPreference.ABOVE, monaco.editor.ContentWidgetPositionPreference.BELOW],
    }),
  };
  const id = widget.getId();
  widget.getId = () => id;
  ed.addContentWidget(widget);
  const subs: Monaco.IDisposable[] = [];
  const close = (): void => {
    subs.forEach((s) => s.dispose());
    ed.removeContentWidget(widget);
  };
  subs.push(ed.onDidChangeCursorPosition(close), ed.onDidChangeModelContent(close), ed.onKeyDown(close), ed.onMouseDown(close), ed.onDidChangeModel(close));
}
