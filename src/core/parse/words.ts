/**
 * Word splitting of the line parsers (line_parsers.go): Go's `reWhitespace.Split` and
 * `parseWords`. Both are single linear passes.
 */
import type { EscapeToken } from './directives.ts';
import { isGoSpace as goSpace, isTokenWhitespace as tokenWhitespace } from './goStrings.ts';

// Hot helpers bound once: under vite's SSR transform (vitest) every use of an import is a
// property read on the module object, which costs dearly in per-character loops.
const isGoSpace = goSpace;
const isTokenWhitespace = tokenWhitespace;

/** `reWhitespace.Split(s, n)` (`[\t\v\f\r ]+`) with Go's `Regexp.Split` edge cases. */
export function splitWhitespace(s: string, n: number): string[] {
  if (n === 0) return [];
  if (s.length === 0) return [''];
  const out: string[] = [];
  let beg = 0;
  let end = 0;
  let i = 0;
  while (i < s.length) {
    if (!isTokenWhitespace(s.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    while (j < s.length && isTokenWhitespace(s.charCodeAt(j))) j++;
    if (n > 0 && out.length === n - 1) break;
    end = i;
    out.push(s.slice(beg, end)); // a leading match yields "" (Go keeps it)
    beg = j;
    i = j;
  }
  if (end !== s.length) out.push(s.slice(beg));
  return out;
}

/**
 * `parseWords`: splits on Go spaces, keeping quotes; outside single quotes the escape
 * token keeps itself plus the next character; a trailing escape token is dropped.
 * Working on UTF-16 units gives the same words as Go's runes: every special
 * character is in the BMP, and a surrogate pair is copied through either way.
 */
export function parseWords(rest: string, escape: EscapeToken): string[] {
  const esc = escape.charCodeAt(0);
  const words: string[] = [];
  let phase: 'spaces' | 'word' | 'quote' = 'spaces';
  let quote = 0;
  let blankOK = false;
  let start = 0; // the current word is rest.slice(start, pos) minus dropped escapes
  let word = '';
  const n = rest.length;
  for (let pos = 0; pos <= n; pos++) {
    const ch = pos < n ? rest.charCodeAt(pos) : -1;
    if (phase === 'spaces') {
      if (pos === n) break;
      if (isGoSpace(ch)) continue;
      phase = 'word';
      start = pos;
      word = '';
    }
    if (pos === n) {
      if (blankOK || word.length + (pos - start) > 0) words.push(word + rest.slice(start, pos));
      break;
    }
    if (phase === 'word') {
      if (isGoSpace(ch)) {
        phase = 'spaces';
        if (blankOK || word.length + (pos - start) > 0) words.push(word + rest.slice(start, pos));
        blankOK = false;
        continue;
      }
      if (ch === 0x27 || ch === 0x22) {
        quote = ch;
        blankOK = true;
        phase = 'quote';
      }
      if (ch === esc) {
        if (pos + 1 === n) {
          // just skip an escape token at end of line
          word += rest.slice(start, pos);
          start = pos + 1;
          continue;
        }
        pos++; // escape token plus the next character, even a quote
      }
      continue;
    }
    // phase === 'quote'
    if (ch === quote) phase = 'word';
    // The escape token is special except in single quotes.
    if (ch === esc && quote !== 0x27) {
      if (pos + 1 === n) {
        phase = 'word';
        word += rest.slice(start, pos);
        start = pos + 1;
        continue; // just skip the escape token at end
      }
      pos++;
    }
  }
  return words;
}
