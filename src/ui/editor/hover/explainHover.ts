/**
 * The Dockerfile hover: what is under the pointer (or the cursor, with Monaco's "Show hover",
 * Ctrl+K Ctrl+I) explained for this build. The analysis of the hovered model is made here from
 * its text and the page's options, and kept while the model's version and the options stay.
 */
import { analyze } from '../../../core/analyze/analyze.ts';
import { explainAt } from '../../../core/explain/explainAt.ts';
import { findLessons } from '../../../core/explain/lessons.ts';
import { visibleLessons } from '../../explain/lessonPrefs.ts';
import { hiding, hidingCopyLine } from '../../explain/exerciseSession.ts';
import type { Analysis, AnalyzeOptions } from '../../../core/model.ts';
import { monaco } from '../monaco.ts';
import { hoverMarkdown, lessonMarkdown } from './hoverMarkdown.ts';
import { explainOptions, onExplainSource } from '../../explain/source.ts';

let cache: { uri: string; version: number; options: AnalyzeOptions; analysis: Analysis } | null = null;
onExplainSource(() => {
  cache = null;
});

function analysisOf(model: monaco.editor.ITextModel): Analysis {
  const uri = model.uri.toString();
  const version = model.getVersionId();
  const options = explainOptions();
  if (cache && cache.uri === uri && cache.version === version && cache.options === options) return cache.analysis;
  const analysis = analyze(model.getValue(), options);
  cache = { uri, version, options, analysis };
  return analysis;
}

/** Registers the hover once for the Dockerfile language; returns its disposable. */
export function registerExplainHover(): monaco.IDisposable {
  return monaco.languages.registerHoverProvider('dockerfile', {
    provideHover(model, position) {
      const line = position.lineNumber;
      const analysis = analysisOf(model);
      const e = explainAt(analysis, line, position.column, model.getLineContent(line), explainOptions());
      // A student working out what a variable expands to does not get the value from a hover.
      if (!e || (e.subject.kind === 'variable' && hiding('expand'))) return null;
      // Nor, on the line of a "which stage does this COPY --from copy from?", which stage it is.
      if (hidingCopyLine(line)) return null;
      // On an instruction's keyword, the lessons about that line (unless dismissed or turned off).
      const lessons = e.subject.kind === 'instruction' ? visibleLessons(findLessons(analysis)).filter((l) => l.line === line) : [];
      return {
        range: new monaco.Range(e.range.start.line, e.range.start.column, e.range.end.line, e.range.end.column),
        contents: [...hoverMarkdown(e), ...lessons.map(lessonMarkdown)].map((value) => ({ value, isTrusted: false })),
      };
    },
  });
}
