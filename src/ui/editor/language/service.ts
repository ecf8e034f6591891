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
// The service's parts, not its factory: the factory pulls in hover and completion docs, semantic
// tokens, the validator and a Docker Hub client (Node's https) that the page never uses (60 KB
// gzipped instead of 35: the app's JavaScript budget is 300 KB).
import { DockerAssist } from 'dockerfile-language-service/lib/dockerAssist.js';
import { DockerFolding } from 'dockerfile-language-service/lib/dockerFolding.js';
import type { DockerRegistryClient } from 'dockerfile-language-service/lib/dockerRegistryClient.js';
import { DockerSignatures } from 'dockerfile-language-service/lib/dockerSignatures.js';
import { DockerFormatter } from 'dockerfile-utils/lib/dockerFormatter.js';
import type * as Monaco from 'monaco-editor/editor';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { flagSlot } from '../../../core/editor/completeFlags.ts';
import { completionSlot } from '../../../core/editor/completeStages.ts';
import { variableSlot } from '../../../core/editor/variables.ts';
import { registerFormatOnPaste } from './formatOnPaste.ts';
import { serviceWindow } from '../../../core/editor/window.ts';
import { tooLargeForAutomatic } from './engine.ts';
import { toLspPosition, toLspRange, toSuggestion, toTextEdits } from './lsp.ts';

const FROM_LINE = /^\s*from\b/i;

/** Image tags are never looked up (the page stays offline); FROM lines are the engine's anyway. */
const NO_REGISTRY = { getTags: () => Promise.resolve([]) } as unknown as DockerRegistryClient;
const CAPABILITIES = { snippetSupport: true, documentationFormat: ['markdown' as const], deprecatedSupport: true };

const documentOf = (model: Monaco.editor.ITextModel): TextDocument => TextDocument.create('', '', 0, model.getValue());
/** What completion and signature help at `position` depend on (core/editor/window.ts): large files are cut to a window. */
const windowOf = (model: Monaco.editor.ITextModel, position: Monaco.Position): string => serviceWindow(model.getLinesContent(), position.lineNumber);

export function registerLanguageService(monaco: typeof Monaco): Monaco.IDisposable[] {
  const formatter = new DockerFormatter();
  const formatting = (options: Monaco.languages.FormattingOptions) => ({ tabSize: options.tabSize, insertSpaces: options.insertSpaces });
  const L = monaco.languages;
  return [
    ...registerFormatOnPaste(monaco),
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
        const items = await new DockerAssist(TextDocument.create('', '', 0, windowOf(model, position)), NO_REGISTRY, CAPABILITIES).computeProposals(toLspPosition(position));
        return { suggestions: items.map((item) => toSuggestion(monaco, item, fallback)) };
      },
    }),
    L.registerSignatureHelpProvider('dockerfile', {
      signatureHelpTriggerCharacters: [' ', '=', ','],
      signatureHelpRetriggerCharacters: [' '],
      provideSignatureHelp(model, position) {
        const help = new DockerSignatures().computeSignatures(windowOf(model, position), toLspPosition(position));
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
        if (tooLargeForAutomatic(model)) return [];
        return new DockerFolding().computeFoldingRanges(model.getValue(), false, Number.MAX_SAFE_INTEGER).map((r) => ({
          start: r.startLine + 1, end: r.endLine + 1,
          kind: r.kind === 'comment' ? L.FoldingRangeKind.Comment : undefined,
        }));
      },
    }),
    L.registerDocumentFormattingEditProvider('dockerfile', {
      provideDocumentFormattingEdits(model, options) {
        return toTextEdits(formatter.formatDocument(documentOf(model), formatting(options)));
      },
    }),
    L.registerDocumentRangeFormattingEditProvider('dockerfile', {
      provideDocumentRangeFormattingEdits(model, range, options) {
        return toTextEdits(formatter.formatRange(documentOf(model), toLspRange(range), formatting(options)));
      },
    }),
  ];
}
