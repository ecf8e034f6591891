/**
 * The pattern modifiers of `${V#p}`, `${V##p}`, `${V%p}`, `${V%%p}`,
 * `${V/p/r}` and `${V//p/r}`: ports of lex.go's `trimPrefix`, `trimSuffix`
 * and the `case '/'` branch of `processDollar` (which uses Go's
 * `Regexp.FindStringIndex` / `Regexp.ReplaceAllString`).
 */
import { compileGlob, findGlob, reversePattern, reverseString, type Glob } from './glob.ts';
import { isDigit, isLetter } from './unicode.ts';

export type ModifierResult = { ok: true; value: string } | { ok: false; error: string };

function invalidPattern(pattern: string, error: string): ModifierResult {
  return { ok: false, error: `invalid pattern (${pattern}) in substitution: ${error}` };
}

/** `trimPrefix`: drop the shortest (or, greedy, longest) prefix of `value` matching `pattern`. */
export function trimPrefix(pattern: string, value: string, greedy: boolean): ModifierResult {
  const compiled = compileGlob(pattern, greedy, true);
  if (!compiled.ok) return invalidPattern(pattern, compiled.error);
  const span = findGlob(compiled.glob, value, 0);
  return { ok: true, value: span === null ? value : value.slice(span.end) };
}

/**
 * `trimSuffix`: a regexp cannot search for the shortest *rightmost* match, so
 * BuildKit reverses both the pattern (keeping escapes in front) and the value,
 * trims a prefix, and reverses back. Side effect kept: an error message shows
 * the reversed pattern (`${V%ab\q}` reports `invalid pattern (\qba)`).
 */
export function trimSuffix(pattern: string, value: string, greedy: boolean): ModifierResult {
  const trimmed = trimPrefix(reversePattern(pattern), reverseString(value), greedy);
  return trimmed.ok ? { ok: true, value: reverseString(trimmed.value) } : trimmed;
}

/**
 * `${V/p/r}` and `${V//p/r}`. The pattern is always greedy and unanchored.
 * The first form splices `r` in literally; the second goes through Go's
 * `ReplaceAllString`, whose replacement is a *template*: `$0`/`${0}` insert
 * the whole match, `$$` is `$`, any other `$name` is empty.
 */
export function replacePattern(pattern: string, replacement: string, value: string, all: boolean): ModifierResult {
  const compiled = compileGlob(pattern, true, false);
  if (!compiled.ok) return invalidPattern(pattern, compiled.error);
  const glob = compiled.glob;
  if (!all) {
    const span = findGlob(glob, value, 0);
    return {
      ok: true,
      value: span === null ? value : value.slice(0, span.start) + replacement + value.slice(span.end),
    };
  }
  return { ok: true, value: replaceAll(glob, value, replacement) };
}

/** Port of Go's `Regexp.replaceAll` loop (regexp.go), in UTF-16 indices. */
function replaceAll(glob: Glob, src: string, template: string): string {
  let lastMatchEnd = 0;
  let searchPos = 0;
  let out = '';
  const endPos = src.length;
  while (searchPos <= endPos) {
    const a = findGlob(glob, src, searchPos);
    if (a === null) break;
    out += src.slice(lastMatchEnd, a.start);
    // No replacement for an empty match right after the previous match
    // (otherwise patterns that match both empty and non-empty text replace twice).
    if (a.end > lastMatchEnd || a.start === 0) {
      out += expandTemplate(template, src.slice(a.start, a.end));
    }
    lastMatchEnd = a.end;
    // Advance past this match; always advance at least one character.
    const cp = searchPos < endPos ? (src.codePointAt(searchPos) ?? 0) : -1;
    const width = cp < 0 ? 0 : cp > 0xffff ? 2 : 1;
    if (searchPos + width > a.end) {
      searchPos += width;
    } else if (searchPos + 1 > a.end) {
      searchPos++; // only at the end of the input, where the width is 0
    } else {
      searchPos = a.end;
    }
  }
  return out + src.slice(lastMatchEnd);
}

/**
 * Port of Go's `Regexp.expand` for a regexp with no capture groups (the
 * converted pattern escapes every parenthesis): only group 0 exists.
 */
function expandTemplate(template: string, whole: string): string {
  if (!template.includes('$')) return template;
  let out = '';
  let rest = template;
  for (;;) {
    const dollar = rest.indexOf('$');
    if (dollar < 0) break;
    out += rest.slice(0, dollar);
    rest = rest.slice(dollar + 1);
    if (rest.startsWith('$')) {
      out += '$';
      rest = rest.slice(1);
      continue;
    }
    const ref = extractRef(rest);
    if (ref === null) {
      out += '$'; // malformed: the $ is literal text
      continue;
    }
    rest = rest.slice(ref.length);
    if (ref.num === 0) out += whole; // any other group or name is empty
  }
  return out + rest;
}

/** Go's `extract`: a `name` or `{name}` after `$`, with its group number (-1 if not a number). */
function extractRef(str: string): { length: number; num: number } | null {
  let i = 0;
  const brace = str.startsWith('{');
  if (brace) i = 1;
  const nameStart = i;
  while (i < str.length) {
    const cp = str.codePointAt(i) ?? 0;
    if (!isLetter(cp) && !isDigit(cp) && cp !== 0x5f) break;
    i += cp > 0xffff ? 2 : 1;
  }
  if (i === nameStart) return null;
  const name = str.slice(nameStart, i);
  if (brace) {
    if (str[i] !== '}') return null;
    i++;
  }
  let num = 0;
  for (const c of name) {
    if (c < '0' || c > '9' || num >= 1e8) {
      num = -1;
      break;
    }
    num = num * 10 + (c.charCodeAt(0) - 0x30);
  }
  if (name[0] === '0' && name.length > 1) num = -1; // no leading zeros
  return { length: i, num };
}
