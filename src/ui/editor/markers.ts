/** Diagnostics → Monaco markers: the one place core ranges meet Monaco's (both 1-based). */
import type { editor } from 'monaco-editor/editor';
import { MarkerSeverity } from 'monaco-editor/editor';
import type { Diagnostic, Range } from '../../core/model.ts';

const SEVERITY = { error: MarkerSeverity.Error, warning: MarkerSeverity.Warning, info: MarkerSeverity.Info } as const;

/** A core range as Monaco wants it; an empty range widens to the whole line so it stays visible. */
export function toMonacoRange(model: editor.ITextModel, r: Range) {
  const lastLine = model.getLineCount();
  const startLine = Math.min(Math.max(1, r.start.line), lastLine);
  const endLine = Math.min(Math.max(startLine, r.end.line), lastLine);
  const empty = startLine === endLine && r.end.column <= r.start.column;
  return {
    startLineNumber: startLine,
    startColumn: empty ? 1 : r.start.column,
    endLineNumber: endLine,
    endColumn: empty ? model.getLineMaxColumn(endLine) : Math.min(r.end.column, model.getLineMaxColumn(endLine)),
  };
}

export function toMarkers(
  model: editor.ITextModel,
  diagnostics: readonly Diagnostic[],
  message: (d: Diagnostic) => string,
): editor.IMarkerData[] {
  return diagnostics.map((d) => ({
    ...toMonacoRange(model, d.range),
    severity: SEVERITY[d.severity],
    message: message(d),
    code: d.code,
    source: 'stagecraft',
  }));
}
