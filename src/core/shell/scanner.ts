/**
 * The subset of Go's `text/scanner.Scanner` that lex.go uses: `Peek` and
 * `Next`, one code point at a time, with no tokenising.
 */
import { EOF, codePoints } from './unicode.ts';

const BOM = 0xfeff;

export class RuneScanner {
  private readonly runes: readonly number[];
  private pos = 0;
  private started = false;

  constructor(text: string) {
    this.runes = codePoints(text);
  }

  /**
   * `Scanner.Peek`. On the very first read, text/scanner drops one leading
   * byte-order mark (U+FEFF), so a word or pattern that starts with a BOM
   * loses it. Later BOMs are kept.
   */
  peek(): number {
    if (!this.started) {
      this.started = true;
      if (this.runes[0] === BOM) this.pos = 1;
    }
    return this.runes[this.pos] ?? EOF;
  }

  /** `Scanner.Next`: the current code point (or EOF), then advance. */
  next(): number {
    const ch = this.peek();
    if (ch !== EOF) this.pos++;
    return ch;
  }
}
