/**
 * ARG / ENV names: completion inside `${…}` of only what is in scope on the line, and go to
 * definition from `$VAR` to the ARG or ENV that gives the value (core/editor/variables.ts,
 * over the scoping in core/analyze/scope.ts).
 */
import i18next from 'i18next';
import type * as Monaco from 'monaco-editor/editor';
import { variableCompletions, variableDefinition, variableSlot, type VariableCompletion } from '../../../core/editor/variables.ts';
import { toIRange, toPosition, viewOf } from './engine.ts';

export function registerVariableFeatures(monaco: typeof Monaco): Monaco.IDisposable[] {
  const L = monaco.languages;
  return [
    L.registerCompletionItemProvider('dockerfile', {
      triggerCharacters: ['$', '{'],
      provideCompletionItems(model, position) {
        const line = model.getLineContent(position.lineNumber);
        const slot = variableSlot(line.slice(0, position.column - 1));
        if (slot === null) return { suggestions: [] };
        const close = slot.braced && line[position.column - 1] !== '}' ? '}' : '';
        const range = {
          startLineNumber: position.lineNumber, startColumn: position.column - slot.typed.length,
          endLineNumber: position.lineNumber, endColumn: position.column,
        };
        const items = variableCompletions(viewOf(model).analysis, position.lineNumber);
        return {
          suggestions: items.map((v, i) => ({
            label: { label: v.name, description: describe(v) },
            kind: v.origin === 'env' ? L.CompletionItemKind.Variable : v.origin === 'builtin' ? L.CompletionItemKind.Constant : L.CompletionItemKind.Variable,
            detail: describe(v),
            documentation: v.value === undefined ? i18next.t('language.varUnset') : i18next.t('language.varValue', { value: v.value }),
            insertText: v.name + close,
            sortText: String(i).padStart(3, '0'),
            range,
          })),
        };
      },
    }),
    L.registerDefinitionProvider('dockerfile', {
      provideDefinition(model, position) {
        const { analysis, text } = viewOf(model);
        const r = variableDefinition(analysis, text, toPosition(position));
        return r === null ? null : { uri: model.uri, range: toIRange(r) };
      },
    }),
  ];
}

function describe(v: VariableCompletion): string {
  return i18next.t(`language.varOrigin_${v.origin}`, { line: v.line ?? '' });
}
