/**
 * Rules for the short identifiers a workspace carries (file names, the target, build-arg names).
 * Each check returns a problem phrase, or null when the value is acceptable, so callers can
 * prefix it with where the value came from.
 *
 * Lengths count code points, not UTF-16 units, so an emoji counts once.
 */
import { MAX_NAME_LENGTH } from './workspace.ts';

// C0, DEL and C1 controls: they break single-line display and terminals.
const CONTROL = /\p{Cc}/u;
// Bidi embeddings, overrides and isolates: they let a name display as something else ("Trojan Source").
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
// With the `u` flag a well-formed surrogate pair is one code point, so this only matches lone halves.
const LONE_SURROGATE = /\p{Cs}/u;
const WHITESPACE = /\s/u;

function codePointLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** Shared by every identifier: non-empty, bounded, printable, well-formed. */
function identifierProblem(s: string): string | null {
  const length = codePointLength(s);
  if (length === 0) return 'is empty';
  if (length > MAX_NAME_LENGTH) return `is longer than ${MAX_NAME_LENGTH} characters`;
  if (CONTROL.test(s)) return 'contains a control character';
  if (BIDI_CONTROL.test(s)) return 'contains a bidirectional control character';
  if (LONE_SURROGATE.test(s)) return 'contains an unpaired surrogate';
  return null;
}

/** A file name is one path segment: no separators, and not a directory alias. */
export function fileNameProblem(name: string): string | null {
  const basic = identifierProblem(name);
  if (basic !== null) return basic;
  if (name.includes('/') || name.includes('\\')) return "contains '/' or '\\'";
  if (name === '.' || name === '..') return `is '${name}'`;
  return null;
}

/** A target is a stage name as typed; whether such a stage exists is for the analysis to say. */
export function targetProblem(target: string): string | null {
  const basic = identifierProblem(target);
  if (basic !== null) return basic;
  if (WHITESPACE.test(target)) return 'contains whitespace';
  return null;
}

/**
 * A build-arg name as `--build-arg NAME=value` would accept it. `__proto__` is refused so that code
 * copying the record into a plain object can never change its prototype.
 */
export function buildArgNameProblem(name: string): string | null {
  const basic = identifierProblem(name);
  if (basic !== null) return basic;
  if (WHITESPACE.test(name)) return 'contains whitespace';
  if (name.includes('=')) return "contains '='";
  if (name === '__proto__') return "is '__proto__'";
  return null;
}
