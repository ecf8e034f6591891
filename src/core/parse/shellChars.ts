/**
 * Character classes and word accumulation of BuildKit's shell lexer
 * (frontend/dockerfile/shell/lex.go: `wordsStruct`, `processName`'s classes,
 * `isSpecialParam`, `processPossibleHeredoc`'s whitespace).
 */
import { isGoSpace as goSpace } from './goStrings.ts';

// Bound once: under vite's SSR transform (vitest) every use of an import is a property
// read on the module object, which costs dearly in per-character loops.
const isGoSpace = goSpace;

/** `wordsStruct`: splits on unquoted Go spaces. */
export class Words {
  private word = '';
  private inWord = false;
  readonly words: string[] = [];

  addChar(ch: string): void {
    const space = ch.length === 1 && isGoSpace(ch.charCodeAt(0));
    if (space && this.inWord) {
      if (this.word.length !== 0) {
        this.words.push(this.word);
        this.word = '';
        this.inWord = false;
      }
    } else if (!space) this.addRawChar(ch);
  }

  addRawChar(ch: string): void {
    this.word += ch;
    this.inWord = true;
  }

  addString(s: string): void {
    for (const ch of s) this.addChar(ch);
  }

  addRawString(s: string): void {
    this.word += s;
    this.inWord = true;
  }

  getWords(): string[] {
    if (this.word.length > 0) {
      this.words.push(this.word);
      this.word = '';
      this.inWord = false;
    }
    return this.words;
  }
}

function isDigit(cp: number): boolean {
  return cp >= 0 && /\p{Nd}/u.test(String.fromCodePoint(cp));
}

function isLetter(cp: number): boolean {
  return cp >= 0 && /\p{L}/u.test(String.fromCodePoint(cp));
}

/** `isSpecialParam`. */
function isSpecialParam(cp: number): boolean {
  return cp === 0x40 || cp === 0x2a || cp === 0x23 || cp === 0x3f || cp === 0x2d || cp === 0x24 || cp === 0x21 || cp === 0x30;
}

/** `processPossibleHeredoc`'s `isWhitespace`. */
export function isHeredocSpace(cp: number): boolean {
  return cp === 0x20 || cp === 0x09 || cp === 0x0d || cp === 0x0a;
}

export const EOF = -1;

/** Go's `text/scanner` as the lexer uses it: `Peek`/`Next` by code point, BOM skipped. */
export class CodePointScanner {
  private pos: number;

  constructor(private readonly src: string) {
    this.pos = src.charCodeAt(0) === 0xfeff ? 1 : 0;
  }

  peek(): number {
    return this.pos < this.src.length ? (this.src.codePointAt(this.pos) ?? EOF) : EOF;
  }

  next(): number {
    const cp = this.peek();
    if (cp !== EOF) this.pos += cp > 0xffff ? 2 : 1;
    return cp;
  }
}

/** `processName`: a run of digits, one special parameter, or letters/digits/underscores. */
export function processName(scanner: CodePointScanner): string {
  let name = '';
  for (;;) {
    const ch = scanner.peek();
    if (ch === EOF) break;
    if (name === '' && isDigit(ch)) {
      while (isDigit(scanner.peek())) name += String.fromCodePoint(scanner.next());
      return name;
    }
    if (name === '' && isSpecialParam(ch)) return String.fromCodePoint(scanner.next());
    if (!isLetter(ch) && !isDigit(ch) && ch !== 0x5f) break;
    name += String.fromCodePoint(scanner.next());
  }
  return name;
}
