/**
 * rcjsuen's dockerfile-language-service in Monaco, loaded lazily (see index.ts): completion of
 * instructions with snippets, signature help, folding and formatting (Format Document, format
 * selection and on paste; the service formats through dockerfile-utils' formatter).
 *
 * What it does not do here: its diagnostics (ours are BuildKit's), hover (the page's own), the
 * outline (it names entries by keyword; outlineSymbols.ts), flags (flagCompletion.ts),
 * definition / references / rename of stages and completion after FROM / --from= / from=
 * (it looks stages up case-insensitively everywhere; the engine follows BuildKit, see
 * stageNavigation.ts, stageRename.ts, stageCompletion.ts).
 */
import './bufferShim.ts';
import { DockerfileLanguageServiceFactory } from 'dockerfile-language-service';
import type * as Monaco from 'monaco-editor/editor';
import { flagSlot } from '../../../core/editor/completeFlags.ts';
import { completionSlot } from '../../../core/editor/completeStages.ts';
import { variableSlot } from '../../../core/editor/variables.ts';
import { toLspPosition, toLspRange, toSuggestion, toTextEdits } from './lsp.ts';

const FROM_LINE = /^\s*from\b/i;

export function registerLanguageService(monaco: typeof Monaco): Monaco.IDisposable[] {
  const service = DockerfileLanguageServiceFactory.createLanguageService();
  service.setCapabilities({
    completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown'], deprecatedSupport: true } },
    foldingRange: { lineFoldingOnly: false },
  });
  const uri = (model: Monaco.editor.ITextModel) => ({ uri: model.uri.toString() });
  const formatting = (options: Monaco.languages.FormattingOptions) => ({ tabSize: options.tabSize, insertSpaces: options.insertSpaces });
  const L = monaco.languages;
  return [
    L.registerCompletionItemProvider('dockerfile', {
      triggerCharacters: ['-', '=', ',', ' ', '$', '{'],
      async provideCompletionItems(model, position) {
        const line = model.getLineContent(position.lineNumber);
        // FROM lines, stage slots, flags and variables belong to the engine (BuildKit's lookups and
        // scoping, the catalog; never the service's registry look-ups).
        const before = line.slice(0, position.column - 1);
        if (FROM_LINE.test(line) || completionSlot(before) || flagSlot(before) || variableSlot(before)) return { suggestions: [] };
        const word = model.getWordUntilPosition(position);
        const fallback = { startLineNumber: position.lineNumber, startColumn: word.startColumn, endLineNumber: position.lineNumber, endColumn: word.endColumn };
        const items = await service.computeCompletionItems(model.getValue(), toLspPosition(position));
        return { suggestions: items.map((item) => toSuggestion(monaco, service.resolveCompletionItem(item), fallback)) };
      },
    }),
    L.registerSignatureHelpProvider('dockerfile', {
      signatureHelpTriggerCharacters: [' ', '=', ','],
      signatureHelpRetriggerCharacters: [' '],
      provideSignatureHelp(model, position) {
        const help = service.computeSignatureHelp(model.getValue(), toLspPosition(position));
        if (!help || help.signatures.length === 0) return null;
        const signatures = help.signatures.map((s) => ({
          label: s.label,
          documentation: typeof s.documentation === 'string' ? s.documentation : s.documentation?.value,
          parameters: (s.parameters ?? []).map((p) => ({
            label: p.label,
            documentation: typeof p.documentation === 'string' ? p.documentation : p.documentation?.value,
          })),
        }));
        return { value: { signatures, activeSignature: help.activeSignature ?? 0, activeParameter: help.activeParameter ?? 0 }, dispose: () => undefined };
      },
    }),
    L.registerFoldingRangeProvider('dockerfile', {
      provideFoldingRanges(model) {
        return service.computeFoldingRanges(model.getValue()).map((r) => ({
          start: r.startLine + 1, end: r.endLine + 1,
          kind: r.kind === 'comment' ? L.FoldingRangeKind.Comment : undefined,
        }));
      },
    }),
    L.registerDocumentFormattingEditProvider('dockerfile', {
      provideDocumentFormattingEdits(model, options) {
        return toTextEdits(service.format(model.getValue(), formatting(options)));
      },
    }),
    L.registerDocumentRangeFormattingEditProvider('dockerfile', {
      provideDocumentRangeFormattingEdits(model, range, options) {
        return toTextEdits(service.formatRange(model.getValue(), toLspRange(range), formatting(options)));
      },
    }),
  ];
}
