/**
 * Heredoc detection: a port of BuildKit's `heredocsFromLine`, `ParseHeredoc`,
 * `heredocFromMatch` and `ChompHeredocContent` (parser/parser.go).
 *
 * Invariants (as in BuildKit):
 * - The whole joined line (keyword and flags included) is split into shell words
 *   keeping quotes and escapes; if that lexing fails, the line has no heredocs.
 * - A word is a heredoc when it matches `^(\d*)<<(-?)\s*([^<]*)$` and the delimiter
 *   part lexes (quotes removed) to exactly one non-empty word.
 * - `expand` is false when lexing with and without raw quotes gives a different
 *   number of quote characters, i.e. some part of the delimiter was quoted.
 * - An error while lexing a delimiter is an error of the whole parse in BuildKit;
 *   here it is returned so the caller can report it.
 */
import { processWords, ShellLexError } from './shellWords.ts';

export interface HeredocSpec {
  readonly name: string;
  readonly expand: boolean;
  readonly chomp: boolean;
  readonly fileDescriptor: number;
}

export interface HeredocsResult {
  readonly heredocs: readonly HeredocSpec[];
  /** BuildKit would fail the build with this message (and read no heredoc body). */
  readonly error: { readonly text: string; readonly reason: string } | null;
}

interface HeredocMatch {
  readonly fd: string;
  readonly chomp: boolean;
  readonly rest: string;
}

/** Go's `\s`: `[\t\n\f\r ]`. */
function isRe2Space(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
}

/** `reHeredoc.FindStringSubmatch(word)` without a regex (linear, no backtracking). */
export function matchHeredoc(word: string): HeredocMatch | null {
  let i = 0;
  while (i < word.length && word.charCodeAt(i) >= 0x30 && word.charCodeAt(i) <= 0x39) i++;
  if (word.charCodeAt(i) !== 0x3c || word.charCodeAt(i + 1) !== 0x3c) return null;
  const fd = word.slice(0, i);
  i += 2;
  const chomp = word.charCodeAt(i) === 0x2d;
  if (chomp) i++;
  while (i < word.length && isRe2Space(word.charCodeAt(i))) i++;
  const rest = word.slice(i);
  if (rest.includes('<')) return null;
  return { fd, chomp, rest };
}

function quoteCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x27 || c === 0x22) n++;
  }
  return n;
}

/** `strconv.ParseUint(match[1], 10, 0)` with the error ignored (0, or max on overflow). */
function parseFd(digits: string): number {
  if (digits === '') return 0;
  const value = Number(digits);
  return value > 18446744073709551615 ? 18446744073709551615 : value;
}

/** `heredocFromMatch`: null when the word is not a heredoc; throws ShellLexError. */
function heredocFromMatch(match: HeredocMatch): HeredocSpec | null {
  if (match.rest === '') return null;
  const words = processWords(match.rest, { rawQuotes: false, rawEscapes: false });
  const word = words[0];
  if (word === undefined || words.length !== 1) return null; // not a single word
  const wordsRaw = processWords(match.rest, { rawQuotes: true, rawEscapes: false });
  const wordRaw = wordsRaw[0];
  if (wordRaw === undefined || wordsRaw.length !== words.length) {
    throw new ShellLexError(`internal lexing of heredoc produced inconsistent results: ${match.rest}`);
  }
  return {
    name: word,
    expand: quoteCount(word) === quoteCount(wordRaw),
    chomp: match.chomp,
    fileDescriptor: parseFd(match.fd),
  };
}

/** `heredocsFromLine(line)`. */
export function heredocsFromLine(line: string): HeredocsResult {
  let words: string[];
  try {
    words = processWords(line, { rawQuotes: true, rawEscapes: true });
  } catch {
    words = []; // BuildKit ignores this error: no heredocs
  }
  const heredocs: HeredocSpec[] = [];
  for (const word of words) {
    const match = matchHeredoc(word);
    if (match === null) continue;
    try {
      const heredoc = heredocFromMatch(match);
      if (heredoc !== null) heredocs.push(heredoc);
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      return { heredocs: [], error: { text: match.rest, reason } };
    }
  }
  return { heredocs, error: null };
}

/** `ChompHeredocContent`: `(?m)^\t+` removed, i.e. leading tabs of every line. */
export function chompHeredocContent(content: string): string {
  let out = '';
  let lineStart = true;
  let from = 0;
  for (let i = 0; i < content.length; i++) {
    const c = content.charCodeAt(i);
    if (lineStart && c === 0x09) {
      out += content.slice(from, i);
      from = i + 1;
      continue;
    }
    lineStart = c === 0x0a;
  }
  return out + content.slice(from);
}
