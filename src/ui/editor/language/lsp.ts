/**
 * LSP ⇄ Monaco: the language service speaks LSP (0-based lines and characters), Monaco counts
 * from 1. Only what the adapter uses is converted.
 */
import type * as Monaco from 'monaco-editor/editor';
import type { CompletionItem, Position, Range, TextEdit } from 'vscode-languageserver-types';

export const toLspPosition = (p: Monaco.Position): Position => ({ line: p.lineNumber - 1, character: p.column - 1 });

export const toMonacoRange = (r: Range): Monaco.IRange => ({
  startLineNumber: r.start.line + 1, startColumn: r.start.character + 1, endLineNumber: r.end.line + 1, endColumn: r.end.character + 1,
});

export const toLspRange = (r: Monaco.IRange): Range => ({
  start: { line: r.startLineNumber - 1, character: r.startColumn - 1 }, end: { line: r.endLineNumber - 1, character: r.endColumn - 1 },
});

export const toTextEdits = (edits: readonly TextEdit[]): Monaco.languages.TextEdit[] =>
  edits.map((e) => ({ range: toMonacoRange(e.range), text: e.newText }));

/** LSP CompletionItemKind → Monaco's enum (the numbers differ). */
export function completionKind(monaco: typeof Monaco, kind: number | undefined): Monaco.languages.CompletionItemKind {
  const K = monaco.languages.CompletionItemKind;
  const map: Record<number, Monaco.languages.CompletionItemKind> = {
    1: K.Text, 2: K.Method, 3: K.Function, 5: K.Field, 6: K.Variable, 7: K.Class, 9: K.Module, 10: K.Property,
    12: K.Value, 13: K.Enum, 14: K.Keyword, 15: K.Snippet, 17: K.File, 18: K.Reference, 19: K.Folder, 21: K.Constant,
  };
  return map[kind ?? 1] ?? K.Text;
}

/** One LSP completion item as Monaco's suggestion; `fallback` is the range of the word typed so far. */
export function toSuggestion(monaco: typeof Monaco, item: CompletionItem, fallback: Monaco.IRange): Monaco.languages.CompletionItem {
  const edit = item.textEdit && 'range' in item.textEdit ? item.textEdit : null;
  const doc = item.documentation;
  return {
    label: item.label,
    kind: completionKind(monaco, item.kind),
    detail: item.detail,
    documentation: typeof doc === 'string' ? doc : doc ? { value: doc.value } : undefined,
    insertText: edit?.newText ?? item.insertText ?? item.label,
    insertTextRules: item.insertTextFormat === 2 ? monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet : undefined,
    range: edit ? toMonacoRange(edit.range) : fallback,
    sortText: item.sortText,
    filterText: item.filterText,
    command: item.command?.command === 'editor.action.triggerSuggest' ? { id: 'editor.action.triggerSuggest', title: '' } : undefined,
  };
}
