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
  // Monaco sizes the widget's own node; the message box inside it keeps a readable width.
  const node = document.createElement('div');
  const box = document.createElement('div');
  node.appendChild(box);
  box.className = 'stagecraft-rename-refusal';
  box.setAttribute('role', 'alert');
  box.textContent = text;
  Object.assign(box.style, {
    width: `${Math.max(160, Math.min(320, ed.getLayoutInfo().contentWidth - 24))}px`, padding: '4px 8px', fontSize: '12px', lineHeight: '1.4', whiteSpace: 'normal',
    background: 'var(--vscode-inputValidation-errorBackground, #5a1d1d)', color: 'var(--vscode-editor-foreground, inherit)',
    border: '1px solid var(--vscode-inputValidation-errorBorder, #be1100)', borderRadius: '3px',
  });
  const widget: Monaco.editor.IContentWidget = {
    getId: () => `stagecraft.renameRefusal.${++seq}`,
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
