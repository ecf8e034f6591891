/**
 * The compiled form of a shell pattern, shared by the compiler (glob.ts) and
 * the two searchers (segments.ts, pike.ts). Mirrors what lex.go's
 * `convertShellPatternToRegex` emits: `.` for `?`, `.*`/`.*?` for `*`, literals.
 */

/** A pattern element: ANY (`?`), STAR (`*`), or ≥ 0 for that literal code point. */
export type Token = number;
/** `?` → RE2 `.`: one code point, not a newline. */
export const ANY: Token = -1;
/** `*` → RE2 `.*` or `.*?`: a run of code points, none a newline. */
export const STAR: Token = -2;

export const NEWLINE = 0x0a;

/** A match as UTF-16 indices into the searched string. */
export interface Span {
  start: number;
  end: number;
}
