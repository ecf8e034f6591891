/**
 * BuildKit's full error text. `shellWord.process` wraps every lexer error as
 * `errors.Wrapf(err, "failed to process %q", source)`, so what a build prints
 * is e.g. `failed to process "${FOO:?\"custom error\"}": FOO: custom error`.
 */

const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;

/** Go `strconv.Quote` (what `%q` does to a string), for well-formed text. */
export function goQuote(s: string): string {
  let out = '"';
  for (const c of s) {
    const cp = c.codePointAt(0) ?? 0;
    switch (c) {
      case '"':
        out += '\\"';
        continue;
      case '\\':
        out += '\\\\';
        continue;
      case '\x07':
        out += '\\a';
        continue;
      case '\b':
        out += '\\b';
        continue;
      case '\f':
        out += '\\f';
        continue;
      case '\n':
        out += '\\n';
        continue;
      case '\r':
        out += '\\r';
        continue;
      case '\t':
        out += '\\t';
        continue;
      case '\v':
        out += '\\v';
        continue;
    }
    // unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space.
    if (cp === 0x20 || (cp >= 0x21 && cp < 0x7f) || (cp > 0x7f && PRINTABLE.test(c))) {
      out += c;
    } else if (cp < 0x20 || cp === 0x7f) {
      out += '\\x' + cp.toString(16).padStart(2, '0');
    } else if (cp < 0x10000) {
      out += '\\u' + cp.toString(16).padStart(4, '0');
    } else {
      out += '\\U' + cp.toString(16).padStart(8, '0');
    }
  }
  return out + '"';
}

/** The message BuildKit reports for an expansion error of `word`. */
export function formatProcessError(word: string, error: string): string {
  return `failed to process ${goQuote(word)}: ${error}`;
}
