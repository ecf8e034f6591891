/**
 * Go to definition (F12, Ctrl+click) and find all references (Shift+F12) of stages, from the
 * engine (core/editor/stageRefs.ts): exactly the stage BuildKit would use at each place.
 */
import type * as Monaco from 'monaco-editor/editor';
import { definitionAt, occurrenceAt, referencesTo } from '../../../core/editor/stageRefs.ts';
import { tooLargeForAutomatic, toIRange, toPosition, viewOf } from './engine.ts';

export function registerStageNavigation(monaco: typeof Monaco): Monaco.IDisposable[] {
  return [
    monaco.languages.registerDefinitionProvider('dockerfile', {
      provideDefinition(model, position) {
        const d = definitionAt(viewOf(model).index, toPosition(position));
        return d === null ? null : { uri: model.uri, range: toIRange(d.range) };
      },
    }),
    monaco.languages.registerReferenceProvider('dockerfile', {
      provideReferences(model, position, context) {
        const { index } = viewOf(model);
        const o = occurrenceAt(index, toPosition(position));
        if (o === null || o.resolved.kind !== 'stage') return null;
        return referencesTo(index, o.resolved.stage, context.includeDeclaration).map((r) => ({ uri: model.uri, range: toIRange(r.range) }));
      },
    }),
    monaco.languages.registerDocumentHighlightProvider('dockerfile', {
      provideDocumentHighlights(model, position) {
        if (tooLargeForAutomatic(model)) return null;
        const { index } = viewOf(model);
        const o = occurrenceAt(index, toPosition(position));
        if (o === null || o.resolved.kind !== 'stage') return null;
        return referencesTo(index, o.resolved.stage, true).map((r) => ({
          range: toIRange(r.range),
          kind: r.kind === 'name' ? monaco.languages.DocumentHighlightKind.Write : monaco.languages.DocumentHighlightKind.Read,
        }));
      },
    }),
  ];
}
