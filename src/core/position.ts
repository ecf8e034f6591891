/**
 * The one place where positions change base.
 *
 * The core counts lines and columns from 1 (BuildKit, the CLI and Monaco all do).
 * Anything 0-based (string offsets, array indexes of lines, LSP-style ranges)
 * is converted here and nowhere else.
 */
import type { Position, Range } from './model.ts';

/** 0-based line index and 0-based column offset → core position. */
export function fromZeroBased(lineIndex: number, columnOffset: number): Position {
  return { line: lineIndex + 1, column: columnOffset + 1 };
}

/** A range over a single line, from 0-based column offsets [startCol, endCol). */
export function lineSpan(lineIndex: number, startCol: number, endCol: number): Range {
  return { start: fromZeroBased(lineIndex, startCol), end: fromZeroBased(lineIndex, endCol) };
}

/** A range covering whole lines, given 0-based first/last line indexes and the last line's length. */
export function linesSpan(firstIndex: number, lastIndex: number, lastLength: number): Range {
  return { start: fromZeroBased(firstIndex, 0), end: fromZeroBased(lastIndex, lastLength) };
}

/** Core position → 0-based { lineIndex, columnOffset } (for code that indexes arrays of lines). */
export function toZeroBased(p: Position): { lineIndex: number; columnOffset: number } {
  return { lineIndex: p.line - 1, columnOffset: p.column - 1 };
}

/** A range that covers a whole 1-based line, columns unknown. */
export function wholeLine(line: number): Range {
  return { start: { line, column: 1 }, end: { line, column: 1 } };
}

/** A range between two 0-based (line index, column offset) points; `end` exclusive in columns. */
export function spanFromZeroBased(startLine: number, startCol: number, endLine: number, endCol: number): Range {
  return { start: fromZeroBased(startLine, startCol), end: fromZeroBased(endLine, endCol) };
}
