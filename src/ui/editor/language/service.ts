/**
 * rcjsuen's dockerfile-language-service in Monaco, loaded lazily (see index.ts): completion of
 * instructions with snippets, signature help, folding and formatting (Format Document, format
 * selection and on paste; the service formats through dockerfile-utils' formatter).
 *
 * The service itself runs in a Web Worker (service.worker.ts, one per page, started when this
 * chunk loads), as editors run language servers: its parsing never blocks typing. This side only
 * converts between Monaco and LSP (lsp.ts) and asks (serviceClient.ts); it never imports the
 * service's packages. Completion and signature help send the cursor's window of a large file
 * (core/editor/window.ts), which also keeps the messages small. Without the worker (it failed to
 * start or died) these providers answer nothing and the editor goes on without them.
 *
 * What it does not do here: its diagnostics (ours are BuildKit's), hover (the page's own), the
 * outline (it names entries by keyword; outlineSymbols.ts), flags (flagCompletion.ts),
 * definition / references / rename of stages and completion after FROM / --from= / from=
 * (it looks stages up case-insensitively everywhere; the engine follows BuildKit, see
 * stageNavigation.ts, stageRename.ts, stageCompletion.ts).
 */
import type * as Monaco from 'monaco-editor/editor';
import { flagSlot } from '../../../core/editor/completeFlags.ts';
import { completionSlot } from '../../../core/editor/completeStages.ts';
import { variableSlot } from '../../../core/editor/variables.ts';
import { serviceWindow } from '../../../core/editor/window.ts';
import { tooLargeForAutomatic } from './engine.ts';
import { registerFormatOnPaste } from './formatOnPaste.ts';
import { toLspPosition, toLspRange, toSuggestion, toTextEdits } from './lsp.ts';
import { ServiceClient } from './serviceClient.ts';
import type { CompletionCapabilities, FormatOptions } from './serviceProtocol.ts';

type Hooks = { __stagecraftServiceWorker?: { readonly stopped: () => boolean } };

const FROM_LINE = /^\s*from\b/i;
const CAPABILITIES: CompletionCapabilities = { snippetSupport: true, documentationFormat: ['markdown'], deprecatedSupport: true };

/** What completion and signature help at `position` depend on (core/editor/window.ts): large files are cut to a window. */
const windowOf = (model: Monaco.editor.ITextModel, position: Monaco.Position): string => serviceWindow(model.getLinesContent(), position.lineNumber);
const formatting = (options: Monaco.languages.FormattingOptions): FormatOptions => ({ tabSize: options.tabSize, insertSpaces: options.insertSpaces });
const markdown = (doc: string | { value: string } | undefined): string | undefined => (typeof doc === 'string' ? doc : doc?.value);

export function registerLanguageService(monaco: typeof Monaco): Monaco.IDisposable[] {
  const service = new ServiceClient(() => new Worker(new URL('./service.worker.ts', import.meta.url), { type: 'module' }));
  service.open();
  // Test hook: e2e checks that the editor goes on without a worker that failed.
  (globalThis as Hooks).__stagecraftServiceWorker = { stopped: () => service.stopped };
  const L = monaco.languages;
  return [
    ...registerFormatOnPaste(monaco),
    L.registerCompletionItemProvider('dockerfile', {
      triggerCharacters: ['-', '=', ',', ' ', '$', '{'],
      async provideCompletionItems(model, position, _context, token) {
        const line = model.getLineContent(position.lineNumber);
        // FROM lines, stage slots, flags and variables belong to the engine (BuildKit's lookups and
        // scoping, the catalog; never the service's registry look-ups).
        const before = line.slice(0, position.column - 1);
        if (FROM_LINE.test(line) || completionSlot(before) || flagSlot(before) || variableSlot(before)) return { suggestions: [] };
        const word = model.getWordUntilPosition(position);
        const fallback = { startLineNumber: position.lineNumber, startColumn: word.startColumn, endLineNumber: position.lineNumber, endColumn: word.endColumn };
        const items = await service.request({ kind: 'completion', text: windowOf(model, position), position: toLspPosition(position), capabilities: CAPABILITIES }, token);
        return { suggestions: (items ?? []).map((item) => toSuggestion(monaco, item, fallback)) };
      },
    }),
    L.registerSignatureHelpProvider('dockerfile', {
      signatureHelpTriggerCharacters: [' ', '=', ','],
      signatureHelpRetriggerCharacters: [' '],
      async provideSignatureHelp(model, position, token) {
        const help = await service.request({ kind: 'signatureHelp', text: windowOf(model, position), position: toLspPosition(position) }, token);
        if (!help || help.signatures.length === 0) return null;
        const signatures = help.signatures.map((s) => ({
          label: s.label,
          documentation: markdown(s.documentation),
          parameters: (s.parameters ?? []).map((p) => ({ label: p.label, documentation: markdown(p.documentation) })),
        }));
        return { value: { signatures, activeSignature: help.activeSignature ?? 0, activeParameter: help.activeParameter ?? 0 }, dispose: () => undefined };
      },
    }),
    L.registerFoldingRangeProvider('dockerfile', {
      async provideFoldingRanges(model, _context, token) {
        if (tooLargeForAutomatic(model)) return [];
        const ranges = await service.request({ kind: 'folding', text: model.getValue() }, token);
        return (ranges ?? []).map((r) => ({
          start: r.startLine + 1, end: r.endLine + 1,
          kind: r.kind === 'comment' ? L.FoldingRangeKind.Comment : undefined,
        }));
      },
    }),
    L.registerDocumentFormattingEditProvider('dockerfile', {
      async provideDocumentFormattingEdits(model, options, token) {
        return toTextEdits((await service.request({ kind: 'format', text: model.getValue(), options: formatting(options) }, token)) ?? []);
      },
    }),
    L.registerDocumentRangeFormattingEditProvider('dockerfile', {
      async provideDocumentRangeFormattingEdits(model, range, options, token) {
        const edits = await service.request({ kind: 'formatRange', text: model.getValue(), range: toLspRange(range), options: formatting(options) }, token);
        return toTextEdits(edits ?? []);
      },
    }),
    { dispose: () => service.dispose() },
  ];
}
