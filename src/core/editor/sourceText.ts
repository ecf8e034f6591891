/**
 * Finds words of an instruction in the source text. The parser gives every instruction and
 * flag a range but not the range of each argument word; editor features need the exact span
 * of a stage name (to jump to it, to rename it), so they look the word up inside the range
 * the parser gave. Lines and columns are the model's (1-based, columns in UTF-16 units).
 */
import type { Position, Range } from '../model.ts';

export class SourceText {
  readonly lines: readonly string[];

  constructor(text: string) {
    this.lines = text.split(/\r\n|\r|\n/);
  }

  /**
   * The first occurrence of `word` at or after `from` and before `to`, standing as a whole
   * word (`=`, `,`, blanks, quotes or the line's ends around it), or null.
   */
  find(word: string, from: Position, to: Position, boundary: RegExp = /[\s=,"']/): Range | null {
    if (word === '') return null;
    for (let line = from.line; line <= to.line && line <= this.lines.length; line++) {
      const text = this.lines[line - 1] ?? '';
      const startCol = line === from.line ? from.column - 1 : 0;
      const endCol = line === to.line ? Math.min(to.column - 1, text.length) : text.length;
      let at = text.indexOf(word, startCol);
      while (at >= 0 && at + word.length <= endCol) {
        const before = at === 0 ? ' ' : (text[at - 1] ?? ' ');
        const after = text[at + word.length] ?? ' ';
        if (boundary.test(before) && boundary.test(after)) {
          return { start: { line, column: at + 1 }, end: { line, column: at + 1 + word.length } };
        }
        at = text.indexOf(word, at + 1);
      }
    }
    return null;
  }
}

/** True when `p` lies in `r` (end column included, so a cursor right after a word is on it). */
export function contains(r: Range, p: Position): boolean {
  if (p.line < r.start.line || p.line > r.end.line) return false;
  if (p.line === r.start.line && p.column < r.start.column) return false;
  if (p.line === r.end.line && p.column > r.end.column) return false;
  return true;
}
