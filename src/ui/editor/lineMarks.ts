/** Whole-line marks other views put on the graph file (the build player's running and re-run steps). */
import type { editor } from 'monaco-editor/editor';

export interface LineMark {
  readonly line: number;
  /** CSS class on the whole line (and `${className}-bar` in the gutter). */
  readonly className: string;
  /** Plain text shown on hover. */
  readonly hover?: string;
}

/** Markdown-escapes plain text for a hover message. */
function plain(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&');
}

export function toDecorations(marks: readonly LineMark[], lineCount: number): editor.IModelDeltaDecoration[] {
  return marks
    .filter((m) => m.line >= 1 && m.line <= lineCount)
    .map((m) => ({
      range: { startLineNumber: m.line, startColumn: 1, endLineNumber: m.line, endColumn: 1 },
      options: {
        isWholeLine: true,
        className: m.className,
        linesDecorationsClassName: `${m.className}-bar`,
        ...(m.hover ? { hoverMessage: { value: plain(m.hover) } } : {}),
      },
    }));
}
