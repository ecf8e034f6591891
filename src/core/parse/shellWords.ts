/**
 * The slice of BuildKit's shell lexer (frontend/dockerfile/shell/lex.go) that the
 * parser uses to find heredocs: `Lex.ProcessWords` with escape token `\`,
 * `SkipUnsetEnv = true` and an empty environment (parser.go `heredocsFromLine`,
 * `heredocFromMatch`).
 *
 * With no variable set and `SkipUnsetEnv`, every `$name`, `${name}`,
 * `${name<mod>word}` and `${name/pattern/replacement}` is written back literally
 * (after lexing `word`), so only the lexer's word splitting and its errors matter.
 *
 * Invariants:
 * - Works on code points (Go runes); a leading BOM is skipped, as text/scanner does.
 * - `<<` followed by spaces, tabs or CRs stays one word with what follows
 *   (`processPossibleHeredoc`, BuildKit ≥ 0.22), so `<< EOF` is one word.
 * - Errors are thrown as `ShellLexError` and must be caught by the caller.
 * - `${` nesting deeper than MAX_DEPTH is reported as an error instead of risking the
 *   JavaScript stack (Go would go on; no real Dockerfile nests that deep).
 */
import { CodePointScanner, EOF, isHeredocSpace, processName, Words } from './shellChars.ts';

export class ShellLexError extends Error {}

export interface LexOptions {
  readonly rawQuotes: boolean;
  readonly rawEscapes: boolean;
}

const ESCAPE = 0x5c; // NewLex('\\')
const MAX_DEPTH = 500;

class ShellWord {
  private readonly scanner: CodePointScanner;
  private rawEscapes: boolean;
  private depth = 0;

  constructor(
    src: string,
    private readonly rawQuotes: boolean,
    rawEscapes: boolean,
  ) {
    this.scanner = new CodePointScanner(src);
    this.rawEscapes = rawEscapes;
  }

  /** `processStopOn(stopChar, rawEscapes)`: returns the text and its words. */
  processStopOn(stopChar: number, rawEscapes: boolean): { result: string; words: string[] } {
    const saved = this.rawEscapes;
    this.rawEscapes = rawEscapes;
    try {
      let result = '';
      const words = new Words();
      while (this.scanner.peek() !== EOF) {
        let ch = this.scanner.peek();
        if (stopChar !== EOF && ch === stopChar) {
          this.scanner.next();
          return { result, words: words.getWords() };
        }
        if (ch === 0x24 /* $ */) {
          const tmp = this.processDollar();
          result += tmp;
          words.addString(tmp);
          continue;
        }
        if (ch === 0x3c /* < */ || ch === 0x27 || ch === 0x22) {
          const tmp = ch === 0x3c ? this.processPossibleHeredoc() : ch === 0x27 ? this.singleQuote() : this.doubleQuote();
          result += tmp;
          words.addRawString(tmp);
          continue;
        }
        ch = this.scanner.next();
        if (ch === ESCAPE) {
          if (this.rawEscapes) {
            words.addRawChar('\\');
            result += '\\';
          }
          // the escape token escapes the next character, except at the end
          ch = this.scanner.next();
          if (ch === EOF) break;
          words.addRawChar(String.fromCodePoint(ch));
        } else {
          words.addChar(String.fromCodePoint(ch));
        }
        result += String.fromCodePoint(ch);
      }
      if (stopChar !== EOF) {
        throw new ShellLexError(
          `unexpected end of statement while looking for matching ${String.fromCodePoint(stopChar)}`,
        );
      }
      return { result, words: words.getWords() };
    } finally {
      this.rawEscapes = saved;
    }
  }

  private singleQuote(): string {
    let result = '';
    const open = this.scanner.next();
    if (this.rawQuotes) result += String.fromCodePoint(open);
    for (;;) {
      const ch = this.scanner.next();
      if (ch === EOF) throw new ShellLexError('unexpected end of statement while looking for matching single-quote');
      if (ch === 0x27) {
        if (this.rawQuotes) result += "'";
        return result;
      }
      result += String.fromCodePoint(ch);
    }
  }

  private doubleQuote(): string {
    let result = '';
    const open = this.scanner.next();
    if (this.rawQuotes) result += String.fromCodePoint(open);
    for (;;) {
      const p = this.scanner.peek();
      if (p === EOF) throw new ShellLexError('unexpected end of statement while looking for matching double-quote');
      if (p === 0x22) {
        this.scanner.next();
        if (this.rawQuotes) result += '"';
        return result;
      }
      if (p === 0x24) {
        result += this.processDollar();
        continue;
      }
      let ch = this.scanner.next();
      if (ch === ESCAPE) {
        if (this.rawEscapes) result += '\\';
        const after = this.scanner.peek();
        if (after === EOF) continue; // ignore \ at end of word
        if (after === 0x22 || after === 0x24 || after === ESCAPE) ch = this.scanner.next();
      }
      result += String.fromCodePoint(ch);
    }
  }

  /** `processDollar` with SkipUnsetEnv and no variables: the reference, re-written. */
  private processDollar(): string {
    this.scanner.next();
    if (this.scanner.peek() !== 0x7b /* { */) {
      const name = processName(this.scanner);
      return name === '' ? '$' : '$' + name;
    }
    this.scanner.next();
    const first = this.scanner.peek();
    if (first === EOF) throw new ShellLexError("syntax error: missing '}'");
    if (first === 0x7b || first === 0x7d || first === 0x3a) throw new ShellLexError('syntax error: bad substitution');
    const name = processName(this.scanner);
    let ch = this.scanner.next();
    let chs = ch === EOF ? '\uFFFD' : String.fromCodePoint(ch);
    if (ch === 0x7d /* } */) return '${' + name + '}';
    if (++this.depth > MAX_DEPTH) throw new ShellLexError('substitutions nested too deeply');
    try {
      if (ch === 0x3a /* : */) {
        ch = this.scanner.next();
        chs += ch === EOF ? '\uFFFD' : String.fromCodePoint(ch);
      } else if (ch === 0x2f /* / */) {
        return this.processReplace(name);
      } else if (!(ch === 0x2b || ch === 0x2d || ch === 0x3f || ch === 0x23 || ch === 0x25)) {
        throw new ShellLexError(`unsupported modifier (${chs}) in substitution`);
      }
      const word = this.stopOnBrace(0x7d, ch === 0x23 || ch === 0x25, "syntax error: missing '}'");
      return '${' + name + chs + word + '}';
    } finally {
      this.depth--;
    }
  }

  /** `${name/pattern/replacement}` and `${name//pattern/replacement}` (one `/` is lost). */
  private processReplace(name: string): string {
    if (this.scanner.peek() === 0x2f) this.scanner.next();
    const pattern = this.stopOnBrace(0x2f, true, "syntax error: missing '/' in ${}");
    const replacement = this.stopOnBrace(0x7d, true, "syntax error: missing '}'");
    return '${' + name + '/' + pattern + '/' + replacement + '}';
  }

  private stopOnBrace(stop: number, rawEscapes: boolean, atEof: string): string {
    try {
      return this.processStopOn(stop, rawEscapes).result;
    } catch (e) {
      if (this.scanner.peek() === EOF) throw new ShellLexError(atEof);
      throw e;
    }
  }

  /** `processPossibleHeredoc`: `<<` keeps the whitespace that follows it. */
  private processPossibleHeredoc(): string {
    this.scanner.next();
    if (this.scanner.peek() !== 0x3c) return '<';
    this.scanner.next();
    let space = '';
    while (isHeredocSpace(this.scanner.peek())) space += String.fromCodePoint(this.scanner.next());
    return '<<' + space;
  }
}

/** `Lex.ProcessWords(word, emptyEnv)`; throws ShellLexError where Go returns an error. */
export function processWords(input: string, options: LexOptions): string[] {
  return new ShellWord(input, options.rawQuotes, options.rawEscapes).processStopOn(EOF, options.rawEscapes).words;
}
