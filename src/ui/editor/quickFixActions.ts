/**
 * Quick fixes for build-check findings in Monaco (light bulb, Ctrl+.): the editor's markers
 * whose code is a build-check rule get the fixes the core computes (core/checks/fixes.ts),
 * titled in the page's language. Registered once, for Dockerfiles.
 */
import i18next from 'i18next';
import type { editor, languages } from 'monaco-editor/editor';
import { analyze } from '../../core/analyze/analyze.ts';
import { quickFixes, type QuickFix } from '../../core/checks/fixes.ts';
import { ruleByName } from '../../core/checks/index.ts';
import type { Finding } from '../../core/checks/index.ts';
import { explainOptions } from '../explain/source.ts';
import { tooLargeForAutomatic } from './language/engine.ts';
import { monaco } from './monaco.ts';

function title(fix: QuickFix): string {
  const suffix = fix.kind === 'instructionCasing' ? (fix.params.casing === 'uppercase' ? 'Upper' : 'Lower') : '';
  return i18next.t(`checks.fix_${fix.kind}${suffix}`, fix.params);
}

/** A marker of ours back to the finding it shows (rule, lines, BuildKit's message). */
function findingOf(m: editor.IMarkerData): Finding | null {
  const rule = typeof m.code === 'string' ? m.code : m.code?.value;
  const info = rule === undefined ? undefined : ruleByName(rule);
  if (!info || m.source !== 'stagecraft') return null;
  return {
    ruleName: info.name, description: info.description, url: info.url, detail: m.message,
    range: { start: { line: m.startLineNumber, column: m.startColumn }, end: { line: m.endLineNumber, column: m.endColumn } },
  };
}

function toAction(model: editor.ITextModel, marker: editor.IMarkerData, fix: QuickFix, preferred: boolean): languages.CodeAction {
  return {
    title: title(fix),
    kind: 'quickfix',
    diagnostics: [marker],
    isPreferred: preferred,
    edit: {
      edits: fix.edits.map((e) => ({
        resource: model.uri,
        versionId: model.getVersionId(),
        textEdit: { range: { startLineNumber: e.range.start.line, startColumn: e.range.start.column, endLineNumber: e.range.end.line, endColumn: e.range.end.column }, text: e.text },
      })),
    },
  };
}

monaco.languages.registerCodeActionProvider('dockerfile', {
  provideCodeActions(model, _range, context) {
    const ours = context.markers.map((m) => [m, findingOf(m)] as const).filter((x): x is readonly [editor.IMarkerData, Finding] => x[1] !== null);
    if (ours.length === 0 || tooLargeForAutomatic(model)) return { actions: [], dispose: () => undefined };
    const text = model.getValue();
    const analysis = analyze(text);
    const actions = ours.flatMap(([marker, finding]) =>
      // The page's build args: with BUILDKIT_DOCKERFILE_CHECK set, the file's `# check=` directive is not read.
      quickFixes(text, analysis, finding, { buildArgs: explainOptions().buildArgs ?? {} }).map((fix, i) => toAction(model, marker, fix, i === 0 && !fix.kind.startsWith('skip'))),
    );
    return { actions, dispose: () => undefined };
  },
});
