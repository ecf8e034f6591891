/**
 * The engine's view of a Monaco model, for the editor's language features: the analysis and
 * the stage index of the model's current text, computed on demand and kept for one version
 * of the model (a completion, a jump and a rename at the same version share one analysis).
 */
import type { editor, IRange } from 'monaco-editor/editor';
import { analyze } from '../../../core/analyze/analyze.ts';
import { indexStages, type StageIndex } from '../../../core/editor/stageRefs.ts';
import type { Analysis, Position, Range } from '../../../core/model.ts';

export interface ModelView {
  readonly text: string;
  readonly analysis: Analysis;
  readonly index: StageIndex;
}

/**
 * Above this many characters the features Monaco asks for by itself on every change (folding,
 * outline, occurrence highlights, quick fixes) answer nothing: each would parse or analyse the whole
 * text on the main thread, and a pasted 5 MB file must keep the page responsive. What the person asks
 * for explicitly (F12, F2, completion, Format Document) still works.
 */
export const AUTOMATIC_FEATURES_LIMIT = 256 * 1024;
export const tooLargeForAutomatic = (model: editor.ITextModel): boolean => model.getValueLength() > AUTOMATIC_FEATURES_LIMIT;

const cache = new WeakMap<editor.ITextModel, { version: number; view: ModelView }>();

export function viewOf(model: editor.ITextModel): ModelView {
  const version = model.getVersionId();
  const hit = cache.get(model);
  if (hit && hit.version === version) return hit.view;
  const text = model.getValue();
  const analysis = analyze(text);
  const view = { text, analysis, index: indexStages(analysis, text) };
  cache.set(model, { version, view });
  return view;
}

/** Core and Monaco both count lines and columns from 1: only the field names differ. */
export const toIRange = (r: Range): IRange => ({
  startLineNumber: r.start.line, startColumn: r.start.column, endLineNumber: r.end.line, endColumn: r.end.column,
});

export const toPosition = (p: { lineNumber: number; column: number }): Position => ({ line: p.lineNumber, column: p.column });
