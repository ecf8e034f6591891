/**
 * Leftmost-first search of a token pattern by simulation of all threads at
 * once (a Pike VM, the algorithm of Go's `regexp` NFA matcher). Used for the
 * patterns the segment search (segments.ts) does not cover: those with both a
 * star and a literal newline.
 */
import { ANY, NEWLINE, STAR, type Span, type Token } from './tokens.ts';
import { EOF } from './unicode.ts';

/**
 * Pike VM over the token program. States 0..m-1 are tokens, m is "match".
 * Thread lists are ordered by priority; a state already on a list is not added
 * again (the earlier, higher-priority thread owns it); reaching "match" cuts
 * every lower-priority thread (leftmost-first). Each list holds at most m + 1
 * threads, so a search costs O(len(text) × m).
 */
export function pikeSearch(
  tokens: readonly Token[],
  greedy: boolean,
  anchored: boolean,
  text: string,
  from: number,
): Span | null {
  const m = tokens.length;
  const tok = Int32Array.from(tokens);
  // Generation stamps: a state is on the list being built iff mark[state] === gen.
  const mark = new Int32Array(m + 1).fill(-1);
  let gen = 0;
  let curState = new Int32Array(m + 1);
  let curStart = new Int32Array(m + 1);
  let curLen = 0;
  let nextState = new Int32Array(m + 1);
  let nextStart = new Int32Array(m + 1);
  let nextLen = 0;

  // Epsilon closure of `state` onto the "next" list (stamped `gen`), in priority order.
  // A star is split(consume-and-loop, skip), ordered by greediness; runs of stars
  // were collapsed, so the skip target is never a star and this never recurses.
  const addNext = (state: number, start: number): void => {
    if (mark[state] === gen) return;
    mark[state] = gen;
    if (state < m && tok[state] === STAR) {
      const skip = state + 1;
      const skipFree = mark[skip] !== gen;
      if (greedy) {
        nextState[nextLen] = state;
        nextStart[nextLen++] = start;
      }
      if (skipFree) {
        mark[skip] = gen;
        nextState[nextLen] = skip;
        nextStart[nextLen++] = start;
      }
      if (!greedy) {
        nextState[nextLen] = state;
        nextStart[nextLen++] = start;
      }
      return;
    }
    nextState[nextLen] = state;
    nextStart[nextLen++] = start;
  };

  let match: Span | null = null;
  // The initial list is built like a "next" list.
  addNext(0, from);
  [curState, nextState] = [nextState, curState];
  [curStart, nextStart] = [nextStart, curStart];
  curLen = nextLen;
  for (let pos = from; ; ) {
    if (curLen === 0) break;
    const ch = pos < text.length ? (text.codePointAt(pos) ?? EOF) : EOF;
    gen++;
    nextLen = 0;
    for (let i = 0; i < curLen; i++) {
      const state = curState[i] ?? m;
      const start = curStart[i] ?? pos;
      if (state === m) {
        if (match === null) match = { start, end: pos };
        else {
          match.start = start;
          match.end = pos;
        }
        break; // leftmost-first: lower-priority threads are dropped
      }
      if (ch === EOF) continue;
      const t = tok[state] ?? ANY;
      if (t === STAR) {
        if (ch !== NEWLINE) addNext(state, start);
      } else if (t === ANY ? ch !== NEWLINE : t === ch) {
        addNext(state + 1, start);
      }
    }
    if (ch === EOF) break;
    pos += ch > 0xffff ? 2 : 1;
    // A new thread may start here, at the lowest priority, until something matched.
    if (match === null && !anchored) addNext(0, pos);
    [curState, nextState] = [nextState, curState];
    [curStart, nextStart] = [nextStart, curStart];
    curLen = nextLen;
  }
  return match;
}
