/**
 * Completion of flags and their values (core/editor/completeFlags.ts) as snippets: `--mount=`
 * offers `type=${1|cache,…|}`, a key ending in `=` opens the list again for its value.
 */
import i18next from 'i18next';
import type * as Monaco from 'monaco-editor/editor';
import { flagSlot } from '../../../core/editor/completeFlags.ts';

export function registerFlagCompletion(monaco: typeof Monaco): Monaco.IDisposable {
  const L = monaco.languages;
  return L.registerCompletionItemProvider('dockerfile', {
    triggerCharacters: ['-', '=', ','],
    provideCompletionItems(model, position) {
      const before = model.getLineContent(position.lineNumber).slice(0, position.column - 1);
      const slot = flagSlot(before);
      if (slot === null) return { suggestions: [] };
      const range = {
        startLineNumber: position.lineNumber, startColumn: position.column - slot.typed.length,
        endLineNumber: position.lineNumber, endColumn: position.column,
      };
      return {
        suggestions: slot.items.map((item, i) => ({
          label: item.label,
          kind: item.label.startsWith('--') ? L.CompletionItemKind.Property : L.CompletionItemKind.Value,
          detail: item.describe ? i18next.t(`language.flag_${item.describe}`, { defaultValue: '' }) || undefined : undefined,
          insertText: item.snippet,
          insertTextRules: L.CompletionItemInsertTextRule.InsertAsSnippet,
          sortText: String(i).padStart(3, '0'),
          range,
          command: item.snippet.endsWith('=') ? { id: 'editor.action.triggerSuggest', title: '' } : undefined,
        })),
      };
    },
  });
}
