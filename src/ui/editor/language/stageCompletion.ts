/**
 * Completion of stage names after `FROM ` / `--from=` / `from=` (with the index form and what
 * each stage is) and of image names from the bundled catalog (core/editor/completeStages.ts).
 */
import i18next from 'i18next';
import type * as Monaco from 'monaco-editor/editor';
import { completionSlot, stageCompletions, type StageCompletion } from '../../../core/editor/completeStages.ts';
import { viewOf } from './engine.ts';

export function registerStageCompletion(monaco: typeof Monaco): Monaco.IDisposable {
  const Kind = monaco.languages.CompletionItemKind;
  return monaco.languages.registerCompletionItemProvider('dockerfile', {
    triggerCharacters: ['=', ' '],
    provideCompletionItems(model, position) {
      const before = model.getLineContent(position.lineNumber).slice(0, position.column - 1);
      const slot = completionSlot(before);
      if (slot === null) return { suggestions: [] };
      const { analysis } = viewOf(model);
      const range = {
        startLineNumber: position.lineNumber, startColumn: position.column - slot.typed.length,
        endLineNumber: position.lineNumber, endColumn: position.column,
      };
      const items = stageCompletions(analysis, slot.slot, position.lineNumber);
      return {
        suggestions: items.map((c, i) => ({
          label: { label: c.label, description: describe(c, analysis.stages[c.kind === 'stage' ? c.stage : -1]?.displayName) },
          kind: c.kind === 'stage' ? Kind.Reference : c.kind === 'scratch' ? Kind.Constant : Kind.Module,
          insertText: c.label,
          detail: describe(c, analysis.stages[c.kind === 'stage' ? c.stage : -1]?.displayName),
          // Stages first, in file order; then scratch, then images.
          sortText: String(i).padStart(4, '0'),
          range,
        })),
      };
    },
  });
}

function describe(c: StageCompletion, name: string | undefined): string {
  if (c.kind === 'scratch') return i18next.t('language.completeScratch');
  if (c.kind === 'image') return c.description ? i18next.t('language.completeImage', { description: c.description }) : i18next.t('language.completeImagePlain');
  return c.byIndex
    ? i18next.t('language.completeStageIndex', { index: c.stage, name: name ?? '', image: c.image })
    : i18next.t('language.completeStage', { index: c.stage, image: c.image });
}
