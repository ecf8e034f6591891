/**
 * Word splitting for `ProcessWords`: port of lex.go's `wordsStruct`.
 *
 * Since moby/buildkit#5067 (2024, fewer allocations) every `wordsStruct`
 * writes into ONE buffer owned by the `shellWord` (`sw.wordsBuffer`), and
 * `processStopOn` resets that buffer when it starts. A nested `processStopOn`
 * (the word of `${V:-word}`, `${V#p}`, `${V/p/r}`…) therefore wipes the text
 * the outer call had collected for its current word: BuildKit's
 * `ProcessWords("hello${x:-a}")` is `["a"]`, not `["helloa"]`. `ProcessWord`
 * (the joined result) is unaffected. We keep the behaviour on purpose.
 */
import { isSpace, runeString } from './unicode.ts';

/** Go's `strings.Builder` shared by all the `wordsStruct`s of one run. */
export interface SharedBuffer {
  text: string;
}

export class WordsCollector {
  private readonly words: string[] = [];
  private inWord = false;

  constructor(private readonly buf: SharedBuffer) {}

  /** `wordsStruct.addChar`: whitespace ends the current word, other characters extend it. */
  addChar(ch: number): void {
    const space = isSpace(ch);
    if (space && this.inWord) {
      if (this.buf.text.length !== 0) {
        this.words.push(this.buf.text);
        this.buf.text = '';
        this.inWord = false;
      }
    } else if (!space) {
      this.addRawChar(ch);
    }
  }

  /** `wordsStruct.addRawChar`: an escaped or quoted character, never a separator. */
  addRawChar(ch: number): void {
    this.buf.text += runeString(ch);
    this.inWord = true;
  }

  /**
   * `wordsStruct.addString`: expanded text ($VAR) is split on whitespace, as
   * if each character went through `addChar`. Runs without whitespace are
   * appended in one piece (same effect, far fewer string operations).
   */
  addString(str: string): void {
    let runStart = 0;
    let i = 0;
    while (i < str.length) {
      const cp = str.codePointAt(i) ?? 0;
      const width = cp > 0xffff ? 2 : 1;
      if (isSpace(cp)) {
        if (i > runStart) this.addRawString(str.slice(runStart, i));
        this.addChar(cp);
        runStart = i + width;
      }
      i += width;
    }
    if (str.length > runStart) this.addRawString(str.slice(runStart));
  }

  /**
   * `wordsStruct.addRawString`: quoted text is never split. An empty quoted
   * string marks a word as started but, having no characters, never yields one.
   */
  addRawString(str: string): void {
    this.buf.text += str;
    this.inWord = true;
  }

  /** `wordsStruct.getWords`: flush the pending word (if non-empty) and return all words. */
  getWords(): string[] {
    if (this.buf.text.length > 0) {
      this.words.push(this.buf.text);
      this.buf.text = '';
      this.inWord = false;
    }
    return this.words;
  }
}
