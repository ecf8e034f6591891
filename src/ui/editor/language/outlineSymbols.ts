/** The outline and breadcrumbs (document symbols) from the engine: core/editor/symbols.ts. */
import type * as Monaco from 'monaco-editor/editor';
import { outline, type OutlineSymbol } from '../../../core/editor/symbols.ts';
import { tooLargeForAutomatic, toIRange, viewOf } from './engine.ts';

export function registerOutlineSymbols(monaco: typeof Monaco): Monaco.IDisposable {
  const K = monaco.languages.SymbolKind;
  const convert = (s: OutlineSymbol): Monaco.languages.DocumentSymbol => ({
    name: s.name, detail: s.detail, tags: [],
    kind: s.kind === 'stage' ? K.Module : s.kind === 'env' ? K.Property : K.Variable,
    range: toIRange(s.range), selectionRange: toIRange(s.selectionRange),
    children: s.children.map(convert),
  });
  return monaco.languages.registerDocumentSymbolProvider('dockerfile', {
    displayName: 'Stagecraft',
    provideDocumentSymbols(model) {
      if (tooLargeForAutomatic(model)) return [];
      const { analysis, text } = viewOf(model);
      return outline(analysis, text).map(convert);
    },
  });
}
