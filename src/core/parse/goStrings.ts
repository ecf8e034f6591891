/**
 * Go string semantics the parser depends on, for JavaScript strings.
 *
 * BuildKit's parser works on Go strings (UTF-8 bytes) and uses `unicode.IsSpace`,
 * `strings.TrimSpace` and `strings.ToLower`. Their JavaScript look-alikes differ
 * (`\s` includes U+FEFF but not U+0085; `toLowerCase` maps `İ` to two characters and
 * `Σ` to `ς` at a word end), so the exact Go behaviour is spelled out here.
 *
 * Every function is linear in its input and never throws.
 */

/** Go's `unicode.IsSpace` for a UTF-16 code unit (all Go spaces are in the BMP). */
export function isGoSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0x85) return false;
  return (
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** Go's `unicode.IsSpace(rune(b))` for a single byte, as byte-wise Go loops see it. */
export function isGoSpaceByte(b: number): boolean {
  return b === 0x20 || (b >= 0x09 && b <= 0x0d) || b === 0x85 || b === 0xa0;
}

/** The class `[\t\v\f\r ]` of BuildKit's `reWhitespace` / `tokenWhitespace`. */
export function isTokenWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c || c === 0x0d;
}

/** Number of leading Go-space code units (`strings.TrimLeftFunc(s, unicode.IsSpace)`). */
export function leadingGoSpace(s: string): number {
  let i = 0;
  while (i < s.length && isGoSpace(s.charCodeAt(i))) i++;
  return i;
}

/** Offset just after the last non-Go-space code unit. */
export function trailingGoSpaceStart(s: string): number {
  let j = s.length;
  while (j > 0 && isGoSpace(s.charCodeAt(j - 1))) j--;
  return j;
}

/** `strings.TrimSpace`. */
export function goTrimSpace(s: string): string {
  const i = leadingGoSpace(s);
  if (i === s.length) return '';
  return s.slice(i, trailingGoSpaceStart(s));
}

/** `bytes.TrimRight(s, "\r\n")`: BuildKit's `trimNewline`. */
export function trimNewline(s: string): string {
  let j = s.length;
  while (j > 0) {
    const c = s.charCodeAt(j - 1);
    if (c !== 0x0d && c !== 0x0a) break;
    j--;
  }
  return j === s.length ? s : s.slice(0, j);
}

/** True when `s` holds only ASCII (checked without a regular expression). */
export function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * `strings.ToLower`: rune by rune, with Go's simple case mapping. JavaScript's
 * full mapping differs for U+0130 (Go gives `i`) and final sigma (Go gives `σ`).
 */
export function goToLower(s: string): string {
  if (isAscii(s)) return s.toLowerCase();
  return goToLowerUnicode(s);
}

function goToLowerUnicode(s: string): string {
  let out = '';
  for (const ch of s) {
    if (ch === '\u0130') out += 'i';
    else {
      const lower = ch.toLowerCase();
      // Only single-rune results are simple mappings; anything else stays as is.
      out += [...lower].length === 1 ? lower : ch;
    }
  }
  return out;
}

/** Length in UTF-8 bytes, as Go measures strings (a lone surrogate counts as U+FFFD). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: false });

/** The UTF-8 bytes of `s` (lone surrogates become U+FFFD, as Go would have them). */
export function utf8Bytes(s: string): Uint8Array {
  return encoder.encode(s);
}

/** Decodes UTF-8; bytes that do not form a character become U+FFFD. */
export function utf8Decode(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

/**
 * The UTF-16 offset in `s` of UTF-8 byte offset `byteOffset` (which must be at a
 * character boundary of `bytes`, the encoding of `s`). Linear in the prefix.
 */
export function utf16OffsetOfByte(s: string, byteOffset: number): number {
  let bytes = 0;
  let i = 0;
  while (i < s.length && bytes < byteOffset) {
    const c = s.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
    i++;
  }
  return i;
}

/**
 * Go's `string(rune(b))` for each byte: the Latin-1 reading of the bytes. This is
 * what `extractBuilderFlags` produces for non-ASCII text (it indexes bytes, not runes).
 */
export function latin1(bytes: Uint8Array, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) out += String.fromCharCode(bytes[i] ?? 0);
  return out;
}

const HEX = '0123456789abcdef';

function hex(value: number, digits: number): string {
  let out = '';
  for (let shift = (digits - 1) * 4; shift >= 0; shift -= 4) out += HEX[(value >> shift) & 0xf] ?? '0';
  return out;
}

/** Go's `unicode.IsPrint`: categories L, M, N, P, S, and the ASCII space. */
function isPrint(ch: string): boolean {
  return ch === ' ' || /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u.test(ch);
}

/** Go's `strconv.Quote`. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === '"' || ch === '\\') out += '\\' + ch;
    else if (cp >= 0x20 && cp < 0x7f) out += ch;
    else if (cp >= 0xd800 && cp <= 0xdfff) out += '\uFFFD'; // a lone surrogate: Go would hold U+FFFD
    else if (cp >= 0x80 && isPrint(ch)) out += ch;
    else if (cp === 0x07) out += '\\a';
    else if (cp === 0x08) out += '\\b';
    else if (cp === 0x0c) out += '\\f';
    else if (cp === 0x0a) out += '\\n';
    else if (cp === 0x0d) out += '\\r';
    else if (cp === 0x09) out += '\\t';
    else if (cp === 0x0b) out += '\\v';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + hex(cp, 2);
    else if (cp < 0x10000) out += '\\u' + hex(cp, 4);
    else out += '\\U' + hex(cp, 8);
  }
  return out + '"';
}
