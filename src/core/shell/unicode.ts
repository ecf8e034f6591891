/**
 * The pieces of Go's `unicode`, `utf8` and `string(rune)` behaviour that the
 * lexer relies on, expressed over JavaScript code points.
 */

/** Go's `scanner.EOF`: what the scanner returns past the end of its input. */
export const EOF = -1;

/** U+FFFD, Go's `utf8.RuneError`. */
export const RUNE_ERROR = 0xfffd;

const WHITE_SPACE = /^\p{White_Space}$/u;
const DECIMAL_DIGIT = /^\p{Nd}$/u;
const LETTER = /^\p{L}$/u;

/** Go `unicode.IsSpace`: Latin-1 spaces, then the White_Space property. */
export function isSpace(ch: number): boolean {
  if (ch <= 0xff) {
    return ch === 0x20 || (ch >= 0x09 && ch <= 0x0d) || ch === 0x85 || ch === 0xa0;
  }
  return WHITE_SPACE.test(String.fromCodePoint(ch));
}

/** Go `unicode.IsDigit`: ASCII digits in Latin-1, then category Nd. */
export function isDigit(ch: number): boolean {
  if (ch <= 0xff) return ch >= 0x30 && ch <= 0x39;
  return DECIMAL_DIGIT.test(String.fromCodePoint(ch));
}

/** Go `unicode.IsLetter` (category L). Negative values (EOF) are not letters. */
export function isLetter(ch: number): boolean {
  if (ch < 0) return false;
  if (ch < 0x80) return (ch >= 0x41 && ch <= 0x5a) || (ch >= 0x61 && ch <= 0x7a);
  return LETTER.test(String.fromCodePoint(ch));
}

const ASCII: readonly string[] = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i));

/**
 * Go `string(rune)`: a code point as text. Values that are not valid Unicode
 * scalar values (EOF = -1, surrogates, > U+10FFFF) become U+FFFD, which is why
 * BuildKit reports `${PWD` as `unsupported modifier (\uFFFD) in substitution`.
 */
export function runeString(ch: number): string {
  if (ch >= 0 && ch < 0x80) return ASCII[ch] ?? '';
  if (ch < 0 || ch > 0x10ffff || (ch >= 0xd800 && ch <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(ch);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Replace lone surrogates by U+FFFD. Go works on UTF-8 bytes; a JavaScript
 * string reaches it through a UTF-8 encoder, which does exactly this. After it,
 * every string in the lexer is well-formed, so code points and UTF-16 indices
 * can be mixed safely.
 */
export function toWellFormed(s: string): string {
  return s.replace(LONE_SURROGATE, '\ufffd');
}

/** The code points of a well-formed string (Go's `[]rune(s)`). */
export function codePoints(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i) ?? RUNE_ERROR;
    out.push(cp);
    i += cp > 0xffff ? 2 : 1;
  }
  return out;
}
