/**
 * Parser directives: a port of BuildKit's `DirectiveParser.ParseLine`
 * (parser/directives.go) and `directives.setEscapeToken` (parser/parser.go).
 *
 * Invariants (as in BuildKit):
 * - Every top-level line goes through `parseLine` until the first line that is not
 *   a directive (not a `#` comment, not `name=value`, or an unknown name); after
 *   that, directives are over for good (`done`).
 * - Keys are case-insensitive and reported lower-cased. Only `syntax`, `escape` and
 *   `check` are directives.
 * - A repeated directive is an error ("only one %s parser directive can be used");
 *   BuildKit stops there, we report it and go on with directive parsing as the Go
 *   state would be (the repeat is not recorded, `done` stays false).
 * - `escape` accepts only `\` and a backtick; BuildKit has already marked the key as
 *   seen when it rejects the value, and so do we.
 */

import { isGoSpace } from './goStrings.ts';

export type EscapeToken = '\\' | '`';

const VALID = new Set(['syntax', 'escape', 'check']);

/** Outcome of one line, mirroring `(directive, error)` from `ParseLine`. */
export type DirectiveLine =
  | { readonly kind: 'none' }
  | { readonly kind: 'directive'; readonly name: string; readonly value: string }
  | { readonly kind: 'duplicate'; readonly name: string }
  | { readonly kind: 'badEscape'; readonly value: string };

/** Go's `\s` in RE2: `[\t\n\f\r ]` (no `\v`). */
function isRe2Space(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isAsciiAlnum(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0x30 && c <= 0x39);
}

/**
 * `^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$` without a regular expression (linear).
 * `.` matches anything but `\n`; our lines never contain `\n`.
 * When everything after `=` is whitespace, the lazy `(.+?)` still needs one
 * character, so backtracking hands it the last whitespace character.
 */
export function matchDirective(s: string): { name: string; value: string } | null {
  if (s.length === 0 || !isAsciiLetter(s.charCodeAt(0))) return null;
  let i = 1;
  while (i < s.length && isAsciiAlnum(s.charCodeAt(i))) i++;
  const name = s.slice(0, i);
  while (i < s.length && isRe2Space(s.charCodeAt(i))) i++;
  if (s.charCodeAt(i) !== 0x3d /* = */) return null;
  i++;
  const rest = s.slice(i);
  if (rest.length === 0) return null;
  let a = 0;
  while (a < rest.length && isRe2Space(rest.charCodeAt(a))) a++;
  if (a === rest.length) return { name, value: rest.slice(rest.length - 1) };
  let b = rest.length;
  while (b > a && isRe2Space(rest.charCodeAt(b - 1))) b--;
  return { name, value: rest.slice(a, b) };
}

const NONE: DirectiveLine = { kind: 'none' };

/** State of directive parsing for one Dockerfile (`directives` + `DirectiveParser`). */
export class DirectiveState {
  escapeToken: EscapeToken = '\\';
  private done = false;
  private readonly seen = new Set<string>();

  /**
   * `possibleParserDirective(line)`: `line` is the physical line with its newline
   * trimmed and (for the first line of an instruction) leading whitespace removed.
   */
  parseLine(line: string): DirectiveLine {
    if (this.done) return NONE;
    if (line.charCodeAt(0) !== 0x23 /* # */) {
      this.done = true;
      return NONE;
    }
    let i = 1;
    // bytes.TrimLeftFunc(line, unicode.IsSpace) on what follows the `#`.
    while (i < line.length && isGoSpace(line.charCodeAt(i))) i++;
    const match = matchDirective(line.slice(i));
    if (match === null) {
      this.done = true;
      return NONE;
    }
    const key = match.name.toLowerCase();
    if (!VALID.has(key)) {
      this.done = true;
      return NONE;
    }
    if (this.seen.has(key)) return { kind: 'duplicate', name: key };
    this.seen.add(key);
    if (key === 'escape') {
      if (match.value !== '\\' && match.value !== '`') return { kind: 'badEscape', value: match.value };
      this.escapeToken = match.value;
    }
    return { kind: 'directive', name: key, value: match.value };
  }

  /** Directives are over: continuation lines and later lines are never directives. */
  get finished(): boolean {
    return this.done;
  }
}
