/**
 * Shell patterns of `${V#p}`, `${V%p}` and `${V/p/r}`.
 *
 * BuildKit turns the pattern into a Go regular expression
 * (`convertShellPatternToRegex`): `*` → `.*` (or `.*?` for the shortest
 * forms), `?` → `.`, `\*` `\?` `\\` → literals, everything else literal. Go's
 * RE2 engine then finds the leftmost-first match (Perl semantics) without
 * backtracking. A JavaScript RegExp would pick the same match but backtracks,
 * which explodes on patterns such as `*a*a*a*a*b`. So we compile to a token
 * list and search it ourselves:
 *  - no wildcard: plain `startsWith` / `indexOf` (segments.ts);
 *  - no literal newline: segment placement, near-linear (segments.ts);
 *  - otherwise: a Pike VM, O(len(value) × len(pattern)) (pike.ts).
 *
 * RE2 details that matter and are kept: `.` (so also `*` and `?`) never
 * matches a newline; matching is per code point; among the matches at the
 * leftmost start, the one a backtracking engine would try first wins (greedy
 * stars prefer longer, lazy stars shorter, earlier stars decide first).
 */
import { pikeSearch } from './pike.ts';
import { RuneScanner } from './scanner.ts';
import { compileSegments, segmentSearch, type Segments } from './segments.ts';
import { ANY, STAR, type Span, type Token } from './tokens.ts';
import { EOF, codePoints, runeString } from './unicode.ts';

export type { Span } from './tokens.ts';

const BACKSLASH = 0x5c;
const STAR_CH = 0x2a;
const QUESTION = 0x3f;
const CLOSE_BRACE = 0x7d;
const SLASH = 0x2f;

export interface Glob {
  readonly tokens: readonly Token[];
  /** Stars are `.*` (true) or `.*?` (false). */
  readonly greedy: boolean;
  /** Only a match that starts at the search position counts (`^`). */
  readonly anchored: boolean;
  /** The same pattern cut at its stars, when the segment search applies (no literal newline). */
  readonly segments: Segments | null;
}

export type GlobResult = { ok: true; glob: Glob } | { ok: false; error: string };

/**
 * Port of `convertShellPatternToRegex(pattern, greedy, anchored)`.
 * Errors are Go's `invalid escape '\%c'` (with `%c` of EOF printed as U+FFFD).
 * The pattern is read with text/scanner, so a leading BOM is dropped too.
 */
export function compileGlob(pattern: string, greedy: boolean, anchored: boolean): GlobResult {
  const s = new RuneScanner(pattern);
  const tokens: Token[] = [];
  for (let tok = s.next(); tok !== EOF; tok = s.next()) {
    if (tok === STAR_CH) {
      // `.*.*` matches exactly what `.*` matches (and prefers the same match), so collapse runs.
      if (tokens[tokens.length - 1] !== STAR) tokens.push(STAR);
      continue;
    }
    if (tok === QUESTION) {
      tokens.push(ANY);
      continue;
    }
    if (tok === BACKSLASH) {
      // `}` and `/` had to be escaped inside ${}; the escape is not part of the pattern.
      const peek = s.peek();
      if (peek === CLOSE_BRACE || peek === SLASH) continue;
      tok = s.next();
      if (tok !== STAR_CH && tok !== QUESTION && tok !== BACKSLASH) {
        return { ok: false, error: `invalid escape '\\${runeString(tok)}'` };
      }
    }
    tokens.push(tok);
  }
  return { ok: true, glob: { tokens, greedy, anchored, segments: compileSegments(tokens) } };
}

/**
 * Go's `Regexp.FindStringIndex` on `text[from:]` (indices stay absolute):
 * the leftmost-first match, or null. `from` must be a code point boundary.
 */
export function findGlob(glob: Glob, text: string, from: number): Span | null {
  return glob.segments !== null
    ? segmentSearch(glob.segments, glob.greedy, glob.anchored, text, from)
    : pikeSearch(glob.tokens, glob.greedy, glob.anchored, text, from);
}

/** Go's `reverseString`: reverse by code points. */
export function reverseString(str: string): string {
  return codePoints(str).reverse().map(runeString).join('');
}

/**
 * Go's `reversePattern`: reverse a pattern by code points but keep each
 * backslash before the character it escapes (`a\*c` → `c\*a`). A final lone
 * backslash stays a plain character. Always `\`, whatever the escape token.
 */
export function reversePattern(pattern: string): string {
  const runes = codePoints(pattern);
  const out = new Array<number>(runes.length);
  const lastIdx = runes.length - 1;
  for (let i = 0; i <= lastIdx; ) {
    const tok = runes[i] ?? 0;
    const outIdx = lastIdx - i;
    if (tok === BACKSLASH && i !== lastIdx) {
      out[outIdx - 1] = tok;
      out[outIdx] = runes[i + 1] ?? 0;
      i += 2;
    } else {
      out[outIdx] = tok;
      i++;
    }
  }
  return out.map(runeString).join('');
}
