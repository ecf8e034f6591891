/**
 * Near-linear leftmost-first search for patterns `S0 * S1 * … * Sk` whose
 * segments `Si` (literals and `?`) contain no literal newline. It returns
 * exactly the match Go's RE2 returns for the converted regexp; pike.ts is the
 * general fallback, and the tests check both agree.
 *
 * Why it is exact. No token of such a pattern matches a newline, so a match
 * lies inside one line (a newline-free stretch of the text).
 *  - A match starting at s exists iff S0 matches at s and S1…Sk can be placed
 *    left to right in the rest of the line; placing each segment at its
 *    earliest occurrence is optimal (it leaves the most room).
 *  - If a match starts at s, one starts at every earlier s' of the same line
 *    where S0 matches. So the leftmost match of a line starts at the first
 *    occurrence of S0 there (or the line start if S0 is empty), if at all.
 *  - Among the matches at that start, backtracking picks: for lazy stars
 *    (`.*?`) each star as short as possible, i.e. the earliest placement, so
 *    the match ends where the earliest placement of Sk ends; for greedy stars
 *    (`.*`) each star as long as possible, which puts Sk at its last
 *    occurrence in the line (or, if Sk is empty, the last star runs to the
 *    end of the line).
 */
import { ANY, NEWLINE, STAR, type Span, type Token } from './tokens.ts';
import { runeString } from './unicode.ts';

/** One segment: its tokens, and its text when it has no `?`. */
interface Segment {
  readonly tokens: readonly Token[];
  readonly literal: string | null;
}

/** The segments S0…Sk between the k stars (k may be 0; segments may be empty). */
export type Segments = readonly Segment[];

/** Cut `tokens` at its stars, or null if a literal newline makes this search inexact. */
export function compileSegments(tokens: readonly Token[]): Segments | null {
  const segments: Segment[] = [];
  let current: Token[] = [];
  let stars = 0;
  let newline = false;
  const close = (): void => {
    const literal = current.includes(ANY) ? null : current.map(runeString).join('');
    segments.push({ tokens: current, literal });
    current = [];
  };
  for (const t of tokens) {
    if (t === STAR) {
      stars++;
      close();
    } else {
      if (t === NEWLINE) newline = true;
      current.push(t);
    }
  }
  close();
  // A literal newline can only be handled line by line when there is no star.
  return newline && stars > 0 ? null : segments;
}

function width(cp: number): number {
  return cp > 0xffff ? 2 : 1;
}

/** End of `seg` matched at `p` (UTF-16 indices), or -1. `?` takes one code point, never a newline. */
function matchAt(seg: Segment, text: string, p: number): number {
  if (seg.literal !== null) return text.startsWith(seg.literal, p) ? p + seg.literal.length : -1;
  for (const t of seg.tokens) {
    if (p >= text.length) return -1;
    const cp = text.codePointAt(p) ?? NEWLINE;
    if (t === ANY ? cp === NEWLINE : cp !== t) return -1;
    p += width(cp);
  }
  return p;
}

/** First start in [from, limit] where `seg` matches (its end never passes a newline), or -1. */
function firstAt(seg: Segment, text: string, from: number, limit: number): number {
  if (seg.literal !== null) {
    const i = text.indexOf(seg.literal, from);
    return i >= 0 && i <= limit ? i : -1;
  }
  for (let p = from; p <= limit; ) {
    if (matchAt(seg, text, p) >= 0) return p;
    if (p >= text.length) break;
    p += width(text.codePointAt(p) ?? 0);
  }
  return -1;
}

/** Last start in [from, lineEnd] where a non-empty `seg` matches within the line, or -1. */
function lastAt(seg: Segment, text: string, from: number, lineEnd: number): number {
  if (seg.literal !== null) {
    const startMax = lineEnd - seg.literal.length;
    if (startMax < from) return -1;
    const i = text.lastIndexOf(seg.literal, startMax);
    return i >= from ? i : -1;
  }
  for (let p = lineEnd; p >= from; ) {
    const end = matchAt(seg, text, p);
    if (end >= 0 && end <= lineEnd) return p;
    p--;
    const unit = text.charCodeAt(p);
    if (p > from && unit >= 0xdc00 && unit <= 0xdfff) {
      const lead = text.charCodeAt(p - 1);
      if (lead >= 0xd800 && lead <= 0xdbff) p--; // step over a whole surrogate pair
    }
  }
  return -1;
}

/**
 * The match of `S0 * … * Sk` that starts at `s` inside the line ending at
 * `lineEnd`, or null if none starts there.
 */
function matchFrom(segments: Segments, greedy: boolean, text: string, s: number, lineEnd: number): Span | null {
  const first = segments[0];
  if (first === undefined) return null;
  let pos = matchAt(first, text, s);
  if (pos < 0 || pos > lineEnd) return null;
  const k = segments.length - 1;
  if (k === 0) return { start: s, end: pos };
  // Earliest placement of S1…S(k-1).
  for (let i = 1; i < k; i++) {
    const seg = segments[i];
    if (seg === undefined || seg.tokens.length === 0) continue;
    const q = firstAt(seg, text, pos, lineEnd);
    if (q < 0) return null;
    pos = matchAt(seg, text, q);
  }
  const last = segments[k];
  if (last === undefined || last.tokens.length === 0) {
    // Trailing star: greedy runs to the end of the line, lazy takes nothing.
    return { start: s, end: greedy ? lineEnd : pos };
  }
  const q = firstAt(last, text, pos, lineEnd);
  if (q < 0) return null;
  const at = greedy ? lastAt(last, text, q, lineEnd) : q;
  return { start: s, end: matchAt(last, text, at < 0 ? q : at) };
}

/** Leftmost-first match in `text[from:]`, or null (same contract as Go's `FindStringIndex`). */
export function segmentSearch(
  segments: Segments,
  greedy: boolean,
  anchored: boolean,
  text: string,
  from: number,
): Span | null {
  const first = segments[0];
  if (first === undefined) return null;
  if (segments.length === 1) {
    // No star: a fixed sequence, which may contain a literal newline.
    if (anchored) {
      const end = matchAt(first, text, from);
      return end < 0 ? null : { start: from, end };
    }
    const at = firstAt(first, text, from, text.length);
    return at < 0 ? null : { start: at, end: matchAt(first, text, at) };
  }
  for (let lineStart = from; ; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const s = anchored || first.tokens.length === 0 ? lineStart : firstAt(first, text, lineStart, lineEnd);
    if (s >= 0) {
      const span = matchFrom(segments, greedy, text, s, lineEnd);
      if (span !== null) return span;
    }
    if (anchored || lineEnd >= text.length) return null;
    lineStart = lineEnd + 1;
  }
}
