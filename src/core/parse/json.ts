/**
 * `parseJSON` (line_parsers.go): BuildKit's `json.Unmarshal` of an exec-form array into
 * `[]any`, with Go's decoder behaviour where it differs from `JSON.parse`.
 */
import { leadingGoSpace } from './goStrings.ts';

export type JsonResult = { kind: 'ok'; values: string[] } | { kind: 'notStrings' } | { kind: 'invalid' };

/** encoding/json's maxNestingDepth: deeper input is a syntax error in Go. */
const MAX_JSON_DEPTH = 10000;

/**
 * `parseJSON`: `json.Unmarshal` into `[]any`. Go and `JSON.parse` accept the same
 * grammar; Go also fails (with an error other than "not strings", so the caller
 * falls back to the shell form) on nesting deeper than 10000 and on numbers that
 * overflow float64. Those two only matter once a non-string element is found.
 */
export function parseJSON(rest: string): JsonResult {
  const text = rest.slice(leadingGoSpace(rest));
  if (text.charCodeAt(0) !== 0x5b /* [ */) return { kind: 'invalid' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: 'invalid' };
  }
  if (!Array.isArray(value)) return { kind: 'invalid' };
  const values: string[] = [];
  for (const v of value as unknown[]) {
    if (typeof v !== 'string') return goRejectsJson(value) ? { kind: 'invalid' } : { kind: 'notStrings' };
    values.push(SURROGATE.test(v) ? v.replace(LONE_SURROGATE, '\uFFFD') : v);
  }
  return { kind: 'ok', values };
}

const SURROGATE = /[\ud800-\udfff]/;
/** Go decodes an unpaired `\uD800`-style escape to U+FFFD; JSON.parse keeps it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** True when Go's decoder would fail on `value` (depth > 10000, or an infinite number). */
function goRejectsJson(value: unknown): boolean {
  const stack: Array<{ v: unknown; depth: number }> = [{ v: value, depth: 1 }];
  while (stack.length > 0) {
    const top = stack.pop();
    if (top === undefined) break;
    const { v, depth } = top;
    if (typeof v === 'number' && !Number.isFinite(v)) return true;
    if (v !== null && typeof v === 'object') {
      if (depth > MAX_JSON_DEPTH) return true;
      for (const child of Object.values(v as Record<string, unknown>)) stack.push({ v: child, depth: depth + 1 });
    }
  }
  return false;
}
