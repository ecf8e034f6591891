/**
 * Shell patterns of `${V#p}`, `${V%p}` and `${V/p/r}`.
 *
 * BuildKit turns the pattern into a Go regular expression
 * (`convertShellPatternToRegex`): `*` → `.*` (or `.*?`), `?` → `.`, `\*` `\?`
 * `\\` → literals, everything else literal. Go's RE2 engine then finds the
 * leftmost-first match (Perl semantics) in linear time. A JavaScript RegExp
 * would give the same match but backtracks, which is exponential-ish on
 * patterns such as `*a*a*a*a*b`. So we compile to a tiny token program and run
 * a Pike VM (the same algorithm as Go's `regexp` NFA): O(len(value) × len(pattern)),
 * never worse.
 *
 * RE2 details that matter and are kept: `.` (so also `*` and `?`) never
 * matches a newline; matching is per code point; among matches at the leftmost
 * start, the one a backtracking engine would pick wins (greedy stars prefer
 * longer, lazy stars shorter, earlier stars first).
 */
import { RuneScanner } from './scanner.ts';
import { EOF, codePoints, runeString } from './unicode.ts';

const NEWLINE = 0x0a;
const BACKSLASH = 0x5c;
const STAR_CH = 0x2a;
const QUESTION = 0x3f;
const CLOSE_BRACE = 0x7d;
const SLASH = 0x2f;

/** -1 = `?` (any but newline), -2 = `*` (any run without newline), ≥ 0 = that literal code point. */
type Token = number;
const ANY: Token = -1;
const STAR: Token = -2;

export interface Glob {
  readonly tokens: readonly Token[];
  /** Stars are `.*` (true) or `.*?` (false). */
  readonly greedy: boolean;
  /** Only a match that starts at the search position counts (`^`). */
  readonly anchored: boolean;
  /** The pattern has no wildcard: plain string search suffices. */
  readonly literal: string | null;
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
  let hasWildcard = false;
  for (let tok = s.next(); tok !== EOF; tok = s.next()) {
    if (tok === STAR_CH) {
      hasWildcard = true;
      // `.*.*` matches exactly what `.*` matches (and prefers the same match), so collapse runs.
      if (tokens[tokens.length - 1] !== STAR) tokens.push(STAR);
      continue;
    }
    if (tok === QUESTION) {
      hasWildcard = true;
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
  const literal = hasWildcard ? null : tokens.map(runeString).join('');
  return { ok: true, glob: { tokens, greedy, anchored, literal } };
}

/** A match as UTF-16 indices into the searched string. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Go's `Regexp.FindStringIndex` on `text[from:]` (indices stay absolute):
 * the leftmost-first match, or null. `from` must be a code point boundary.
 */
export function findGlob(glob: Glob, text: string, from: number): Span | null {
  if (glob.literal !== null) {
    const lit = glob.literal;
    if (glob.anchored) return text.startsWith(lit, from) ? { start: from, end: from + lit.length } : null;
    const at = text.indexOf(lit, from);
    return at < 0 ? null : { start: at, end: at + lit.length };
  }
  return pikeSearch(glob, text, from);
}

/**
 * Pike VM over the token program. States 0..m-1 are tokens, m is "match".
 * Thread lists are ordered by priority; a state already on a list is not added
 * again (the earlier, higher-priority thread owns it); reaching "match" cuts
 * every lower-priority thread (leftmost-first).
 */
function pikeSearch(glob: Glob, text: string, from: number): Span | null {
  const { tokens, greedy, anchored } = glob;
  const m = tokens.length;
  const mark = new Int32Array(m + 1).fill(-1);
  let generation = 0;
  let clistState: number[] = [];
  let clistStart: number[] = [];
  let nlistState: number[] = [];
  let nlistStart: number[] = [];

  // Epsilon closure of `state` onto the list stamped `gen`, in priority order.
  const add = (states: number[], starts: number[], gen: number, state: number, start: number): void => {
    if (mark[state] === gen) return;
    mark[state] = gen;
    if (state < m && tokens[state] === STAR) {
      // A star is split(consume-and-loop, skip); the order is its greediness.
      // Runs of stars were collapsed, so the skip target is never a star: no deep recursion.
      if (greedy) {
        states.push(state);
        starts.push(start);
        add(states, starts, gen, state + 1, start);
      } else {
        add(states, starts, gen, state + 1, start);
        states.push(state);
        starts.push(start);
      }
      return;
    }
    states.push(state);
    starts.push(start);
  };

  let match: Span | null = null;
  let currentGen = generation;
  for (let pos = from; ; ) {
    // A new thread may start here, at the lowest priority, until something matched.
    if (match === null && (!anchored || pos === from)) add(clistState, clistStart, currentGen, 0, pos);
    if (clistState.length === 0) break;

    const ch = pos < text.length ? (text.codePointAt(pos) ?? EOF) : EOF;
    const width = ch > 0xffff ? 2 : 1;
    const nextGen = ++generation;
    nlistState = [];
    nlistStart = [];
    for (let i = 0; i < clistState.length; i++) {
      const state = clistState[i] ?? m;
      const start = clistStart[i] ?? pos;
      if (state === m) {
        match = { start, end: pos };
        break; // leftmost-first: lower-priority threads are dropped
      }
      if (ch === EOF) continue;
      const tok = tokens[state] ?? ANY;
      if (tok === STAR) {
        if (ch !== NEWLINE) add(nlistState, nlistStart, nextGen, state, start);
      } else if (tok === ANY ? ch !== NEWLINE : tok === ch) {
        add(nlistState, nlistStart, nextGen, state + 1, start);
      }
    }
    if (ch === EOF) break;
    pos += width;
    clistState = nlistState;
    clistStart = nlistStart;
    currentGen = nextGen;
  }
  return match;
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
